// The CLI's way to GitHub's GraphQL API: Octokit with the throttling and retry plugins, bounded
// like the Action's client (action/github-client.ts), behind the transport the Action's
// portfolio mode uses too (src/org/graphql-transport.ts). `octokit`'s Octokit carries
// plugin-throttling and plugin-retry already.
import { Octokit } from "octokit";
import { graphQlTransport } from "../org/graphql-transport.js";
import type { GraphQlTransport } from "../org/read-portfolio.js";

const MAX_RATE_LIMIT_WAIT_S = 60;
const MAX_RATE_LIMIT_RETRIES = 2;

export interface GraphQlClientOptions {
  token: string;
  apiUrl: string;
  log: (line: string) => void;
  /**
   * The throttling plugin spaces GraphQL requests a second apart (as GitHub asks of writes);
   * tests against the local mock switch that off. Default true.
   */
  throttle?: boolean;
}

/** A transport for `readPortfolio`, counting nothing itself (the reader counts requests). */
export function githubGraphQl(options: GraphQlClientOptions): GraphQlTransport {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, _o: unknown, _c: unknown, retryCount: number): boolean => {
      const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
      options.log(
        `GitHub ${kind} rate limit: ${retrying ? `retrying in ${retryAfter} s` : "giving up"}`,
      );
      return retrying;
    };
  const octokit = new Octokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      enabled: options.throttle ?? true,
      onRateLimit: onLimit("primary"),
      onSecondaryRateLimit: onLimit("secondary"),
    },
    log: { debug: () => {}, info: () => {}, warn: options.log, error: options.log },
  });
  return graphQlTransport(octokit.request);
}
