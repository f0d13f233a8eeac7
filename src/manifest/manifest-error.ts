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

export class SourceError extends Error {
  readonly problem: SourceProblem;

  constructor(problem: SourceProblem) {
    super(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
    this.name = "SourceError";
    this.problem = problem;
  }
}

export function formatProblem(problem: SourceProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}\n  fix: ${problem.hint}`;
}
