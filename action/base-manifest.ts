import * as core from "@actions/core";
import type { GitHubClient } from "./github-client.js";

/** The base commit's manifest: its text, none there yet, or unknown because the API failed. */
export type BaseManifest =
  | { kind: "found"; text: string }
  | { kind: "absent" }
  | { kind: "unavailable" };

/**
 * The manifest as it is on the PR's base commit, through the contents API (one request, raw).
 * "absent" (404) means everything is new; "unavailable" means we cannot tell new from old, which
 * must neither hide the result nor fail a `fail-on: new` check for an API hiccup.
 */
export async function fetchBaseManifest(
  github: GitHubClient,
  where: { owner: string; repo: string; path: string; ref: string },
): Promise<BaseManifest> {
  try {
    const response = await github.rest.repos.getContent({
      ...where,
      headers: { accept: "application/vnd.github.raw+json" },
    });
    if (typeof response.data === "string") return { kind: "found", text: response.data };
    core.warning(
      `Could not read ${where.path} at the base commit (unexpected response); new and old gaps cannot be told apart.`,
    );
    return { kind: "unavailable" };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 404) return { kind: "absent" };
    core.warning(
      `Could not read ${where.path} at the base commit (${status ?? (error as Error).message}); new and old gaps cannot be told apart.`,
    );
    return { kind: "unavailable" };
  }
}
