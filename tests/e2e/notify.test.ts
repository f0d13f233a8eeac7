// End-to-end tests of the due-date issue (issue 12 item 3, input `notify`): the bundle
// (action/dist/index.js, built with `npm run build`) runs in a child process on `schedule` and
// `workflow_dispatch` events against the GitHub mock, which checks every REST request and
// response against GitHub's OpenAPI description (tests/contracts/github-rest.openapi.json).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { dueDateMarker } from "../../action/due-date-issue.js";
import {
  forbiddenForFork,
  type MockGitHub,
  type StoredIssue,
  startMockGitHub,
} from "../support/github-mock-server.js";
import {
  type ActionRun,
  eventPath,
  HEAD_SHA,
  MANIFEST,
  makeTempDir,
  OWNER,
  prepareWorkspace,
  REPO,
  removeTempDirs,
  runActionBundle,
  workflowCommands,
} from "./run-action.js";

const TOKEN = "ghs_notifyT0kenThatMustNeverBePrinted0123456789";
const MARKER = dueDateMarker(MANIFEST);
const LABEL = "security-manifest";
const BLOB = `https://github.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/${MANIFEST}`;

/**
 * The portal example's state on three days (the date is the Action's `today` input):
 * phishing trainings of six people fall due on 2027-03-07 and pen-test findings are overdue;
 * on 2027-01-20 only one pen-test finding is overdue; on 2026-12-20 nothing is due.
 */
const DUE = "2027-03-01";
const ONE_OVERDUE = "2027-01-20";
const NOTHING_DUE = "2026-12-20";

/**
 * @octokit/webhooks-examples has no `schedule` payload (it is no webhook). This is the minimal
 * event GitHub writes to GITHUB_EVENT_PATH for a scheduled run: the cron expression that fired
 * (`github.event.schedule`).
 */
function schedulePayload(): string {
  const file = path.join(makeTempDir("schedule"), "schedule.json");
  writeFileSync(file, `${JSON.stringify({ schedule: "30 5 * * 1" }, null, 2)}\n`);
  return file;
}

const mocks: MockGitHub[] = [];
afterEach(async () => {
  await Promise.all(mocks.splice(0).map((m) => m.close()));
});
afterAll(removeTempDirs);

async function startMock(): Promise<MockGitHub> {
  const mock = await startMockGitHub({ owner: OWNER, repo: REPO });
  mocks.push(mock);
  return mock;
}

interface RunOptions {
  today: string;
  sha?: string;
  /** The manifest in the checkout (default: the portal example's). */
  manifest?: string;
  /** Default 0 (fail-on is never); an unreadable manifest fails the step. */
  exitCode?: number;
  eventName?: string;
  inputs?: Record<string, string>;
}

async function run(mock: MockGitHub, options: RunOptions): Promise<ActionRun> {
  const eventName = options.eventName ?? "schedule";
  const result = await runActionBundle({
    eventName,
    eventPath:
      eventName === "schedule"
        ? schedulePayload()
        : eventPath(eventName === "push" ? "push" : "workflow_dispatch"),
    workspace: prepareWorkspace("remote-maintenance-portal", options.manifest),
    apiUrl: mock.url,
    token: TOKEN,
    sha: options.sha ?? HEAD_SHA,
    inputs: { today: options.today, "fail-on": "never", ...options.inputs },
  });
  expect(result.exitCode, result.stdout + result.stderr).toBe(options.exitCode ?? 0);
  expect(mock.contractViolations).toEqual([]);
  expect(JSON.stringify([mock.requests, mock.contractViolations])).not.toContain(TOKEN);
  return result;
}

/** The writes (non-GET requests) from request `from` on, as "operation status". */
function writes(mock: MockGitHub, from = 0): string[] {
  return mock.requests
    .slice(from)
    .filter((r) => r.method !== "GET")
    .map((r) => `${r.operationId} ${r.status}`);
}

function ours(mock: MockGitHub): StoredIssue[] {
  return mock.issues.filter((i) => i.body?.startsWith(MARKER));
}

describe("due-date issue on scheduled runs (notify: issue)", () => {
  it("creates the issue and its label once; a second run with the same state writes nothing", async () => {
    const mock = await startMock();
    const first = await run(mock, { today: DUE });
    expect(writes(mock)).toEqual(["issues/create-label 201", "issues/create 201"]);
    expect(mock.labels.map((l) => l.name)).toEqual([LABEL]);
    const [issue] = mock.issues;
    expect(mock.issues).toHaveLength(1);
    expect(issue?.state).toBe("open");
    expect(issue?.labels).toEqual([LABEL]);
    expect(issue?.title).toBe(`Security manifest: due dates (${MANIFEST})`);
    expect(issue?.body?.startsWith(`${MARKER}\n`)).toBe(true);
    expect(issue?.body).toContain("### Overdue (");
    expect(issue?.body).toContain("### Falls due within 30 days (6)");
    expect(issue?.body).toMatch(
      /\| 2027-03-07 \| Phishing training of Stefan Richter `TR-002` \| Stefan Richter \(`srichter-hansen`\) \| \[line \d+\]\(/,
    );
    expect(issue?.body).toContain(`](${BLOB}#L`);
    expect(first.stdout).toContain(`Due-date issue #${issue?.number}: created.`);
    // The search covers open and closed issues with the label.
    const [list] = mock.calls("issues/list-for-repo");
    expect(list?.query).toMatchObject({ state: "all", labels: LABEL });

    const before = mock.requests.length;
    const second = await run(mock, { today: DUE });
    expect(writes(mock, before)).toEqual([]);
    expect(second.stdout).toContain(`Due-date issue #${issue?.number}: unchanged.`);
    expect(mock.issues).toHaveLength(1);
  });

  it("writes nothing the next day or after a new commit while the same things are due", async () => {
    const mock = await startMock();
    await run(mock, { today: DUE });
    const body = mock.issues[0]?.body;
    const before = mock.requests.length;
    // The budget gap's message counts back from today and the links name the commit: both
    // differ, what is due does not.
    await run(mock, { today: "2027-03-02", sha: "2".repeat(40) });
    expect(writes(mock, before)).toEqual([]);
    expect(mock.issues[0]?.body).toBe(body);
  });

  it("updates the issue in place when what is due changes", async () => {
    const mock = await startMock();
    await run(mock, { today: DUE });
    const number = mock.issues[0]?.number;
    const before = mock.requests.length;
    await run(mock, { today: ONE_OVERDUE });
    expect(writes(mock, before)).toEqual(["issues/update 200"]);
    const update = mock.calls("issues/update").at(-1);
    expect(update?.path).toBe(`/repos/${OWNER}/${REPO}/issues/${number}`);
    // Only the body: the issue stays open, no label call again.
    expect(Object.keys(update?.body as object)).toEqual(["body"]);
    expect(mock.issues).toHaveLength(1);
    expect(mock.issues[0]?.body).toContain("PT-2026-08");
    expect(mock.issues[0]?.body).not.toContain("Phishing training");
    expect(mock.issues[0]?.body).not.toContain("### Falls due");
  });

  it("closes the issue with a comment when nothing is due, and reopens it when something is again", async () => {
    const mock = await startMock();
    await run(mock, { today: DUE });
    const number = mock.issues[0]?.number;

    let before = mock.requests.length;
    const closing = await run(mock, { today: NOTHING_DUE });
    expect(writes(mock, before)).toEqual(["issues/create-comment 201", "issues/update 200"]);
    expect(closing.stdout).toContain(`Due-date issue #${number}: closed.`);
    expect(mock.issues[0]?.state).toBe("closed");
    expect(mock.issues[0]?.state_reason).toBe("completed");
    expect(mock.issues[0]?.body).toContain("Nothing is overdue or falls due within 30 days.");
    const comment = mock.comments.find((c) => c.issue_number === number);
    expect(comment?.body).toMatch(/^Nothing due:/);

    before = mock.requests.length;
    await run(mock, { today: NOTHING_DUE });
    expect(writes(mock, before)).toEqual([]);

    before = mock.requests.length;
    const reopening = await run(mock, { today: DUE });
    expect(writes(mock, before)).toEqual(["issues/update 200", "issues/create-comment 201"]);
    expect(reopening.stdout).toContain(`Due-date issue #${number}: reopened.`);
    expect(mock.issues).toHaveLength(1);
    expect(mock.issues[0]?.number).toBe(number);
    expect(mock.issues[0]?.state).toBe("open");
    expect(mock.issues[0]?.body).toContain("Phishing training of Stefan Richter");
  });

  it("reuses a closed issue found by its marker beyond the first page, never opening a second one", async () => {
    const mock = await startMock();
    // 120 other issues with the label (two pages of 100), then ours, closed long ago.
    for (let i = 0; i < 120; i++)
      mock.seedIssue({ title: `Other ${i}`, body: `Something else ${i}`, labels: [LABEL] });
    const closed = mock.seedIssue({
      title: "Security manifest: due dates (security-manifest.yml)",
      body: `${MARKER}\nold text`,
      labels: [LABEL],
      state: "closed",
    });
    // A person's issue carrying the marker is never taken over.
    const forged = mock.seedIssue({
      title: "not yours",
      body: `${MARKER}\nplease edit me`,
      labels: [LABEL],
      user: "mallory",
    });
    const count = mock.issues.length;

    await run(mock, { today: DUE });
    expect(mock.calls("issues/list-for-repo").length).toBeGreaterThanOrEqual(2);
    expect(writes(mock)).toEqual(["issues/update 200", "issues/create-comment 201"]);
    expect(mock.issues).toHaveLength(count);
    expect(closed.state).toBe("open");
    expect(closed.body).toContain("Phishing training of Stefan Richter");
    expect(forged.body).toBe(`${MARKER}\nplease edit me`);
    expect(ours(mock).filter((i) => i.user.type === "Bot")).toEqual([closed]);
  });

  it("finds the issue a personal token wrote (its owner has write access)", async () => {
    const mock = await startMock();
    const own = mock.seedIssue({ body: `${MARKER}\nold`, labels: [LABEL], user: OWNER });
    await run(mock, { today: DUE });
    expect(writes(mock)).toEqual(["issues/update 200"]);
    expect(mock.issues).toEqual([own]);
    expect(own.body).toContain("Phishing training of Stefan Richter");
  });

  it("keeps the oldest of twins that concurrent runs opened and closes the others", async () => {
    const mock = await startMock();
    const older = mock.seedIssue({ body: `${MARKER}\nfirst`, labels: [LABEL] });
    const newer = mock.seedIssue({ body: `${MARKER}\nsecond`, labels: [LABEL] });
    await run(mock, { today: DUE });
    expect(writes(mock)).toEqual(["issues/update 200", "issues/update 200"]);
    expect(newer).toMatchObject({ state: "closed", state_reason: "not_planned" });
    expect(newer.body).toBe(`${MARKER}\nsecond`);
    expect(older.state).toBe("open");
    expect(older.body).toContain("Phishing training of Stefan Richter");
    expect(mock.issues).toHaveLength(2);
  });

  it("writes nothing when nothing is due and there is no issue", async () => {
    const mock = await startMock();
    const result = await run(mock, { today: NOTHING_DUE });
    expect(writes(mock)).toEqual([]);
    expect(mock.issues).toEqual([]);
    expect(result.stdout).toContain("Due-date issue: nothing-due.");
  });

  it("uses an existing label and keeps the issue on workflow_dispatch too, in German", async () => {
    const mock = await startMock();
    mock.seedLabel(LABEL);
    await run(mock, { today: DUE, eventName: "workflow_dispatch", inputs: { language: "de" } });
    expect(writes(mock)).toEqual(["issues/create 201"]);
    expect(mock.issues[0]?.title).toBe(`Sicherheitsmanifest: Fälligkeiten (${MANIFEST})`);
    expect(mock.issues[0]?.body).toContain("Phishing-Schulung von Stefan Richter");

    // Switched to English: title and body are rewritten, in place.
    const before = mock.requests.length;
    await run(mock, { today: DUE, eventName: "workflow_dispatch" });
    expect(writes(mock, before)).toEqual(["issues/update 200"]);
    expect(Object.keys(mock.calls("issues/update")[0]?.body as object).sort()).toEqual([
      "body",
      "title",
    ]);
    expect(mock.issues[0]?.title).toBe(`Security manifest: due dates (${MANIFEST})`);
    expect(mock.issues).toHaveLength(1);
  });

  it("makes no issue call with notify: never, nor on other events", async () => {
    const mock = await startMock();
    await run(mock, { today: DUE, inputs: { notify: "never" } });
    await run(mock, { today: DUE, eventName: "push" });
    expect(mock.requests.filter((r) => r.operationId?.startsWith("issues/"))).toEqual([]);
    expect(mock.issues).toEqual([]);
  });

  it("leaves the issue as it is when the manifest cannot be read", async () => {
    const mock = await startMock();
    await run(mock, { today: DUE });
    const before = mock.requests.length;
    const result = await run(mock, {
      today: NOTHING_DUE,
      manifest: "team: [unclosed\n",
      exitCode: 1,
    });
    expect(mock.requests.slice(before)).toEqual([]);
    expect(mock.issues[0]?.state).toBe("open");
    const warnings = workflowCommands(result.stdout, "warning").map((w) => w.message);
    expect(warnings).toContain(
      `${MANIFEST} could not be read: the due-date issue is left as it is.`,
    );
  });

  it("turns a missing issues permission into a warning, never a failed run", async () => {
    const mock = await startMock();
    mock.seedLabel(LABEL);
    mock.faults.push(forbiddenForFork({ operationId: "issues/create", times: Infinity }));
    const result = await run(mock, { today: DUE });
    const warnings = workflowCommands(result.stdout, "warning").map((w) => w.message);
    expect(warnings.some((w) => w.includes("`issues: write`"))).toBe(true);
    expect(mock.issues).toEqual([]);
  });

  it("rejects an unknown notify value naming the input", async () => {
    const mock = await startMock();
    const result = await runActionBundle({
      eventName: "schedule",
      eventPath: schedulePayload(),
      workspace: prepareWorkspace("remote-maintenance-portal"),
      apiUrl: mock.url,
      token: TOKEN,
      sha: HEAD_SHA,
      inputs: { today: DUE, notify: "always" },
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('input notify must be issue or never, not "always"');
    expect(mock.requests).toEqual([]);
  });
});
