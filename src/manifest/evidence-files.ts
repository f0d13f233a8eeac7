import { realpathSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Answers "does this evidence file exist?" for paths relative to the repository root: a regular
 * file, refusing anything that resolves (also through symbolic links) outside the root.
 *
 * The answer is remembered per relative path for the life of the returned function (one run):
 * a large team names the same few attendance lists thousands of times, and each answer costs a
 * realpath and a stat. The root is resolved once, at the first question (a default that is
 * never asked costs nothing).
 */
export function evidenceInRepository(root: string): (relativePath: string) => boolean {
  let realRoot: string | undefined;
  const answers = new Map<string, boolean>();
  return (relativePath) => {
    let answer = answers.get(relativePath);
    if (answer === undefined) {
      realRoot ??= safeRealpath(root) ?? path.resolve(root);
      answer = isEvidenceFile(realRoot, relativePath);
      answers.set(relativePath, answer);
    }
    return answer;
  };
}

function isEvidenceFile(realRoot: string, relativePath: string): boolean {
  const absolute = path.resolve(realRoot, relativePath);
  // The repository root itself is no evidence, nor is any folder: evidence is a file.
  if (absolute === realRoot || !isWithin(realRoot, absolute)) return false;
  const real = safeRealpath(absolute);
  return real !== undefined && isWithin(realRoot, real) && isFile(real);
}

function isWithin(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function safeRealpath(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}
