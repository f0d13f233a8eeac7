import { BilingualError } from "../i18n/bilingual-error.js";
import type { Language } from "../i18n/language.js";
import { type UsageKey, type UsageParams, usageText } from "../i18n/usage/usage.js";
import type { PromptAdapter } from "./prompt-adapter.js";

/** What a CLI command may touch: passed in, so tests run commands without a real terminal or clock. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal (colours are allowed). */
  isTty: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Today's date (YYYY-MM-DD) when --today is not given. */
  today: string;
  /**
   * Questions to a person, in a language: present only when stdin and stdout are a terminal
   * (the guided `init`); absent in scripts and CI, so they are never asked anything.
   */
  prompts?: (language: Language) => Promise<PromptAdapter>;
}

/**
 * Wrong use of the command line (exit code 2 with a pointer to --help), worded in both
 * languages so the CLI answers in the one the user chose (--lang, SECURITY_MANIFEST_LANG).
 */
export class UsageError extends BilingualError {
  override name = "UsageError";
}

/**
 * A usage error worded by the tables (src/i18n/usage/): the same facts in both languages, or
 * `german` ones where a fact is itself a sentence in the reader's language (a file's problem).
 */
export function usageError(
  key: UsageKey,
  params: UsageParams = {},
  german: UsageParams = params,
): UsageError {
  return new UsageError(usageText(key, params, "en"), usageText(key, german, "de"));
}

export const EXIT = { ok: 0, gaps: 1, usage: 2, cancelled: 130 } as const;
