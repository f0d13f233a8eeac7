import path from "node:path";
import { sourceError } from "../src/manifest/manifest-error.js";
import { findRulePacks } from "../src/rules/find-rule-packs.js";
import { assertInsideWorkspace } from "./workspace-file.js";

export interface LocalPack {
  /** For reading from the checkout. */
  absolute: string;
  /** "/"-separated, relative to the repository root: for the API. */
  relative: string;
}

/**
 * The `rules` input's packs in the checkout. A glob that matches nothing is an error where the
 * checkout is all there is; on pull requests the base's packs decide, so it is not.
 */
export async function findLocalPacks(
  rules: readonly string[],
  workspace: string,
  unmatchedIsError: boolean,
): Promise<LocalPack[]> {
  const { files, unmatched } = await findRulePacks(rules, workspace);
  if (unmatched.length > 0 && unmatchedIsError)
    throw sourceError("action input rules", { line: 1, column: 1 }, "no-match", "rules-no-match", {
      patterns: unmatched.join(", "),
    });
  for (const file of files) assertInsideWorkspace(file, workspace, "rule pack");
  return files.map((absolute) => ({
    absolute,
    relative: path.relative(workspace, absolute).split(path.sep).join("/"),
  }));
}
