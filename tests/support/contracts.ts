// Where the tests find GitHub's (and OASIS's) published data: everything lives in the
// repository (tests/contracts) or in dev dependencies, so a bare clone runs every test.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export const CONTRACTS_DIR = path.join(repoRoot, "tests/contracts");
/** The operations of GitHub's REST description the Action may call (see tests/contracts/README.md). */
export const GITHUB_REST_SPEC = path.join(CONTRACTS_DIR, "github-rest.openapi.json");
/** OASIS SARIF 2.1.0 (errata 01), a draft-04 JSON Schema: validate with ajv-draft-04. */
export const SARIF_SCHEMA = path.join(CONTRACTS_DIR, "sarif-schema-2.1.0.json");
/** GitHub's GraphQL schema (SDL) from the @octokit/graphql-schema dev dependency. */
export const GITHUB_GRAPHQL_SCHEMA = path.join(
  repoRoot,
  "node_modules/@octokit/graphql-schema/schema.graphql",
);
/** Every example payload of @octokit/webhooks-examples, grouped by event. */
export const WEBHOOK_EXAMPLES = path.join(
  repoRoot,
  "node_modules/@octokit/webhooks-examples/api.github.com/index.json",
);

/** The payloads the tests use; any "<event>" or "<event>.<action>" of the package works. */
export type WebhookExampleName =
  | "pull_request.opened"
  | "pull_request.synchronize"
  | "push"
  | "workflow_run.completed"
  | "workflow_dispatch";

interface WebhookEvent {
  name: string;
  examples: Record<string, unknown>[];
}

let events: WebhookEvent[] | undefined;

/**
 * A real webhook payload: the package's first example of that event (and action). For the
 * five names above that is the same JSON as the copies once kept in shared/contracts/events;
 * both pull_request payloads are about Codertocat/Hello-World PR #2.
 */
export function webhookExample(name: WebhookExampleName | (string & {})): Record<string, unknown> {
  events ??= JSON.parse(readFileSync(WEBHOOK_EXAMPLES, "utf8")) as WebhookEvent[];
  const [event, action] = name.split(".", 2);
  const examples = events.find((e) => e.name === event)?.examples ?? [];
  const example = examples.find((x) => action === undefined || x.action === action);
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${name} payload`);
  return structuredClone(example);
}

/** Write a payload as `<dir>/<name>.json` and return its path, e.g. for GITHUB_EVENT_PATH. */
export function writeWebhookExample(name: WebhookExampleName | (string & {}), dir: string): string {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(webhookExample(name), null, 2)}\n`);
  return file;
}
