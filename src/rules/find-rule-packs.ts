import path from "node:path";
import { compareCodePoints } from "../vocabulary/code-point-order.js";

/**
 * Expands the user's rule pack globs (CLI --rules, Action input `rules`) to files, sorted so the
 * load order and so the report never depend on the file system. A glob matching nothing is an
 * error the user should see, not a silently smaller rule set. The glob library is loaded only
 * when packs are named: most runs use ours alone.
 */
export async function findRulePacks(
  patterns: readonly string[],
  cwd: string,
): Promise<{ files: string[]; unmatched: string[] }> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  if (patterns.length === 0) return { files: [], unmatched };
  const { globSync } = await import("tinyglobby");
  for (const pattern of patterns) {
    const matches = globSync(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      expandDirectories: false,
    });
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) files.add(path.normalize(match));
  }
  return { files: [...files].sort(compareCodePoints), unmatched };
}
