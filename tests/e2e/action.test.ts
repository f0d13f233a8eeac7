// End-to-end tests of the GitHub Action: the committed bundle (action/dist/index.js) runs in a
// child process with a real webhook payload and the runner's environment, against the local
// GitHub mock, which checks every REST request and response against GitHub's OpenAPI
// description and validates and executes every GraphQL query on GitHub's published schema.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { checkManifestFile } from "../../src/check-manifest.js";
import { words } from "../../src/i18n/words/words.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { renderGfm, tagNames } from "../support/cmark.js";
import {
  forbiddenForFork,
  type MockGitHub,
  pullFromEvent,
  type RecordedRequest,
  type StoredComment,
  secondaryRateLimit,
  serverError,
  startMockGitHub,
} from "../support/github-mock-server.js";
import {
  type ActionRun,
  BASE_SHA,
  TODAY as E2E_TODAY,
  type Example,
  eventNameOf,
  eventPath,
  exampleManifest,
  exampleTree,
  HEAD_SHA,
  MANIFEST,
  makeTempDir,
  OWNER,
  PR_NUMBER,
  prepareWorkspace,
  REPO,
  readEvent,
  removeTempDirs,
  repositoryFiles,
  runActionBundle,
  SARIF_SCHEMA,
  workflowCommands,
  writeEvent,
} from "./run-action.js";

/**
 * The webshop example's gap counts, from the engine itself: the tests below check what the
 * Action makes of them (outputs, comment, annotations), not a number copied from a run.
 */
const WEBSHOP_GAPS = await (async () => {
  const report = await checkManifestFile(
    path.join(REPO_ROOT, "examples/crafts-webshop/security-manifest.yml"),
    {
      today: E2E_TODAY,
      language: "en",
      ruleSet: await loadRuleSet(),
      displayName: "security-manifest.yml",
    },
  );
  const by = report.summary.by_severity;
  const kinds = [by.critical + by.high, by.medium, by.low];
  return {
    total: report.summary.total,
    annotations: kinds.map((n) => Math.min(n, 10)),
    unannotated: kinds.reduce((sum, n) => sum + Math.max(0, n - 10), 0),
  };
})();

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

interface MockOptions {
  /** The project in the repository (default: the remote maintenance portal). */
  example?: Example;
  /** The PR's head commit as GitHub has it now (default: the payloads' HEAD_SHA). */
  headSha?: string;
}

/**
 * The mock for Codertocat/Hello-World with PR #2 of the payloads. The base commit holds the
 * example project with `base` as its manifest, or none when `base` is undefined (the PR adds
 * it). Each run puts its checkout at the head commit (see `run`), so pulls/list-files lists
 * what the PR really changes.
 */
async function startMock(base?: string, options: MockOptions = {}): Promise<MockGitHub> {
  const opened = pullFromEvent(readEvent("pull_request.opened"));
  const mock = await startMockGitHub({
    owner: OWNER,
    repo: REPO,
    pulls: [
      {
        ...opened,
        head: { ...opened.head, sha: options.headSha ?? HEAD_SHA },
      },
    ],
    files: {
      [BASE_SHA]: exampleTree(options.example ?? "remote-maintenance-portal", base ?? null),
    },
  });
  mocks.push(mock);
  return mock;
}

/** The comments of one mock copied to another (GitHub after a push: same PR, same comments). */
function carryComments(from: MockGitHub, to: MockGitHub): StoredComment[] {
  return from.comments.map((c) =>
    to.seedComment({
      issue_number: c.issue_number,
      body: c.body,
      user: c.user,
      created_at: c.created_at,
      updated_at: c.updated_at,
    }),
  );
}

const checkouts = new WeakMap<MockGitHub, Map<string, Set<string>>>();

/** The mock's tree at `sha` becomes the checkout's files (what a push of that commit would hold). */
function pushCheckout(mock: MockGitHub, sha: string, workspace: string): void {
  const files = repositoryFiles(workspace);
  const byCommit = checkouts.get(mock) ?? new Map<string, Set<string>>();
  checkouts.set(mock, byCommit);
  for (const stale of byCommit.get(sha) ?? []) {
    if (!(stale in files)) mock.setFile(sha, stale, undefined);
  }
  for (const [file, content] of Object.entries(files)) mock.setFile(sha, file, content);
  byCommit.set(sha, new Set(Object.keys(files)));
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

const PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target", "pull_request_review"];

/**
 * A run of the Action (a pull_request run with the opened payload unless told otherwise). On
 * pull-request events the checkout is the PR's head: the mock gets its files at that commit.
 */
function run(mock: MockGitHub, options: RunOptions = {}): Promise<ActionRun> {
  const eventName = options.eventName ?? "pull_request";
  const payloadFile = options.eventPath ?? eventPath("pull_request.opened");
  const workspace =
    options.workspace ??
    prepareWorkspace(options.example ?? "remote-maintenance-portal", options.manifest);
  if (PULL_REQUEST_EVENTS.includes(eventName)) {
    const payload = JSON.parse(readFileSync(payloadFile, "utf8")) as {
      pull_request?: { head?: { sha?: string } };
    };
    const head = payload.pull_request?.head?.sha;
    if (head) pushCheckout(mock, head, workspace);
  }
  return runActionBundle({
    eventName,
    eventPath: payloadFile,
    workspace,
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

/** Operation ids (GraphQL: and operation names) with statuses, for readable failure messages. */
function trace(mock: MockGitHub, from = 0): string[] {
  return mock.requests
    .slice(from)
    .map(
      (r) =>
        `${r.method} ${r.operationId ?? r.path}${r.graphqlOperation ? ` ${r.graphqlOperation}` : ""} ${r.status}`,
    );
}

/** GraphQL requests of one operation, e.g. "SecurityManifestPullRequest". */
function graphql(mock: MockGitHub, operation: string): RecordedRequest[] {
  return mock.calls("graphql").filter((r) => r.graphqlOperation === operation);
}

/** The variables a GraphQL request sent. */
function variablesOf(request: RecordedRequest | undefined): Record<string, unknown> {
  return (request?.body as { variables?: Record<string, unknown> } | undefined)?.variables ?? {};
}

/** The JSON report a run wrote (output `report`). */
function reportOf(result: ActionRun): {
  pull_request?: { number: number; head_sha: string };
  findings: { rule: string; status: string; message: string }[];
  changes?: { kind: string; message: string; approval: { state: string } }[];
} {
  return JSON.parse(readFileSync(result.outputs.report ?? "", "utf8"));
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

/** The run's ::warning messages, without the annotations on manifest lines. */
function warnings(result: ActionRun): string[] {
  return workflowCommands(result.stdout, "warning")
    .filter((c) => !c.properties.file)
    .map((c) => c.message);
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
    const mock = await startMock(COMPLIANT);
    const result = await run(mock, { manifest: COMPLIANT_MINUS_SECURE_CODING });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1); // one high gap, fail-on high

    const body = onlyComment(mock);
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(body).toContain("### 🛡️ Security manifest check · security-manifest.yml");
    // Removing a training lowers the bar: listed first, waiting for management.
    expect(body).toContain("#### ⚠️ This PR changes security decisions (1)");
    expect(body).toContain("Training removed: Aylin Demir: secure-coding of 2026-06-30");
    expect(body).toContain("**1 open gap** · 🟠 1 high");
    const line = COMPLIANT_MINUS_SECURE_CODING.split("\n").indexOf("  - name: Aylin Demir") + 1;
    expect(body).toContain(`[line ${line}](${BLOB}${HEAD_SHA}/security-manifest.yml#L${line})`);
    expect(body).toContain("Aylin Demir (developer): no secure-coding training");

    // Changed files, one GraphQL read (reviews, comments, base manifest), create, list again.
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
      "POST issues/create-comment 201",
      "POST graphql SecurityManifestComments 200",
    ]);
    const [read] = graphql(mock, "SecurityManifestPullRequest");
    expect(variablesOf(read)).toEqual({
      owner: OWNER,
      repo: REPO,
      number: PR_NUMBER,
      blob0: `${BASE_SHA}:${MANIFEST}`,
    });
    expect(result.outputs).toMatchObject({
      gaps: "1",
      "new-gaps": "1",
      "fixed-gaps": "0",
      "highest-severity": "high",
    });
    expect(result.summary).toContain("**1 open gap**");
    expect(result.stdout).toContain("Pull request comment: created.");
  });

  it("on the PR that adds the manifest, cannot verify its decisions: they stay pending", async () => {
    const mock = await startMock(); // nothing at the base: no login there proves who anyone is
    const result = await run(mock);
    expectClean(mock, result);
    expect(result.exitCode).toBe(1); // the author's self-certified trainings wait: high gaps

    const body = onlyComment(mock);
    expect(body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(body).toContain("#### ⚠️ This PR changes security decisions (3)");
    expect(body).toMatch(
      /^- ⏳ New risk acceptance for threat T-04, until 2027-05-31 — .*cannot be verified/m,
    );
    expect(body).toMatch(
      /^- ⏳ Threat model signed off by Andreas Hoffmann \(2026-10-20\) — .*cannot be verified/m,
    );
    expect(body).toMatch(
      /^- ⏳ The PR author changed their own team entry \(Florian Wagner\): new entry;.*cannot be verified/m,
    );
    expect(body).toContain("#### ⏳ Waiting for approval (counted as open) (6)");
    expect(body).toContain("**6 open gaps, 6 waiting for approval**");
    const report = reportOf(result);
    expect(
      report.findings
        .filter((f) => f.status === "pending-approval")
        .map((f) => f.rule)
        .sort(),
    ).toEqual(["PR-003", "RK-009", "TM-014", "TR-001", "TR-002", "TR-003"]);
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
      "POST issues/create-comment 201",
      "POST graphql SecurityManifestComments 200",
    ]);
  });

  it("updates the comment when the head changes, in at most 4 calls, and skips identical updates", async () => {
    const mock = await startMock(COMPLIANT);
    const first = await run(mock, { manifest: COMPLIANT_MINUS_SECURE_CODING });
    expectClean(mock, first);
    const created = onlyComment(mock);
    // Nothing unchanged or fixed: the headline counts open gaps.
    expect(created).toContain("**1 open gap** · 🟠 1 high");

    // A push to the PR branch: GitHub's PR now has a new head, our comment is still there.
    const pushed = await startMock(COMPLIANT, { headSha: OTHER_SHA });
    const [ours] = carryComments(mock, pushed);
    const synchronize = synchronizeTo(OTHER_SHA);
    const workspace = prepareWorkspace("remote-maintenance-portal", COMPLIANT_MINUS_EXERCISE);
    const second = await run(pushed, { eventPath: synchronize, workspace });
    expectClean(pushed, second);
    expect(pushed.requests.length).toBeLessThanOrEqual(4);
    expect(trace(pushed)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
      "PATCH issues/update-comment 200",
    ]);
    const updated = onlyComment(pushed);
    expect(pushed.comments[0]?.id).toBe(ours?.id);
    expect(updated).not.toBe(created);
    expect(updated.startsWith(MARKER)).toBe(true);
    expect(updated).toContain("The incident-response plan has not been exercised");
    expect(updated).not.toContain("Aylin Demir");
    expect(updated).toContain(`${BLOB}${OTHER_SHA}/security-manifest.yml#L`);
    expect(updated).not.toContain(HEAD_SHA);
    expect(second.exitCode).toBe(0); // a medium gap does not fail fail-on high
    expect(second.stdout).toContain("Pull request comment: updated.");

    // Re-run of the same commit: same body, so no write at all.
    const again = pushed.requests.length;
    const third = await run(pushed, { eventPath: synchronize, workspace });
    expectClean(pushed, third);
    expect(trace(pushed, again)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
    ]);
    expect(pushed.calls("issues/update-comment")).toHaveLength(1);
    expect(onlyComment(pushed)).toBe(updated);
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
      "POST graphql SecurityManifestPullRequest 200",
      "POST graphql SecurityManifestComments 200",
      "PATCH issues/update-comment 200",
    ]);
    expect(mock.comments).toHaveLength(122);
    expect(ours.body).toContain("**0 open gaps**");
  });

  it("neither takes over nor deletes a person's comment that copies the marker: ours goes beside it", async () => {
    const mock = await startMock(COMPLIANT);
    const person = mock.seedComment({
      issue_number: PR_NUMBER,
      body: `${MARKER}\nmine`,
      user: "octocat",
    });
    // Another app's bot is not our token's identity either.
    const otherBot = mock.seedComment({
      issue_number: PR_NUMBER,
      body: `${MARKER}\nanother app`,
      user: "renovate[bot]",
    });
    const result = await run(mock);
    expectClean(mock, result);
    expect(mock.comments).toHaveLength(3);
    expect(person.body).toBe(`${MARKER}\nmine`);
    expect(otherBot.body).toBe(`${MARKER}\nanother app`);
    const ours = mock.comments.at(-1);
    expect(ours?.user.login).toBe("github-actions[bot]");
    expect(ours?.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(ours?.body).toContain("**0 open gaps**");
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
      "POST issues/create-comment 201",
      "POST graphql SecurityManifestComments 200",
    ]);
    expect(result.stdout).toContain("Pull request comment: created.");

    // The next run updates ours and still leaves theirs alone.
    const again = await run(mock, { manifest: COMPLIANT_MINUS_EXERCISE });
    expectClean(mock, again);
    expect(mock.calls("issues/update-comment").map((r) => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${ours?.id}`,
    ]);
    expect(mock.calls("issues/delete-comment")).toEqual([]);
    expect(person.body).toBe(`${MARKER}\nmine`);
    expect(otherBot.body).toBe(`${MARKER}\nanother app`);
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

  it("does not count the manifest itself as a changed file outside every component (PR-007)", async () => {
    // A PR that only fixes a gap in the manifest adds no gap: it passes fail-on new.
    const mock = await startMock(COMPLIANT_MINUS_SECURE_CODING);
    const result = await run(mock, { manifest: COMPLIANT, inputs: { "fail-on": "new" } });
    expectClean(mock, result);
    const rules = reportOf(result).findings.map((f) => `${f.rule}: ${f.message}`);
    expect(rules).toEqual([]);
    expect(result.outputs).toMatchObject({ gaps: "0", "new-gaps": "0", "fixed-gaps": "1" });
    expect(result.exitCode).toBe(0);
  });

  it("tells the gap the PR adds from the ones already on the base branch", async () => {
    const mock = await startMock(WEBSHOP, { example: "crafts-webshop" });
    const result = await run(mock, {
      example: "crafts-webshop",
      manifest: WEBSHOP_MINUS_PHISHING,
      inputs: { "fail-on": "new" },
    });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1); // fail-on new, and there is a new gap
    const body = onlyComment(mock);
    // The phishing gap and the pull-request pack's (its author, Codertocat, is not in the team list).
    expect(body).toContain(`**2 new gaps, 0 fixed, ${WEBSHOP_GAPS.total} unchanged**`);
    expect(body).toContain("`PR-003`");
    expect(body).toContain("#### New gaps (2)");
    const newSection = body.slice(body.indexOf("#### New gaps"), body.indexOf("<details>"));
    expect(newSection).toContain(
      "Sandra Vogel (admin): no phishing or social-engineering training",
    );
    expect(body).toContain(
      `<details><summary>Gaps already on the base branch (${WEBSHOP_GAPS.total})</summary>`,
    );
    expect(result.outputs).toMatchObject({
      gaps: String(WEBSHOP_GAPS.total + 2),
      "new-gaps": "2",
      "fixed-gaps": "0",
    });
    const failure = workflowCommands(result.stdout, "error").filter((c) => !c.properties.file);
    expect(failure.map((c) => c.message)).toEqual([
      expect.stringMatching(/^2 security manifest gap\(s\) at or above fail-on "new"/),
    ]);
  });

  it("runs again on pull_request_review: management's approval releases a decision the PR added", async () => {
    // The base has no risk acceptance for T-04; the PR adds one by Andreas Hoffmann.
    const withoutAcceptance = edit(
      COMPLIANT,
      `risk_acceptances:
  - threat: T-04
    accepted_by: Andreas Hoffmann
    date: 2026-06-11
    expires: 2027-05-31
    reason: Bank details are changed only after a call-back to the supplier's known number; the remaining risk is small.
`,
      "",
    );
    const mock = await startMock(withoutAcceptance);
    const workspace = prepareWorkspace("remote-maintenance-portal", COMPLIANT);
    const opened = await run(mock, { workspace, inputs: { "fail-on": "medium" } });
    expectClean(mock, opened);
    expect(opened.exitCode).toBe(1); // RK-009 waits for Andreas Hoffmann: open, fail-on medium
    const pending = onlyComment(mock);
    expect(pending).toContain("**1 open gap, 1 waiting for approval** · 🟡 1 medium");
    expect(pending).toMatch(
      /^- ⏳ New risk acceptance for threat T-04, until 2027-05-31 — .*waiting for approval by Andreas Hoffmann/m,
    );

    // Andreas Hoffmann approves the head commit; GitHub runs the workflow again for the review.
    mock.addReview(PR_NUMBER, { user: "ahoffmann-hansen", state: "APPROVED" });
    const review = writeEvent("pull_request_review.submitted", (payload) => {
      const r = payload.review as { state: string; user: { login: string } };
      r.state = "approved";
      r.user.login = "ahoffmann-hansen";
    });
    const approved = await run(mock, {
      workspace,
      eventName: eventNameOf("pull_request_review.submitted"),
      eventPath: review,
      inputs: { "fail-on": "medium" },
    });
    expectClean(mock, approved);
    expect(approved.exitCode).toBe(0);
    const body = onlyComment(mock);
    // RK-009 was open on the base; the approved acceptance closes it.
    expect(body).toContain("**0 new gaps, 1 fixed, 0 unchanged**");
    expect(body).toMatch(/^- ~~Threat T-04 .* no risk acceptance is recorded for it~~ `RK-009`$/m);
    expect(body).not.toContain("Waiting for approval");
    expect(body).toMatch(
      /^- ✅ New risk acceptance for threat T-04, until 2027-05-31 — .*approved on GitHub by Andreas Hoffmann/m,
    );
    expect(reportOf(approved).changes?.map((c) => c.approval.state)).toEqual(["approved"]);
    expect(approved.stdout).toContain("Pull request comment: updated.");
  });

  it("links the lines of the commit it checked out, also when the PR has moved on since", async () => {
    // The run checked OTHER_SHA (an older push, or a re-run of its workflow); GitHub's PR head
    // is HEAD_SHA now, a later push whose manifest has one line more at the top.
    const mock = await startMock(COMPLIANT);
    const later = `# reviewed\n${COMPLIANT_MINUS_EXERCISE}`;
    pushCheckout(mock, HEAD_SHA, prepareWorkspace("remote-maintenance-portal", later));
    const result = await run(mock, {
      eventPath: synchronizeTo(OTHER_SHA),
      manifest: COMPLIANT_MINUS_EXERCISE,
    });
    expectClean(mock, result);
    expect(reportOf(result).pull_request).toEqual({ number: PR_NUMBER, head_sha: OTHER_SHA });
    for (const comment of mock.comments) {
      expect(comment.body).not.toContain(`${BLOB}${HEAD_SHA}/`);
    }
    expect(result.summary).toContain(`${BLOB}${OTHER_SHA}/security-manifest.yml#L`);
    expect(result.summary).not.toContain(`${BLOB}${HEAD_SHA}/`);
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

    const failing = await startMock(WEBSHOP, { example: "crafts-webshop" });
    failing.faults.push(
      forbiddenForFork({ operationId: "issues/create-comment", times: Infinity }),
    );
    const webshop = await run(failing, { example: "crafts-webshop" });
    expectClean(failing, webshop);
    expect(webshop.exitCode).toBe(1);
    expect(warnings(webshop).some((w) => w.includes("pull-requests: write"))).toBe(true);
  });

  it("retries a 500 on the GraphQL read of reviews, comments and base files", async () => {
    const mock = await startMock(COMPLIANT);
    mock.faults.push(
      serverError({ operationId: "graphql", operationName: "SecurityManifestPullRequest" }),
    );
    const result = await run(mock);
    expectClean(mock, result);
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 500",
      "POST graphql SecurityManifestPullRequest 200",
      "POST issues/create-comment 201",
      "POST graphql SecurityManifestComments 200",
    ]);
    expect(onlyComment(mock).startsWith(MARKER)).toBe(true);
    expect(warnings(result)).toEqual([]);
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
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
      "PATCH issues/update-comment 404",
      "POST issues/create-comment 201",
      "POST graphql SecurityManifestComments 200",
    ]);
    expect(onlyComment(mock)).toContain("**0 open gaps**");
  });

  it("ends with one comment when two runs race", async () => {
    const mock = await startMock(COMPLIANT);
    // Hold both GraphQL reads until both runs asked: each sees no comment and creates one.
    const held = gate();
    mock.faults.push({
      operationId: "graphql",
      operationName: "SecurityManifestPullRequest",
      waitFor: held.promise,
      times: 2,
    });
    const a = run(mock);
    const b = run(mock, { eventPath: eventPath("pull_request.synchronize") });
    await until(() => graphql(mock, "SecurityManifestPullRequest").length >= 2, "both reads");
    held.open();
    const results = await Promise.all([a, b]);
    for (const result of results) expectClean(mock, result);
    expect(mock.calls("issues/create-comment")).toHaveLength(2);
    expect(graphql(mock, "SecurityManifestComments")).toHaveLength(2);
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
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
    ]);
  });
});

describe("the Action's other inputs and unreadable manifests", () => {
  it("writes the comment in German with language: de", async () => {
    const mock = await startMock(COMPLIANT);
    const result = await run(mock, { inputs: { language: "de" } });
    expectClean(mock, result);
    const body = onlyComment(mock);
    expect(body).toContain("### 🛡️ Sicherheitsmanifest-Prüfung · security-manifest.yml");
    expect(body).toContain(`✅ ${words("de").common.noGaps}`);
    expect(result.summary).toContain(words("de").common.noGaps);
  });

  it("reads, compares, links and annotates the manifest named by the manifest input", async () => {
    const file = "security/manifest.yml";
    const mock = await startMockGitHub({
      owner: OWNER,
      repo: REPO,
      pulls: [pullFromEvent(readEvent("pull_request.opened"))],
      files: {
        [BASE_SHA]: {
          ...exampleTree("remote-maintenance-portal"),
          [file]: COMPLIANT_MINUS_EXERCISE,
        },
      },
    });
    mocks.push(mock);
    const workspace = prepareWorkspace("remote-maintenance-portal");
    mkdirSync(path.join(workspace, "security"));
    writeFileSync(path.join(workspace, file), COMPLIANT_MINUS_SECURE_CODING);
    const result = await run(mock, { workspace, inputs: { manifest: file } });
    expectClean(mock, result);
    // The base's version of that file, read in the one GraphQL request.
    const [read] = graphql(mock, "SecurityManifestPullRequest");
    expect(variablesOf(read)).toMatchObject({
      blob0: `${BASE_SHA}:${file}`,
    });
    const marker = `<!-- security-manifest-check:${createHash("sha256").update(file).digest("hex").slice(0, 16)} -->`;
    const body = onlyComment(mock);
    expect(body.startsWith(`${marker}\n`)).toBe(true);
    expect(body).toContain("### 🛡️ Security manifest check · security/manifest.yml");
    expect(body).toContain("**1 new gap, 1 fixed, 0 unchanged**");
    expect(body).not.toContain("match no component's paths");
    expect(body).toContain(`${BLOB}${HEAD_SHA}/security/manifest.yml#L`);
    const located = workflowCommands(result.stdout).filter((c) => c.properties.file);
    expect(new Set(located.map((c) => c.properties.file))).toEqual(new Set([file]));
  });

  it("reports an unreadable manifest in the comment and as an error on its line", async () => {
    const mock = await startMock(COMPLIANT);
    const broken = edit(COMPLIANT, "  phase: production", "  phase: [production");
    const result = await run(mock, { manifest: broken, inputs: { "fail-on": "never" } });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1); // an unreadable manifest fails whatever fail-on says
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
      "POST issues/create-comment 201",
      "POST graphql SecurityManifestComments 200",
    ]);
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
    expect(result.summary).toContain(`**${WEBSHOP_GAPS.total} open gaps**`);
    expect(result.summary).toContain(`${BLOB}${push.after}/security-manifest.yml#L`);
    expect(result.outputs).toMatchObject({
      gaps: String(WEBSHOP_GAPS.total),
      "new-gaps": String(WEBSHOP_GAPS.total),
      "fixed-gaps": "0",
      "highest-severity": "critical",
    });
    const reportFile = result.outputs.report ?? "";
    expect(path.dirname(reportFile)).toBe(result.runnerTemp);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as {
      summary: { total: number };
      pull_request?: unknown;
    };
    expect(report.summary.total).toBe(WEBSHOP_GAPS.total);
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
    expect(results).toHaveLength(WEBSHOP_GAPS.total);
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
    expect([count("error"), count("warning"), count("notice")]).toEqual(WEBSHOP_GAPS.annotations); // at most ten of each kind
    for (const a of annotations) {
      expect(a.properties.file).toBe("security-manifest.yml");
      expect(Number(a.properties.line)).toBeGreaterThanOrEqual(1);
      expect(a.properties.title).toMatch(/^[A-Z]{2}-\d{3} \((critical|high|medium|low)\)$/);
    }
    expect(result.summary).toContain(`${WEBSHOP_GAPS.unannotated} more gaps are not annotated`);
    const failure = workflowCommands(result.stdout, "error").filter((c) => !c.properties.file);
    expect(failure.map((c) => c.message)).toEqual([
      `${WEBSHOP_GAPS.total} security manifest gap(s) at or above fail-on "high". See the job summary for what is missing and how to fix it.`,
    ]);
  });

  it("passes with fail-on new when the PR adds no gap, and with fail-on never", async () => {
    const mock = await startMock(WEBSHOP, { example: "crafts-webshop" });
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
    expect(unchanged.outputs).toMatchObject({ gaps: String(WEBSHOP_GAPS.total), "new-gaps": "0" });
    expect(onlyComment(mock)).toContain(`**0 new gaps, 0 fixed, ${WEBSHOP_GAPS.total} unchanged**`);

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
    // The base manifest comes with the reviews and comments: that one read fails for good.
    mock.faults.push(
      forbiddenForFork({
        operationId: "graphql",
        operationName: "SecurityManifestPullRequest",
        times: Infinity,
      }),
    );
    const result = await run(mock, {
      manifest: COMPLIANT_MINUS_SECURE_CODING,
      inputs: { "fail-on": "new" },
    });
    expectClean(mock, result);
    expect(result.exitCode).toBe(0);
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        /^Could not read the pull request's reviews, comments and base files \(403\): .*the comment is skipped/,
      ),
      expect.stringContaining("the base manifest could not be read"),
    ]);
    // Not knowing the comments, it writes none (it could duplicate ours).
    expect(trace(mock)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 403",
    ]);
    expect(result.summary).toContain("Aylin Demir (developer): no secure-coding training");
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
  /**
   * The checking run of the pair (its checkout, the PR's head, is what the mock holds at
   * HEAD_SHA), then the publishing workflow's own workspace with the downloaded artifact. The
   * publishing checkout has none of the PR's files: what it judges comes from the API.
   */
  async function checkingRun(mock: MockGitHub): Promise<{ workspace: string; report: string }> {
    const checked = await run(mock, {
      manifest: COMPLIANT_MINUS_SECURE_CODING,
      inputs: { comment: "never" },
    });
    expectClean(mock, checked);
    const report = readFileSync(checked.outputs.report ?? "", "utf8");
    expect(JSON.parse(report).pull_request).toEqual({ number: PR_NUMBER, head_sha: HEAD_SHA });
    const workspace = makeTempDir("publish");
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

  /** What the artifact of an untrusted run may claim: another head, no gaps, a link elsewhere. */
  function forged(report: string): string {
    const data = JSON.parse(report) as Record<string, unknown> & {
      pull_request: { head_sha: string };
      findings: { message: string }[];
    };
    data.pull_request.head_sha = OTHER_SHA;
    data.manifest = "../../../elsewhere.yml";
    data.findings = data.findings.map((f) => ({ ...f, message: "[pwned](https://evil.example)" }));
    data.summary = { total: 0 };
    return JSON.stringify(data);
  }

  it("posts the comment on the PR named in the report, judged anew from the API", async () => {
    const mock = await startMock(COMPLIANT);
    const { workspace, report } = await checkingRun(mock);
    expect(mock.comments).toEqual([]);
    const before = mock.requests.length;
    const result = await publish(mock, workspace, report, HEAD_SHA);
    expectClean(mock, result);
    expect(result.exitCode).toBe(0);
    // The PR, its reviews, comments and head manifest; the head's file list (evidence); the
    // base's manifest; the changed files; then the comment.
    expect(trace(mock, before)).toEqual([
      "GET pulls/list-files 200",
      "POST graphql SecurityManifestPullRequest 200",
      "GET git/get-tree 200",
      "POST graphql SecurityManifestBlobs 200",
      "POST issues/create-comment 201",
      "POST graphql SecurityManifestComments 200",
    ]);
    const [read] = graphql(mock, "SecurityManifestPullRequest").slice(-1);
    expect(variablesOf(read)).toMatchObject({
      number: PR_NUMBER,
      blob0: `${HEAD_SHA}:${MANIFEST}`,
    });
    expect(mock.calls("git/get-tree").map((r) => [r.path, r.query.recursive])).toEqual([
      [`/repos/${OWNER}/${REPO}/git/trees/${HEAD_SHA}`, "1"],
    ]);
    const [blobs] = graphql(mock, "SecurityManifestBlobs");
    expect(variablesOf(blobs)).toMatchObject({
      blob0: `${BASE_SHA}:${MANIFEST}`,
    });

    // The same comment the checking run would have written: the head's gaps, evidence found in
    // the head's tree (the publishing checkout has none of it), lines linked at the head.
    const body = onlyComment(mock);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain("**1 open gap** · 🟠 1 high");
    expect(body).toContain("Aylin Demir (developer): no secure-coding training");
    expect(body).toContain("Training removed: Aylin Demir: secure-coding of 2026-06-30");
    expect(body).toContain(`${BLOB}${HEAD_SHA}/security-manifest.yml#L`);
    // Every evidence file was found (the publishing checkout has none of them).
    expect(
      reportOf(result)
        .findings.map((f) => f.rule)
        .sort(),
    ).toEqual(["TR-003"]);
    expect(result.outputs).toMatchObject({ gaps: "1", "new-gaps": "1" });
    expect(path.dirname(result.outputs.report ?? "")).toBe(result.runnerTemp);
    expect(reportOf(result).pull_request).toEqual({ number: PR_NUMBER, head_sha: HEAD_SHA });
    expect(result.summary).toContain("**1 open gap**");

    // Evidence is looked up in the head's tree: a file missing there is missing.
    mock.setFile(HEAD_SHA, "docs/security/measures/gateway-outbound-only.md", undefined);
    const again = await publish(mock, workspace, report, HEAD_SHA);
    expectClean(mock, again);
    expect(onlyComment(mock)).toContain(
      "Mitigation M-11 (Gateway opens outbound connections only; no listening services on the WAN side) is marked implemented, but its evidence is missing or not in the repository",
    );
  });

  it("reads nothing but the PR number from the report: a forged one gets the same comment", async () => {
    const mock = await startMock(COMPLIANT);
    const { workspace, report } = await checkingRun(mock);
    const honest = await publish(mock, workspace, report, HEAD_SHA);
    expectClean(mock, honest);
    const expected = onlyComment(mock);
    mock.deleteComment(mock.comments[0]?.id ?? 0);

    const result = await publish(mock, workspace, forged(report), HEAD_SHA);
    expectClean(mock, result);
    expect(onlyComment(mock)).toBe(expected);
    expect(expected).not.toContain("evil.example");
    expect(expected).not.toContain("elsewhere");
    expect(reportOf(result).pull_request).toEqual({ number: PR_NUMBER, head_sha: HEAD_SHA });
    expect(warnings(result)).toEqual([]);
  });

  it("posts nothing when the PR's head is no longer the commit the run checked", async () => {
    const mock = await startMock(COMPLIANT); // PR #2's head is HEAD_SHA
    const { workspace, report } = await checkingRun(mock);
    const before = mock.requests.length;
    const result = await publish(mock, workspace, report, OTHER_SHA);
    expectClean(mock, result);
    expect(graphql(mock, "SecurityManifestPullRequest").at(-1)?.status).toBe(200);
    expect(mock.comments).toEqual([]);
    expect(mock.calls("issues/create-comment")).toEqual([]);
    // Nothing of the other commit was listed.
    expect(mock.calls("git/get-tree")).toEqual([]);
    expect(warnings(result)).toEqual([
      expect.stringMatching(/#2, whose head is not the commit the run checked; no comment written/),
    ]);
    expect(trace(mock, before).every((t) => !t.includes("issues/"))).toBe(true);
  });

  it("posts nothing when the report names no pull request", async () => {
    const mock = await startMock(COMPLIANT);
    const { workspace, report } = await checkingRun(mock);
    const before = mock.requests.length;
    const data = JSON.parse(report) as { pull_request?: unknown };
    delete data.pull_request;
    const result = await publish(mock, workspace, JSON.stringify(data), HEAD_SHA);
    expectClean(mock, result);
    expect(result.exitCode).toBe(0);
    expect(warnings(result)).toEqual(["The report names no pull request: nothing to comment on."]);
    expect(mock.requests.slice(before)).toEqual([]);
  });
});

describe("secrets and hostile content", () => {
  it("never prints the token, also with RUNNER_DEBUG set and on API error paths", async () => {
    const mock = await startMock(COMPLIANT);
    mock.faults.push(
      forbiddenForFork({ operationId: "pulls/list-files" }),
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
    // GraphQL authenticates the same way.
    expect(mock.calls("graphql")[0]?.headers.authorization).toMatch(
      /^(token|bearer) \[redacted\]$/i,
    );
    // The error paths really ran: both faults became warnings.
    expect(warnings(result)).toEqual([
      expect.stringMatching(/^Could not list the pull request's changed files \(403\)/),
      expect.stringContaining("pull-requests: write"),
    ]);

    // And when the GraphQL read fails.
    const failing = await startMock(COMPLIANT);
    failing.faults.push(forbiddenForFork({ operationId: "graphql", times: Infinity }));
    const unread = await run(failing, { env: { RUNNER_DEBUG: "1" } });
    expectClean(failing, unread);
    expect(warnings(unread)).toEqual([
      expect.stringMatching(
        /^Could not read the pull request's reviews, comments and base files \(403\)/,
      ),
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
    const mock = await startMock(WEBSHOP.replaceAll("Tobias Brandt", "Someone Else"), {
      example: "crafts-webshop",
    });
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
    // Lines at the head, and removed items at the base: nothing else is ever linked.
    for (const a of anchors)
      expect(a).toMatch(
        new RegExp(`^<a href="${BLOB}(${HEAD_SHA}|${BASE_SHA})/security-manifest\\.yml#L\\d+">$`),
      );
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/@octocat/);
    expect(html).toContain("@\u200Boctocat");
    expect(html).not.toContain("evil.example</a>");

    const gaps = Number(result.outputs.gaps);
    expect(gaps).toBeGreaterThan(20);
    // Every gap row (a row may merge one person's or one rule's gaps) links its lines.
    const rows = html
      .split("<tr>")
      .filter((row) => /<td>(🔴|🟠|🟡|🔵) (critical|high|medium|low)<\/td>/.test(row));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((row) => !row.includes(`href="${BLOB}`))).toEqual([]);
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
    const mock = await startMock(COMPLIANT);
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
