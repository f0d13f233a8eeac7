// POST /graphql through an Octokit the caller built: the CLI's (`octokit`) and the Action's
// (@actions/github), each with its throttling and retry plugins, share this one transport. It
// answers raw bodies rather than throwing for `errors` as `octokit.graphql` does, so that the
// error of one repository in a batched query stays that repository's (read-portfolio.ts reads
// them). This module imports no client itself: the Action's bundle carries only its own.
import type { GraphQlAnswer, GraphQlTransport } from "./read-portfolio.js";

/** The part of Octokit's `request` the transport uses. */
export type GraphQlRequest = (
  route: "POST /graphql",
  parameters: { query: string; variables: Record<string, unknown> },
) => Promise<{ data: unknown }>;

export function graphQlTransport(request: GraphQlRequest): GraphQlTransport {
  return async ({ query, variables }) => {
    const response = await request("POST /graphql", { query, variables });
    return response.data as GraphQlAnswer;
  };
}
