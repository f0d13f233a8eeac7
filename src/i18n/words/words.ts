import type { Language } from "../language.js";
import { DE } from "./de.js";
import { EN, type Words } from "./en.js";

export type { Words };

const TABLES: Record<Language, Words> = { en: EN, de: DE };

/** The words of the report formats in one language. */
export function words(language: Language): Words {
  return TABLES[language];
}
