import type { Language } from "../language.js";
import { DE_USAGE } from "./de.js";
import { EN_USAGE, type UsageKey, type UsageParams } from "./en.js";

export type { UsageKey, UsageParams };

const TABLES: Record<Language, Record<UsageKey, (p: UsageParams) => string>> = {
  en: EN_USAGE,
  de: DE_USAGE,
};

/** A usage error's text in one language. */
export function usageText(key: UsageKey, params: UsageParams, language: Language): string {
  return TABLES[language][key](params);
}
