import { readFileSync } from "node:fs";

/** What the Action needs to know about the run, read from GitHub's environment and event payload. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  serverUrl: string;
  workspace: string;
  /** The commit the manifest is read at (the PR head for pull requests). */
  sha: string;
  pullRequest?: { number: number; baseSha: string; headSha: string; author?: string };
  /** For workflow_run (publish mode): the head commit of the run that made the report. */
  workflowRunHeadSha?: string;
}

/** Events whose payload carries the pull request; pull_request_review runs again when someone approves. */
export const PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target", "pull_request_review"];

/** Runs outside pull requests that keep the due-date issue (notify: issue). */
export const NOTIFY_EVENTS = ["schedule", "workflow_dispatch"];

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = payload.pull_request as
    | {
        number?: number;
        base?: { sha?: string };
        head?: { sha?: string };
        user?: { login?: string; type?: string };
      }
    | undefined;
  const pullRequest =
    PULL_REQUEST_EVENTS.includes(eventName) &&
    pr &&
    typeof pr.number === "number" &&
    pr.base?.sha &&
    pr.head?.sha
      ? {
          number: pr.number,
          baseSha: pr.base.sha,
          headSha: pr.head.sha,
          // Bots (Dependabot, Renovate) have no training to check.
          author: pr.user?.type === "Bot" ? undefined : pr.user?.login,
        }
      : undefined;
  const run = payload.workflow_run as { head_sha?: string } | undefined;
  return {
    eventName,
    owner,
    repo,
    serverUrl: env.GITHUB_SERVER_URL ?? "https://github.com",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    sha: pullRequest?.headSha ?? env.GITHUB_SHA ?? "",
    pullRequest,
    workflowRunHeadSha: eventName === "workflow_run" ? run?.head_sha : undefined,
  };
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    return data && typeof data === "object" ? data : {};
  } catch {
    return {};
  }
}
