// End-to-end tests of the GitHub Action: the committed bundle (action/dist/index.js) runs in a
// child process with a real webhook payload and the runner's environment, against the local
// GitHub mock, which checks every request and response against GitHub's OpenAPI description.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { renderGfm, tagNames } from "../support/cmark.js";
import {
  forbiddenForFork,
  type MockGitHub,
  pullFromEvent,
  secondaryRateLimit,
  serverError,
  startMockGitHub,
} from "../support/github-mock-server.js";
import {
  type ActionRun,
  BASE_SHA,
  type Example,
  eventPath,
  exampleManifest,
  HEAD_SHA,
  MANIFEST,
  makeTempDir,
  OWNER,
  PR_NUMBER,
  prepareWorkspace,
  REPO,
  readEvent,
  removeTempDirs,
  runActionBundle,
  SARIF_SCHEMA,
  workflowCommands,
  writeEvent,
} from "./run-action.js";

const TOKEN = "ghs_e2eT0kenThatMustNeverBePrinted0123456789";
const MARKER = `<!-- security-manifest-check:${createHash("sha256").update(MANIFEST).digest("hex").slice(0, 16)} -->`;
const BLOB = `https://github.com/${OWNER}/${REPO}/blob/`;
const OTHER_SHA = "1111111111111111111111111111111111111111";

// ---- manifests ----------------------------------------------------------------------------

function edit(text: string, search: string, replacement: string): string {
  if (!text.includes(search)) throw new Error(`manifest edit did not apply: ${search}`);
  return text.replace(search, replacement);
}

const COMPLIANT = exampleManifest("remote-maintenance-portal");
const WEBSHOP = exampleManifest("crafts-webshop");
/** The compliant example with one high gap: Aylin Demir has no secure-coding training (TR-003). */
const COMPLIANT_MINUS_SECURE_CODING = edit(
  COMPLIANT,
  `      - topic: secure-coding
        date: 2026-06-30
        provider: OWASP Top 10 and IoT firmware workshop
        evidence: docs/security/training/2026-06-secure-coding.md
  - name: Stefan Richter`,
  "  - name: Stefan Richter",
);
/** The compliant example with one medium gap: the incident-response plan was never exercised. */
const COMPLIANT_MINUS_EXERCISE = edit(
  COMPLIANT,
  "  last_exercised: 2026-06-24    # ransomware tabletop with SecuLab\n",
  "",
);
/** The web shop with one more gap: Sandra Vogel's phishing training removed (TR-002). */
const WEBSHOP_MINUS_PHISHING = edit(
  WEBSHOP,
  `      - topic: phishing
        date: 2026-07-08
        provider: Phishing-E-Learning (Handwerkskammer)
        evidence: docs/sicherheit/schulungen/2026-07-phishing-elearning-vogel.md
`,
  "",
);

// ---- the mock and runs --------------------------------------------------------------------

const mocks: MockGitHub[] = [];

afterEach(async () => {
  await Promise.all(mocks.splice(0).map((m) => m.close()));
});
afterAll(removeTempDirs);

/** The mock for Codertocat/Hello-World with PR #2 of the payloads; `base` = manifest at the base sha. */
async function startMock(base?: string): Promise<MockGitHub> {
  const mock = await startMockGitHub({
    owner: OWNER,
    repo: REPO,
    pulls: [pullFromEvent(readEvent("pull_request.opened"))],
    files: base === undefined ? {} : { [BASE_SHA]: { [MANIFEST]: base } },
  });
  mocks.push(mock);
  return mock;
}

interface RunOptions {
  example?: Example;
  manifest?: string;
  workspace?: string;
  eventName?: string;
  eventPath?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  sha?: string;
}

/** A pull_request run (the opened payload unless told otherwise). */
function run(mock: MockGitHub, options: RunOptions = {}): Promise<ActionRun> {
  return runActionBundle({
    eventName: options.eventName ?? "pull_request",
    eventPath: options.eventPath ?? eventPath("pull_request.opened"),
    workspace:
      options.workspace ??
      prepareWorkspace(options.example ?? "remote-maintenance-portal", options.manifest),
    apiUrl: mock.url,
    token: TOKEN,
    sha: options.sha,
    inputs: options.inputs,
    env: options.env,
  });
}

/** The synchronize payload after a push to the PR branch: a new head sha. */
function synchronizeTo(headSha: string): string {
  return writeEvent("pull_request.synchronize", (payload) => {
    const pr = payload.pull_request as { head: { sha: string } };
    pr.head.sha = headSha;
    payload.after = headSha;
  });
}

/** Operation ids and statuses, for readable failure messages. */
function trace(mock: MockGitHub): string[] {
  return mock.requests.map((r) => `${r.method} ${r.operationId ?? r.path} ${r.status}`);
}

function onlyComment(mock: MockGitHub): string {
  expect(mock.comments).toHaveLength(1);
  const [comment] = mock.comments;
  expect(comment?.issue_number).toBe(PR_NUMBER);
  return comment?.body ?? "";
}

function expectClean(mock: MockGitHub, result: ActionRun): void {
  expect(mock.contractViolations).toEqual([]);
  expect(result.signal).toBeNull();
  // A failure is a ::error message, never a crash with a stack trace.
  expect(result.stderr).toBe("");
  expectNoToken(mock, result);
}

/** The token appears once: in the mask command, before anything else is printed. */
function expectNoToken(mock: MockGitHub, result: ActionRun): void {
  const [first, ...rest] = result.stdout.split("\n");
  expect(first).toBe(`::add-mask::${TOKEN}`);
  const leaks = [rest.join("\n"), result.stderr, result.summary, result.outputFile]
    .concat(mock.comments.map((c) => c.body))
    .concat(JSON.stringify([mock.requests, mock.contractViolations]))
    .filter((text) => text.includes(TOKEN));
  expect(leaks).toEqual([]);
}

function warnings(result: ActionRun): string[] {
  return workflowCommands(result.stdout, "warning").map((c) => c.message);
}

/** Polls for a condition the mock reaches while children run (e.g. requests in flight). */
async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

// ---- scenarios ----------------------------------------------------------------------------

describe("the Action on pull requests", () => {
  it("creates one sticky comment on the first run, linking the manifest lines at the head", async () => {
    const mock = await startMock(); // the PR adds the manifest: nothing at the base
    const result = await run(mock, { manifest: COMPLIANT_MINUS_SECURE_CODING });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1); // one high gap, fail-on high

    const body = onlyComment(mock);
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(body).toContain("### 🛡️ Security manifest check · security-manifest.yml");
    expect(body).toContain("**1 open gap** · 🟠 1 high");
    const line = COMPLIANT_MINUS_SECURE_CODING.split("\n").indexOf("  - name: Aylin Demir") + 1;
    expect(body).toContain(`[line ${line}](${BLOB}${HEAD_SHA}/security-manifest.yml#L${line})`);
    expect(body).toContain("Aylin Demir (developer): no secure-coding training");

    // Base manifest (404: asked once, not retried), list, create, list again (duplicate check).
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "GET repos/get-content 404",
      "GET issues/list-comments 200",
      "POST issues/create-comment 201",
      "GET issues/list-comments 200",
    ]);
    expect(mock.calls("repos/get-content")[0]?.query.ref).toBe(BASE_SHA);
    expect(result.outputs).toMatchObject({
      gaps: "1",
      "new-gaps": "1",
      "fixed-gaps": "0",
      "highest-severity": "high",
    });
    expect(result.summary).toContain("**1 open gap**");
    expect(result.stdout).toContain("Pull request comment: created.");
  });

  it("updates the comment when the head changes, in at most 4 calls, and skips identical updates", async () => {
    const mock = await startMock(COMPLIANT);
    const first = await run(mock, { manifest: COMPLIANT_MINUS_SECURE_CODING });
    expectClean(mock, first);
    const created = onlyComment(mock);
    const id = mock.comments[0]?.id;
    // Nothing unchanged or fixed: the headline counts open gaps.
    expect(created).toContain("**1 open gap** · 🟠 1 high");

    // A push to the PR branch: new head sha, another gap instead of the first.
    const synchronize = synchronizeTo(OTHER_SHA);
    const workspace = prepareWorkspace("remote-maintenance-portal", COMPLIANT_MINUS_EXERCISE);
    const before = mock.requests.length;
    const second = await run(mock, { eventPath: synchronize, workspace });
    expectClean(mock, second);
    const steadyState = mock.requests.slice(before);
    expect(steadyState.length).toBeLessThanOrEqual(4);
    expect(steadyState.map((r) => `${r.method} ${r.operationId} ${r.status}`)).toEqual([
      "GET pulls/list-files 200",
      "GET repos/get-content 200",
      "GET issues/list-comments 200",
      "PATCH issues/update-comment 200",
    ]);
    const updated = onlyComment(mock);
    expect(mock.comments[0]?.id).toBe(id);
    expect(updated).not.toBe(created);
    expect(updated.startsWith(MARKER)).toBe(true);
    expect(updated).toContain("The incident-response plan has not been exercised");
    expect(updated).not.toContain("Aylin Demir");
    expect(updated).toContain(`${BLOB}${OTHER_SHA}/security-manifest.yml#L`);
    expect(updated).not.toContain(HEAD_SHA);
    expect(second.exitCode).toBe(0); // a medium gap does not fail fail-on high
    expect(second.stdout).toContain("Pull request comment: updated.");

    // Re-run of the same commit: same body, so no write at all.
    const again = mock.requests.length;
    const third = await run(mock, { eventPath: synchronize, workspace });
    expectClean(mock, third);
    expect(mock.requests.slice(again).map((r) => r.operationId)).toEqual([
      "pulls/list-files",
      "repos/get-content",
      "issues/list-comments",
    ]);
    expect(mock.calls("issues/update-comment")).toHaveLength(1);
    expect(onlyComment(mock)).toBe(updated);
    expect(third.stdout).toContain("Pull request comment: unchanged.");
  });

  it("finds its comment on a later page when the PR has more than 100 comments", async () => {
    const mock = await startMock(COMPLIANT);
    for (let i = 0; i < 120; i++) {
      mock.seedComment({ issue_number: PR_NUMBER, body: `comment ${i}`, user: "octocat" });
    }
    // A quote of our comment is not ours.
    mock.seedComment({ issue_number: PR_NUMBER, body: `> ${MARKER}\n> old`, user: "octocat" });
    const ours = mock.seedComment({ issue_number: PR_NUMBER, body: `${MARKER}\nold report` });
    const result = await run(mock);
    expectClean(mock, result);
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "GET repos/get-content 200",
      "GET issues/list-comments 200",
      "GET issues/list-comments 200",
      "PATCH issues/update-comment 200",
    ]);
    expect(mock.comments).toHaveLength(122);
    expect(ours.body).toContain("**0 open gaps**");
  });

  it("neither takes over nor deletes a person's comment that copies the marker", async () => {
    const mock = await startMock(COMPLIANT);
    const person = mock.seedComment({
      issue_number: PR_NUMBER,
      body: `${MARKER}\nmine`,
      user: "octocat",
    });
    const ours = mock.seedComment({ issue_number: PR_NUMBER, body: `${MARKER}\nold report` });
    const result = await run(mock);
    expectClean(mock, result);
    expect(mock.comments).toHaveLength(2);
    expect(person.body).toBe(`${MARKER}\nmine`);
    expect(ours.body).toContain("**0 open gaps**");
  });

  it("shows a gap the PR fixes under fixed", async () => {
    const mock = await startMock(COMPLIANT_MINUS_SECURE_CODING);
    const result = await run(mock, { manifest: COMPLIANT });
    expectClean(mock, result);
    expect(result.exitCode).toBe(0);
    const body = onlyComment(mock);
    expect(body).toContain("**0 new gaps, 1 fixed, 0 unchanged**");
    expect(body).toContain("#### ✅ Fixed by this change (1)");
    expect(body).toMatch(
      /^- ~~Aylin Demir \(developer\): no secure-coding training.*~~ `TR-003`$/m,
    );
    expect(result.outputs).toMatchObject({ gaps: "0", "new-gaps": "0", "fixed-gaps": "1" });
    expect(result.outputs["highest-severity"]).toBe("none");
  });

  it("tells the gap the PR adds from the ones already on the base branch", async () => {
    const mock = await startMock(WEBSHOP);
    const result = await run(mock, {
      example: "crafts-webshop",
      manifest: WEBSHOP_MINUS_PHISHING,
      inputs: { "fail-on": "new" },
    });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1); // fail-on new, and there is a new gap
    const body = onlyComment(mock);
    // The phishing gap, and the pull-request pack's: its author (Codertocat) is not in the team list.
    expect(body).toContain("**2 new gaps, 0 fixed, 25 unchanged**");
    expect(body).toContain("`PR-003`");
    expect(body).toContain("#### New gaps (2)");
    const newSection = body.slice(body.indexOf("#### New gaps"), body.indexOf("<details>"));
    expect(newSection).toContain(
      "Sandra Vogel (admin): no phishing or social-engineering training",
    );
    expect(body).toContain("<details><summary>Gaps already on the base branch (25)</summary>");
    expect(result.outputs).toMatchObject({ gaps: "27", "new-gaps": "2", "fixed-gaps": "0" });
    const failure = workflowCommands(result.stdout, "error").filter((c) => !c.properties.file);
    expect(failure.map((c) => c.message)).toEqual([
      expect.stringMatching(/^2 security manifest gap\(s\) at or above fail-on "new"/),
    ]);
  });

  it("survives a fork's read-only token: warning, job summary, exit code from fail-on", async () => {
    const mock = await startMock(COMPLIANT);
    // A fork's token is read-only for good: every write answers 403.
    mock.faults.push(forbiddenForFork({ operationId: "issues/create-comment", times: Infinity }));
    const result = await run(mock);
    expectClean(mock, result);
    expect(result.exitCode).toBe(0);
    expect(mock.comments).toEqual([]);
    // 403 is final: not retried.
    expect(mock.calls("issues/create-comment").map((r) => r.status)).toEqual([403]);
    const warning = warnings(result).find((w) => w.includes("pull-requests: write"));
    expect(warning).toBeDefined();
    expect(warning).toMatch(/fork/);
    expect(warning).toMatch(/fork-safe/);
    expect(result.summary).toContain("### 🛡️ Security manifest check · security-manifest.yml");
    expect(result.summary).toContain("No open gaps");

    const failing = await startMock(WEBSHOP);
    failing.faults.push(
      forbiddenForFork({ operationId: "issues/create-comment", times: Infinity }),
    );
    const webshop = await run(failing, { example: "crafts-webshop" });
    expectClean(failing, webshop);
    expect(webshop.exitCode).toBe(1);
    expect(warnings(webshop).some((w) => w.includes("pull-requests: write"))).toBe(true);
  });

  it("retries a 500 on listing the comments", async () => {
    const mock = await startMock(COMPLIANT);
    mock.faults.push(serverError({ operationId: "issues/list-comments" }));
    const result = await run(mock);
    expectClean(mock, result);
    expect(mock.calls("issues/list-comments").map((r) => r.status)).toEqual([500, 200, 200]);
    expect(onlyComment(mock).startsWith(MARKER)).toBe(true);
    expect(result.exitCode).toBe(0);
  });

  it("waits out a 429 with Retry-After on creating the comment", async () => {
    const mock = await startMock(COMPLIANT);
    mock.faults.push(secondaryRateLimit({ operationId: "issues/create-comment" }, 1));
    const result = await run(mock);
    expectClean(mock, result);
    expect(mock.calls("issues/create-comment").map((r) => r.status)).toEqual([429, 201]);
    expect(onlyComment(mock).startsWith(MARKER)).toBe(true);
    expect(result.stdout).toMatch(/secondary rate limit on POST .*retrying in 1 s/);
    expect(result.exitCode).toBe(0);
  });

  it("creates the comment again when it was deleted between runs", async () => {
    const mock = await startMock(COMPLIANT);
    await run(mock);
    const first = mock.comments[0];
    expect(first).toBeDefined();
    mock.deleteComment(first?.id ?? 0);
    const result = await run(mock);
    expectClean(mock, result);
    const body = onlyComment(mock);
    expect(mock.comments[0]?.id).not.toBe(first?.id);
    expect(body).toBe(first?.body);
    expect(result.stdout).toContain("Pull request comment: created.");
  });

  it("creates the comment again when it is deleted between listing and updating", async () => {
    const mock = await startMock(COMPLIANT);
    const seeded = mock.seedComment({ issue_number: PR_NUMBER, body: `${MARKER}\nold report` });
    const held = gate();
    mock.faults.push({ operationId: "issues/update-comment", waitFor: held.promise });
    const running = run(mock);
    await until(() => mock.calls("issues/update-comment").length > 0, "the update request");
    mock.deleteComment(seeded.id);
    held.open();
    const result = await running;
    expectClean(mock, result);
    expect(mock.calls("issues/update-comment").map((r) => r.status)).toEqual([404]);
    expect(onlyComment(mock)).toContain("**0 open gaps**");
  });

  it("ends with one comment when two runs race", async () => {
    const mock = await startMock(COMPLIANT);
    // Hold both first listings until both runs asked: each sees no comment and creates one.
    const held = gate();
    mock.faults.push({ operationId: "issues/list-comments", waitFor: held.promise, times: 2 });
    const a = run(mock);
    const b = run(mock, { eventPath: eventPath("pull_request.synchronize") });
    await until(() => mock.calls("issues/list-comments").length >= 2, "both listings");
    held.open();
    const results = await Promise.all([a, b]);
    for (const result of results) expectClean(mock, result);
    expect(mock.calls("issues/create-comment")).toHaveLength(2);
    expect(mock.calls("issues/delete-comment").length).toBeGreaterThanOrEqual(1);
    expect(onlyComment(mock).startsWith(MARKER)).toBe(true);
  });

  it("with comment: on-gaps creates nothing for a clean manifest but turns an old comment into the all-clear", async () => {
    const mock = await startMock(COMPLIANT);
    const clean = await run(mock, { inputs: { comment: "on-gaps" } });
    expectClean(mock, clean);
    expect(mock.comments).toEqual([]);
    expect(mock.calls("issues/create-comment")).toEqual([]);
    expect(clean.stdout).toContain("Pull request comment: skipped.");

    const old = mock.seedComment({
      issue_number: PR_NUMBER,
      body: `${MARKER}\n### 🛡️ Security manifest check · security-manifest.yml\n\n**3 open gaps**\n`,
    });
    const cleared = await run(mock, { inputs: { comment: "on-gaps" } });
    expectClean(mock, cleared);
    expect(onlyComment(mock)).toBe(old.body);
    expect(old.body).toContain("✅ No open gaps");
    expect(old.body).not.toContain("3 open gaps");
    expect(mock.calls("issues/update-comment")).toHaveLength(1);
  });

  it("with comment: never makes no comment calls", async () => {
    const mock = await startMock(COMPLIANT);
    const result = await run(mock, { inputs: { comment: "never" } });
    expectClean(mock, result);
    expect(trace(mock)).toEqual(["GET pulls/list-files 200", "GET repos/get-content 200"]);
  });
});

describe("the Action's other inputs and unreadable manifests", () => {
  it("writes the comment in German with language: de", async () => {
    const mock = await startMock(COMPLIANT);
    const result = await run(mock, { inputs: { language: "de" } });
    expectClean(mock, result);
    const body = onlyComment(mock);
    expect(body).toContain("### 🛡️ Sicherheitsmanifest-Prüfung · security-manifest.yml");
    expect(body).toContain("✅ Keine offenen Lücken");
    expect(result.summary).toContain("Keine offenen Lücken");
  });

  it("reads, compares, links and annotates the manifest named by the manifest input", async () => {
    const file = "security/manifest.yml";
    const mock = await startMockGitHub({
      owner: OWNER,
      repo: REPO,
      pulls: [pullFromEvent(readEvent("pull_request.opened"))],
      files: { [BASE_SHA]: { [file]: COMPLIANT_MINUS_EXERCISE } },
    });
    mocks.push(mock);
    const workspace = prepareWorkspace("remote-maintenance-portal");
    mkdirSync(path.join(workspace, "security"));
    writeFileSync(path.join(workspace, file), COMPLIANT_MINUS_SECURE_CODING);
    const result = await run(mock, { workspace, inputs: { manifest: file } });
    expectClean(mock, result);
    // Octokit sends the slash of the path parameter as %2F, which GitHub decodes.
    expect(
      mock.calls("repos/get-content").map((r) => [decodeURIComponent(r.path), r.status]),
    ).toEqual([[`/repos/${OWNER}/${REPO}/contents/${file}`, 200]]);
    const marker = `<!-- security-manifest-check:${createHash("sha256").update(file).digest("hex").slice(0, 16)} -->`;
    const body = onlyComment(mock);
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(body).toContain("### 🛡️ Security manifest check · security/manifest.yml");
    expect(body).toContain("**1 new gap, 1 fixed, 0 unchanged**");
    expect(body).toContain(`${BLOB}${HEAD_SHA}/security/manifest.yml#L`);
    const located = workflowCommands(result.stdout).filter((c) => c.properties.file);
    expect(located.map((c) => c.properties.file)).toEqual([file]);
  });

  it("reports an unreadable manifest in the comment and as an error on its line", async () => {
    const mock = await startMock(COMPLIANT);
    const broken = edit(COMPLIANT, "  phase: production", "  phase: [production");
    const result = await run(mock, { manifest: broken, inputs: { "fail-on": "never" } });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1); // an unreadable manifest fails whatever fail-on says
    expect(mock.calls("repos/get-content")).toEqual([]); // nothing to compare
    const body = onlyComment(mock);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain("**The manifest could not be read:**");
    const located = workflowCommands(result.stdout, "error").filter((c) => c.properties.file);
    expect(located).toHaveLength(1);
    expect(located[0]?.properties.file).toBe(MANIFEST);
    expect(Number(located[0]?.properties.line)).toBeGreaterThan(1);
    expect(result.summary).toContain("The manifest could not be read");
  });
});

describe("the Action outside pull requests", () => {
  it("on push writes summary, outputs and a valid SARIF file without calling the API", async () => {
    const mock = await startMock();
    const workspace = prepareWorkspace("crafts-webshop");
    const result = await run(mock, {
      workspace,
      eventName: "push",
      eventPath: eventPath("push"),
      inputs: { sarif: "results/security-manifest.sarif", "fail-on": "never" },
    });
    expectClean(mock, result);
    expect(result.exitCode).toBe(0);
    expect(mock.requests).toEqual([]);

    const push = readEvent("push") as { after: string };
    expect(result.summary).toContain("**25 open gaps**");
    expect(result.summary).toContain(`${BLOB}${push.after}/security-manifest.yml#L`);
    expect(result.outputs).toMatchObject({
      gaps: "25",
      "new-gaps": "25",
      "fixed-gaps": "0",
      "highest-severity": "high",
    });
    const reportFile = result.outputs.report ?? "";
    expect(path.dirname(reportFile)).toBe(result.runnerTemp);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as {
      summary: { total: number };
      pull_request?: unknown;
    };
    expect(report.summary.total).toBe(25);
    expect(report.pull_request).toBeUndefined();

    const sarifFile = path.join(workspace, "results/security-manifest.sarif");
    expect(result.outputs.sarif).toBe(sarifFile);
    const sarif = JSON.parse(readFileSync(sarifFile, "utf8")) as {
      runs: {
        results: {
          ruleId: string;
          partialFingerprints?: Record<string, string>;
          locations?: {
            physicalLocation?: {
              artifactLocation?: { uri?: string };
              region?: { startLine?: number };
            };
          }[];
        }[];
      }[];
    };
    const ajv = new Ajv04.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA, "utf8")));
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const results = sarif.runs.flatMap((r) => r.results);
    expect(results).toHaveLength(25);
    for (const r of results) {
      expect(Object.keys(r.partialFingerprints ?? {}).length).toBeGreaterThan(0);
      const location = r.locations?.[0]?.physicalLocation;
      expect(location?.artifactLocation?.uri).toBe("security-manifest.yml");
      expect(location?.region?.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it("fails on high gaps with at most ten annotations of each kind on the manifest", async () => {
    const mock = await startMock();
    const result = await run(mock, {
      example: "crafts-webshop",
      eventName: "push",
      eventPath: eventPath("push"),
    });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1);
    const annotations = workflowCommands(result.stdout).filter((c) => c.properties.file);
    const count = (kind: string) => annotations.filter((c) => c.command === kind).length;
    expect([count("error"), count("warning"), count("notice")]).toEqual([10, 10, 2]); // 12 high, 11 medium
    for (const a of annotations) {
      expect(a.properties.file).toBe("security-manifest.yml");
      expect(Number(a.properties.line)).toBeGreaterThanOrEqual(1);
      expect(a.properties.title).toMatch(/^[A-Z]{2}-\d{3} \((high|medium|low)\)$/);
    }
    expect(result.summary).toContain("3 more gaps are not annotated");
    const failure = workflowCommands(result.stdout, "error").filter((c) => !c.properties.file);
    expect(failure.map((c) => c.message)).toEqual([
      '25 security manifest gap(s) at or above fail-on "high". See the job summary for what is missing and how to fix it.',
    ]);
  });

  it("passes with fail-on new when the PR adds no gap, and with fail-on never", async () => {
    const mock = await startMock(WEBSHOP);
    // A Dependabot pull request: a bot has no training to check, and it changes no component.
    const byBot = writeEvent("pull_request.opened", (payload) => {
      const pr = payload.pull_request as { user: { login: string; type: string } };
      pr.user.login = "dependabot[bot]";
      pr.user.type = "Bot";
    });
    const unchanged = await run(mock, {
      example: "crafts-webshop",
      eventPath: byBot,
      inputs: { "fail-on": "new" },
    });
    expectClean(mock, unchanged);
    expect(unchanged.exitCode).toBe(0);
    expect(unchanged.outputs).toMatchObject({ gaps: "25", "new-gaps": "0" });
    expect(onlyComment(mock)).toContain("**0 new gaps, 0 fixed, 25 unchanged**");

    const never = await run(mock, {
      example: "crafts-webshop",
      eventPath: byBot,
      inputs: { "fail-on": "never" },
    });
    expectClean(mock, never);
    expect(never.exitCode).toBe(0);
    expect(workflowCommands(never.stdout, "error").filter((c) => !c.properties.file)).toEqual([]);
  });

  it("refuses a manifest that links out of the checkout, printing nothing of the target", async () => {
    const mock = await startMock();
    const secretDir = makeTempDir("secret");
    writeFileSync(
      path.join(secretDir, "secret.yml"),
      "manifest_version: 1\nproject: ghp_SECRETSECRETSECRET\n",
    );
    const workspace = prepareWorkspace("remote-maintenance-portal");
    rmSync(path.join(workspace, MANIFEST));
    symlinkSync(path.join(secretDir, "secret.yml"), path.join(workspace, MANIFEST));
    const result = await run(mock, { workspace });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(
      "the manifest resolves to a file outside the repository checkout",
    );
    expect(result.stdout).not.toContain("SECRET");
    expect(mock.calls("issues/create-comment")).toEqual([]);
  });

  it("does not fail `fail-on: new` when the base manifest cannot be read", async () => {
    const mock = await startMock(COMPLIANT);
    mock.faults.push(forbiddenForFork({ operationId: "repos/get-content", times: Infinity }));
    const result = await run(mock, {
      manifest: COMPLIANT_MINUS_SECURE_CODING,
      inputs: { "fail-on": "new" },
    });
    expectClean(mock, result);
    expect(result.exitCode).toBe(0);
    expect(
      workflowCommands(result.stdout, "warning")
        .map((c) => c.message)
        .join("\n"),
    ).toContain("the base manifest could not be read");
  });

  it("rejects a wrong input with a message naming it", async () => {
    const mock = await startMock();
    const result = await run(mock, { inputs: { "fail-on": "sometimes" } });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1);
    expect(workflowCommands(result.stdout, "error").map((c) => c.message)).toEqual([
      'input fail-on must be one of low, medium, high, critical, never, new, not "sometimes"',
    ]);
    expect(mock.requests).toEqual([]);
  });
});

describe("the fork-safe pair (pull_request makes the report, workflow_run posts it)", () => {
  /** The checking run of the pair, then the report copied into the publishing workspace. */
  async function checkingRun(
    mock: MockGitHub,
    headSha = HEAD_SHA,
  ): Promise<{ workspace: string; report: string }> {
    const checked = await run(mock, {
      manifest: COMPLIANT_MINUS_SECURE_CODING,
      eventPath: headSha === HEAD_SHA ? eventPath("pull_request.opened") : synchronizeTo(headSha),
      inputs: { comment: "never" },
    });
    expectClean(mock, checked);
    const report = readFileSync(checked.outputs.report ?? "", "utf8");
    expect(JSON.parse(report).pull_request).toEqual({ number: PR_NUMBER, head_sha: headSha });
    // The publishing workflow downloads the artifact into its own (trusted) checkout.
    const workspace = prepareWorkspace("remote-maintenance-portal");
    mkdirSync(path.join(workspace, "artifact"));
    return { workspace, report };
  }

  function publish(
    mock: MockGitHub,
    workspace: string,
    report: string,
    runHeadSha: string,
  ): Promise<ActionRun> {
    writeFileSync(path.join(workspace, "artifact/report.json"), report);
    return run(mock, {
      workspace,
      eventName: "workflow_run",
      eventPath: writeEvent("workflow_run.completed", (payload) => {
        (payload.workflow_run as { head_sha: string }).head_sha = runHeadSha;
      }),
      sha: BASE_SHA,
      inputs: { "report-file": "artifact/report.json", "fail-on": "never" },
    });
  }

  it("posts the comment on the PR named in the report", async () => {
    const mock = await startMock(COMPLIANT);
    const { workspace, report } = await checkingRun(mock);
    expect(mock.comments).toEqual([]);
    const before = mock.requests.length;
    const result = await publish(mock, workspace, report, HEAD_SHA);
    expectClean(mock, result);
    expect(result.exitCode).toBe(0);
    expect(mock.requests.slice(before).map((r) => r.operationId)).toEqual([
      "pulls/get",
      "issues/list-comments",
      "issues/create-comment",
      "issues/list-comments",
    ]);
    const body = onlyComment(mock);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain("**1 open gap** · 🟠 1 high");
    expect(body).toContain(`${BLOB}${HEAD_SHA}/security-manifest.yml#L`);
    expect(result.outputs).toMatchObject({ gaps: "1", "new-gaps": "1" });
    expect(result.outputs.report).toBe(path.join(workspace, "artifact/report.json"));
    expect(result.summary).toContain("**1 open gap**");
  });

  it("posts nothing when the PR's head is no longer the commit the run checked", async () => {
    const mock = await startMock(COMPLIANT); // PR #2's head is HEAD_SHA
    const { workspace, report } = await checkingRun(mock, OTHER_SHA);
    const result = await publish(mock, workspace, report, OTHER_SHA);
    expectClean(mock, result);
    expect(mock.calls("pulls/get").map((r) => r.status)).toEqual([200]);
    expect(mock.comments).toEqual([]);
    expect(mock.calls("issues/create-comment")).toEqual([]);
    expect(warnings(result)).toEqual([
      expect.stringMatching(/#2, whose head is not the commit the run checked; no comment written/),
    ]);
  });

  it("posts nothing when the report names another head than the run checked", async () => {
    const mock = await startMock(COMPLIANT);
    const { workspace, report } = await checkingRun(mock);
    const forged = JSON.parse(report) as { pull_request: { head_sha: string } };
    forged.pull_request.head_sha = OTHER_SHA;
    const result = await publish(mock, workspace, JSON.stringify(forged), HEAD_SHA);
    expectClean(mock, result);
    expect(warnings(result)).toEqual([
      `The report is about another commit than the run checked (${HEAD_SHA}); no comment written.`,
    ]);
    expect(mock.comments).toEqual([]);
    expect(mock.calls("issues/create-comment")).toEqual([]);
  });
});

describe("secrets and hostile content", () => {
  it("never prints the token, also with RUNNER_DEBUG set and on API error paths", async () => {
    const mock = await startMock(COMPLIANT);
    mock.faults.push(
      forbiddenForFork({ operationId: "repos/get-content" }),
      forbiddenForFork({ operationId: "issues/create-comment", times: Infinity }),
    );
    const result = await run(mock, { env: { RUNNER_DEBUG: "1" } });
    expectClean(mock, result);
    const [first, ...rest] = result.stdout.split("\n");
    // The only place: the mask command itself, before anything else is printed.
    expect(first).toBe(`::add-mask::${TOKEN}`);
    const report = readFileSync(result.outputs.report ?? "", "utf8");
    for (const text of [
      rest.join("\n"),
      result.stderr,
      result.summary,
      result.outputFile,
      report,
    ]) {
      expect(text).not.toContain(TOKEN);
    }
    expect(JSON.stringify([mock.requests, mock.contractViolations])).not.toContain(TOKEN);
    // It did authenticate, with the token as a bearer/token credential (redacted by the mock).
    expect(mock.requests[0]?.headers.authorization).toMatch(/^(token|bearer) \[redacted\]$/i);
    // The error paths really ran: both faults became warnings.
    expect(warnings(result)).toEqual([
      expect.stringMatching(/^Could not read security-manifest.yml at the base commit \(403\)/),
      expect.stringContaining("pull-requests: write"),
    ]);
  });

  it("renders hostile manifest values as inert text", async () => {
    const hostile = "<img src=x onerror=alert(1)> @octocat [x](https://evil.example)";
    const manifest = WEBSHOP.replaceAll("Tobias Brandt", hostile)
      .replace(
        'title: Gefälschte "Shopware"-Mail stiehlt Sandras Zugang zum Shop-Backend',
        `title: ${JSON.stringify(`${hostile} threat`)}`,
      )
      .replace(
        "title: Phishing-E-Learning und Test-Mails für alle im Büro",
        `title: ${JSON.stringify(`${hostile} mitigation`)}`,
      );
    const mock = await startMock(WEBSHOP.replaceAll("Tobias Brandt", "Someone Else"));
    const result = await run(mock, {
      example: "crafts-webshop",
      manifest,
      inputs: { "fail-on": "never" },
    });
    expectClean(mock, result);
    const body = onlyComment(mock);
    expect(body).toContain("@&#8203;octocat"); // the hostile values made it into the comment
    const html = renderGfm(body);
    const tags = tagNames(html);
    for (const tag of ["img", "script", "iframe", "svg", "style"])
      expect(tags.has(tag)).toBe(false);
    const anchors = [...html.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
    expect(anchors.length).toBeGreaterThan(0);
    for (const a of anchors) expect(a).toMatch(new RegExp(`^<a href="${BLOB}${HEAD_SHA}/`));
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/@octocat/);
    expect(html).toContain("@\u200Boctocat");
    expect(html).not.toContain("evil.example</a>");

    const gaps = Number(result.outputs.gaps);
    expect(gaps).toBeGreaterThan(20);
    const rows = html.split("<tr>").slice(1);
    expect(rows.filter((row) => row.includes(`href="${BLOB}`))).toHaveLength(gaps);
    expect(html).toContain("<details>");
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
  });

  it("keeps the comment under GitHub's 65,536 characters for a manifest with very many gaps", async () => {
    const members = Array.from(
      { length: 400 },
      (_, i) => `  - name: Developer ${String(i + 1).padStart(3, "0")}
    role: developer
    joined: 2020-01-01
`,
    ).join("");
    const manifest = edit(COMPLIANT, "\ncomponents:\n", `${members}\ncomponents:\n`);
    const mock = await startMock();
    const result = await run(mock, { manifest, inputs: { "fail-on": "never" } });
    expectClean(mock, result);
    const gaps = Number(result.outputs.gaps);
    expect(gaps).toBeGreaterThanOrEqual(1200);
    const body = onlyComment(mock);
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain(`**${gaps} open gaps**`);
    expect(body).toMatch(/… and \d+ more\. The full list is in the job summary of this run\./);
    const html = renderGfm(body);
    expect((html.match(/<details>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
    // The job summary has room for all of them, within GitHub's 1 MiB per step.
    expect(Buffer.byteLength(result.summary)).toBeLessThanOrEqual(1024 * 1024);
    expect(existsSync(result.outputs.report ?? "")).toBe(true);
  });
});
