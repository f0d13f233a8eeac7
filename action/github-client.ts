import * as core from "@actions/core";
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Longest wait we accept for a rate limit before giving up (the job must not hang). */
const MAX_RATE_LIMIT_WAIT_S = 60;
const MAX_RATE_LIMIT_RETRIES = 2;

/**
 * Octokit with bounded retries: 5xx up to 3 times (1 s, 4 s, 9 s), rate limits (429, secondary
 * limits) honouring Retry-After up to 60 s, twice at most. Never more than about a minute and a
 * half in all, so an API hiccup cannot hold a job for long.
 */
export function createGitHubClient(token: string): GitHubClient {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      retryCount: number,
    ) => {
      const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
      core.info(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : "giving up"}`,
      );
      return retrying;
    };
  return getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || "https://api.github.com",
      // Not `request: { retries }`: that makes plugin-retry repeat every failed request, 403/404
      // included. 429 is left to the throttling plugin, which honours Retry-After.
      retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") },
      log: {
        debug: () => {},
        info: () => {},
        warn: (m: string) => core.debug(m),
        error: (m: string) => core.debug(m),
      },
    },
    retry,
    throttling,
  );
}
