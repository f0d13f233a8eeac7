import { realpathSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Answers "does this evidence file exist?" for paths relative to the repository root: a regular
 * file, refusing anything that resolves (also through symbolic links) outside the root.
 */
export function evidenceInRepository(root: string): (relativePath: string) => boolean {
  const realRoot = safeRealpath(root) ?? path.resolve(root);
  return (relativePath) => {
    const absolute = path.resolve(realRoot, relativePath);
    // The repository root itself is no evidence, nor is any folder: evidence is a file.
    if (absolute === realRoot || !isWithin(realRoot, absolute)) return false;
    const real = safeRealpath(absolute);
    return real !== undefined && isWithin(realRoot, real) && isFile(real);
  };
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
