import * as core from "@actions/core";
import type { GitHubClient } from "./github-client.js";

/**
 * The manifest as it is on the PR's base commit, through the contents API (one request, raw).
 * Undefined when the base has no manifest yet (everything is new then) or the API fails: a
 * comparison we cannot make must not hide the result itself.
 */
export async function fetchBaseManifest(
  github: GitHubClient,
  where: { owner: string; repo: string; path: string; ref: string },
): Promise<string | undefined> {
  try {
    const response = await github.rest.repos.getContent({
      ...where,
      headers: { accept: "application/vnd.github.raw+json" },
    });
    if (typeof response.data === "string") return response.data;
    core.warning(
      `Could not read ${where.path} at the base commit (unexpected response); all gaps are shown as new.`,
    );
    return undefined;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 404) {
      core.warning(
        `Could not read ${where.path} at the base commit (${status ?? (error as Error).message}); all gaps are shown as new.`,
      );
    }
    return undefined;
  }
}
