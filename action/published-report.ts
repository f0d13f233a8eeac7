import { readBounded } from "../src/manifest/load-manifest.js";

/**
 * The pull request a report from another workflow run (the fork-safe pair) is about. That run is
 * untrusted, so this is all that is read of its report: the number, which the publishing run
 * then checks against the PR's head commit before it judges the PR itself. Nothing else of the
 * artifact is used, so a forged or oversized report can neither change the result nor stop it.
 */
export async function readPublishedPullRequest(file: string): Promise<number | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(await readBounded(file, "report-file"));
  } catch (error) {
    throw new Error(`report-file could not be read as JSON: ${(error as Error).message}`);
  }
  const number = (data as { pull_request?: { number?: unknown } } | null)?.pull_request?.number;
  return typeof number === "number" && Number.isSafeInteger(number) && number > 0
    ? number
    : undefined;
}
