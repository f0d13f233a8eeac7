import type { Language } from "../i18n/language.js";
import {
  FIX_LABEL,
  type ProblemKey,
  type ProblemParams,
  problemText,
} from "../i18n/problems/problems.js";

/**
 * A problem that stops a manifest (or rule pack) from being read at all. It always names the
 * file, line and column and says how to fix it; the CLI prints it instead of a stack trace.
 */
export interface SourceProblem {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
  hint: string;
}

/** Which entry of the problem tables (src/i18n/problems/) says it, to say it in the reader's language. */
export interface ProblemWords {
  key: ProblemKey;
  params: ProblemParams;
}

/**
 * A problem already worded in every language, for texts built elsewhere (the schema-error
 * mapping words a rule pack's format errors in both languages, as it does a manifest's).
 */
export type WordedProblem = Readonly<Record<Language, { message: string; hint: string }>>;

export class SourceError extends Error {
  readonly problem: SourceProblem;
  readonly words?: ProblemWords | WordedProblem;

  constructor(problem: SourceProblem, words?: ProblemWords | WordedProblem) {
    super(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
    this.name = "SourceError";
    this.problem = problem;
    this.words = words;
  }
}

/** A problem whose message and fix come from the problem tables (English in `problem`). */
export function sourceError(
  file: string,
  at: { line: number; column: number },
  code: string,
  key: ProblemKey,
  params: ProblemParams = {},
): SourceError {
  return new SourceError(
    { file, line: at.line, column: at.column, code, ...problemText(key, params, "en") },
    { key, params },
  );
}

/** The error's problem in the reader's language (problems not from the tables stay as they are). */
export function localizedProblem(error: SourceError, language: Language): SourceProblem {
  const words = error.words;
  if (!words || language === "en") return error.problem;
  if ("key" in words)
    return { ...error.problem, ...problemText(words.key, words.params, language) };
  return { ...error.problem, ...(words as WordedProblem)[language] };
}

export function formatProblem(problem: SourceProblem, language: Language = "en"): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}\n  ${FIX_LABEL[language]}: ${problem.hint}`;
}
