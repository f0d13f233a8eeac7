import type { Language } from "./language.js";

/**
 * An error a person reads, worded in both languages: the English text is its `message`, the
 * German one sits beside it, and `text(language)` picks the one the user chose.
 */
export class BilingualError extends Error {
  readonly german: string;

  constructor(message: string, german: string) {
    super(message);
    this.german = german;
  }

  text(language: Language): string {
    return language === "de" ? this.german : this.message;
  }
}
