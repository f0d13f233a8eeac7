// Runs the committed Action bundle (action/dist/index.js) the way the GitHub runner does: a
// child process with the runner's environment (GITHUB_*, RUNNER_TEMP, INPUT_*), a real
// webhook payload and a prepared workspace. The child is started asynchronously because the
// GitHub mock it talks to runs in the test process.
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import {
  type WebhookExampleName,
  webhookExample,
  writeWebhookExample,
} from "../support/contracts.js";

export { SARIF_SCHEMA } from "../support/contracts.js";
export const BUNDLE = path.join(REPO_ROOT, "action/dist/index.js");

/**
 * What the pull_request and pull_request_review payloads of @octokit/webhooks-examples are
 * about (Codertocat/Hello-World, PR #2).
 */
export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const PR_NUMBER = 2;
export const BASE_SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
export const HEAD_SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
export const TODAY = "2026-11-26";
export const MANIFEST = "security-manifest.yml";

export type Example = "remote-maintenance-portal" | "crafts-webshop";
/** The webhook payloads the tests run the Action with (see `webhookExample`). */
export type EventName = WebhookExampleName | "pull_request_review.submitted";

const tempDirs: string[] = [];

/** A fresh temporary directory, removed by `removeTempDirs`. */
export function makeTempDir(prefix: string): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), `sm-e2e-${prefix}-`)));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * An example manifest in which the author of the webhook payloads' pull request (Codertocat)
 * is a team member: the portal's developer Florian Wagner, whose trainings are current.
 */
export function exampleManifest(example: Example): string {
  const text = readFileSync(path.join(REPO_ROOT, "examples", example, MANIFEST), "utf8");
  return example === "remote-maintenance-portal"
    ? text.replace("github: fwagner-hansen", "github: Codertocat")
    : text;
}

/**
 * A checkout of one example project as the repository root (its evidence files included),
 * with the manifest optionally replaced by `manifest`.
 */
export function prepareWorkspace(example: Example, manifest?: string): string {
  const dir = makeTempDir(example);
  cpSync(path.join(REPO_ROOT, "examples", example), dir, { recursive: true });
  writeFileSync(path.join(dir, MANIFEST), manifest ?? exampleManifest(example));
  return dir;
}

/**
 * Every regular file below `dir` by its path relative to `dir` ("/"-separated), as the mock's
 * `files[ref]` takes a commit's tree. Symbolic links are left out (and never followed).
 */
export function repositoryFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative)).sort()) {
      const child = relative ? `${relative}/${name}` : name;
      const stat = lstatSync(path.join(dir, child));
      if (stat.isDirectory()) walk(child);
      else if (stat.isFile()) files[child] = readFileSync(path.join(dir, child), "utf8");
    }
  };
  walk("");
  return files;
}

/**
 * An example project's tree at a commit, with `manifest` as its manifest (default: the one
 * `exampleManifest` gives) or, with `null`, without a manifest.
 */
export function exampleTree(example: Example, manifest?: string | null): Record<string, string> {
  const files = repositoryFiles(path.join(REPO_ROOT, "examples", example));
  if (manifest === null) delete files[MANIFEST];
  else files[MANIFEST] = manifest ?? exampleManifest(example);
  return files;
}

/** A fresh copy of a real webhook payload (@octokit/webhooks-examples). */
export function readEvent(name: EventName): Record<string, unknown> {
  return webhookExample(name);
}

/** A copy of a real payload, changed by `edit`, written where GITHUB_EVENT_PATH can point. */
export function writeEvent(
  name: EventName,
  edit: (payload: Record<string, unknown>) => void,
): string {
  const payload = readEvent(name);
  edit(payload);
  const file = path.join(makeTempDir("event"), `${name}.json`);
  writeFileSync(file, JSON.stringify(payload, null, 2));
  return file;
}

/** GITHUB_EVENT_NAME of a payload: "pull_request_review.submitted" → "pull_request_review". */
export function eventNameOf(name: EventName): string {
  return name.split(".", 1)[0] ?? name;
}

const eventFiles = new Map<EventName, string>();

/** A real payload unchanged, written once (per temporary-directory lifetime) for GITHUB_EVENT_PATH. */
export function eventPath(name: EventName): string {
  const known = eventFiles.get(name);
  if (known && existsSync(known)) return known;
  const file = writeWebhookExample(name, makeTempDir("event"));
  eventFiles.set(name, file);
  return file;
}

/** Inputs as action.yml declares them, with their defaults (GitHub sets every one). */
function declaredInputs(token: string): Record<string, string> {
  const action = parseYaml(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [
      name,
      /^\$\{\{\s*github\.token\s*\}\}$/.test(spec.default ?? "") ? token : (spec.default ?? ""),
    ]),
  );
}

export interface ActionRunOptions {
  /** GITHUB_EVENT_NAME, e.g. pull_request, pull_request_review, push, workflow_run. */
  eventName: string;
  /** GITHUB_EVENT_PATH: a real payload or a copy from `writeEvent`. */
  eventPath: string;
  workspace: string;
  /** The mock's URL (GITHUB_API_URL). */
  apiUrl: string;
  token: string;
  /** GITHUB_SHA; default: the payload's head sha for PRs, `after` for push, else HEAD_SHA. */
  sha?: string;
  /** Action inputs by their action.yml names; unset ones get their declared default. */
  inputs?: Record<string, string>;
  /** Extra environment (e.g. RUNNER_DEBUG). */
  env?: Record<string, string>;
  /** Kill the child after this long (default 60 s). */
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Parsed from GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Raw GITHUB_OUTPUT file. */
  outputFile: string;
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string;
  runnerTemp: string;
  durationMs: number;
}

/** `node action/dist/index.js` as the runner starts it; resolves when the process exits. */
export async function runActionBundle(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = makeTempDir("runner");
  const runnerTemp = path.join(runnerDir, "temp");
  const summaryFile = path.join(runnerDir, "step_summary");
  const outputFile = path.join(runnerDir, "output");
  writeFileSync(summaryFile, "");
  writeFileSync(outputFile, "");

  const inputs = { ...declaredInputs(options.token), today: TODAY, ...options.inputs };
  const env: Record<string, string> = {
    // Only what a runner provides: nothing of this process's GITHUB_*/INPUT_*/proxy settings.
    PATH: process.env.PATH ?? "",
    HOME: runnerDir,
    LANG: "C.UTF-8",
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: options.sha ?? defaultSha(options.eventPath),
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: options.apiUrl,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }

  const started = Date.now();
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: options.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  const { code, signal } = await new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (c, s) => resolve({ code: c, signal: s }));
  }).finally(() => clearTimeout(timer));

  const outputText = readFileSync(outputFile, "utf8");
  return {
    exitCode: code,
    signal,
    stdout,
    stderr,
    outputs: parseOutputs(outputText),
    outputFile: outputText,
    summary: readFileSync(summaryFile, "utf8"),
    runnerTemp,
    durationMs: Date.now() - started,
  };
}

function defaultSha(file: string): string {
  const payload = JSON.parse(readFileSync(file, "utf8")) as {
    after?: string;
    pull_request?: { head?: { sha?: string } };
  };
  return payload.pull_request?.head?.sha ?? payload.after ?? HEAD_SHA;
}

/**
 * GITHUB_OUTPUT as @actions/core writes it: `name<<ghadelimiter_<uuid>`, the value's lines,
 * then the delimiter again.
 */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = /^([^<=]+)<<(ghadelimiter_[0-9a-f-]+)$/.exec(lines[i] ?? "");
    if (!start) {
      if ((lines[i] ?? "") !== "") throw new Error(`unexpected GITHUB_OUTPUT line: ${lines[i]}`);
      continue;
    }
    const [, name = "", delimiter] = start;
    const end = lines.indexOf(delimiter ?? "", i + 1);
    if (end < 0) throw new Error(`GITHUB_OUTPUT block ${name} is not closed`);
    outputs[name] = lines.slice(i + 1, end).join("\n");
    i = end;
  }
  return outputs;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const ESCAPES: Record<string, string> = {
  "%25": "%",
  "%0D": "\r",
  "%0A": "\n",
  "%3A": ":",
  "%2C": ",",
};
const unescapeData = (s: string) => s.replace(/%(?:25|0D|0A)/g, (e) => ESCAPES[e] ?? e);
const unescapeProperty = (s: string) => s.replace(/%(?:25|0D|0A|3A|2C)/g, (e) => ESCAPES[e] ?? e);

/** The `::command key=value,…::message` lines of stdout, optionally of one command. */
export function workflowCommands(stdout: string, command?: string): WorkflowCommand[] {
  const found: WorkflowCommand[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m || (command && m[1] !== command)) continue;
    const properties = Object.fromEntries(
      (m[2] ?? "")
        .split(",")
        .filter(Boolean)
        .map((pair) => {
          const at = pair.indexOf("=");
          return [pair.slice(0, at), unescapeProperty(pair.slice(at + 1))];
        }),
    );
    found.push({ command: m[1] ?? "", properties, message: unescapeData(m[3] ?? "") });
  }
  return found;
}
