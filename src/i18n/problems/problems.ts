import type { Language } from "../language.js";
import { DE_PROBLEMS } from "./de.js";
import { EN_PROBLEMS, type ProblemKey, type ProblemParams, type ProblemText } from "./en.js";

export type { ProblemKey, ProblemParams };

const TABLES: Record<Language, Record<ProblemKey, ProblemText>> = {
  en: EN_PROBLEMS,
  de: DE_PROBLEMS,
};

/** A problem's message and fix in one language. */
export function problemText(
  key: ProblemKey,
  params: ProblemParams,
  language: Language,
): { message: string; hint: string } {
  const text = TABLES[language][key];
  return { message: text.message(params), hint: text.hint(params) };
}

/** The label before the fix when a problem is printed ("fix: …"). */
export const FIX_LABEL: Record<Language, string> = { en: "fix", de: "Abhilfe" };
