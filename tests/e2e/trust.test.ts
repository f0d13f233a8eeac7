// End-to-end tests of the PR mode's trust model: each scenario is an attack a pull request could
// try on the gate that judges it, run with the committed bundle against the contract-checked
// GitHub mock (REST against the OpenAPI description, GraphQL against GitHub's published schema).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { webhookExample } from "../support/contracts.js";
import {
  type MockGitHub,
  type MockReview,
  type PullFile,
  pullFromEvent,
  startMockGitHub,
} from "../support/github-mock-server.js";
import {
  type ActionRun,
  BASE_SHA,
  exampleManifest,
  HEAD_SHA,
  MANIFEST,
  makeTempDir,
  OWNER,
  PR_NUMBER,
  prepareWorkspace,
  REPO,
  removeTempDirs,
  runActionBundle,
} from "./run-action.js";

const TOKEN = "ghs_trustT0kenThatMustNeverBePrinted0123456789";
const MARKER = `<!-- security-manifest-check:${createHash("sha256").update(MANIFEST).digest("hex").slice(0, 16)} -->`;
const SPONSOR = "ahoffmann-hansen";
const DIRECTOR = "blange-hansen";
const OLD_SHA = "2222222222222222222222222222222222222222";

// ---- manifests ----------------------------------------------------------------------------

function edit(text: string, search: string | RegExp, replacement: string): string {
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`manifest edit did not apply: ${String(search)}`);
  return changed;
}

/** The compliant example; the payloads' PR author Codertocat is its champion Florian Wagner. */
const BASE = exampleManifest("remote-maintenance-portal");
const WITHOUT_PLAN = edit(BASE, /\n {2}plan: docs\/security\/incident-response\.md/, "");
const waiver = (approver: string) =>
  `\nwaivers:\n  - rule: GV-006\n    approved_by: ${approver}\n    reason: The plan is rewritten with the new IT provider.\n    expires: 2027-01-31\n`;
/** The PR deletes the plan and waives the gap itself, typing the sponsor's name. */
const SELF_WAIVED = `${WITHOUT_PLAN}${waiver("Andreas Hoffmann")}`;

// ---- the mock and runs --------------------------------------------------------------------

const mocks: MockGitHub[] = [];
afterEach(async () => {
  await Promise.all(mocks.splice(0).map((m) => m.close()));
});
afterAll(removeTempDirs);

interface Scenario {
  base?: Record<string, string>;
  head?: Record<string, string>;
  files?: PullFile[];
  reviews?: MockReview[];
  headSha?: string;
}

const MANIFEST_CHANGED: PullFile[] = [{ filename: MANIFEST, status: "modified" }];

async function startMock(scenario: Scenario): Promise<MockGitHub> {
  const pull = pullFromEvent(webhookExample("pull_request.opened"));
  const headSha = scenario.headSha ?? HEAD_SHA;
  const mock = await startMockGitHub({
    owner: OWNER,
    repo: REPO,
    pulls: [
      {
        ...pull,
        head: { ...pull.head, sha: headSha },
        files: scenario.files ?? MANIFEST_CHANGED,
        reviews: scenario.reviews ?? [],
      },
    ],
    files: {
      [BASE_SHA]: { [MANIFEST]: BASE, ...scenario.base },
      ...(scenario.head ? { [headSha]: scenario.head } : {}),
    },
  });
  mocks.push(mock);
  return mock;
}

function eventFile(name: "pull_request.opened" | "pull_request_review.submitted"): string {
  const file = path.join(makeTempDir("event"), `${name}.json`);
  writeFileSync(file, JSON.stringify(webhookExample(name)));
  return file;
}

interface RunOptions {
  workspace?: string;
  manifest?: string;
  review?: boolean;
  inputs?: Record<string, string>;
}

/** A pull_request run, or with `review` the pull_request_review run an approval triggers. */
function run(mock: MockGitHub, options: RunOptions = {}): Promise<ActionRun> {
  return runActionBundle({
    eventName: options.review ? "pull_request_review" : "pull_request",
    eventPath: eventFile(options.review ? "pull_request_review.submitted" : "pull_request.opened"),
    workspace: options.workspace ?? prepareWorkspace("remote-maintenance-portal", options.manifest),
    apiUrl: mock.url,
    token: TOKEN,
    inputs: options.inputs,
  });
}

/** Our comment (a bot's, starting with the marker). */
function ourComment(mock: MockGitHub): string {
  const ours = mock.comments.filter((c) => c.user.type === "Bot" && c.body.startsWith(MARKER));
  expect(ours).toHaveLength(1);
  return ours[0]?.body ?? "";
}

function reportOf(result: ActionRun): {
  findings: {
    rule: string;
    status: string;
    severity?: string;
    item?: string;
    pending?: { waiting_for: { login?: string }[] };
  }[];
  changes: { kind: string; approval: { state: string } }[];
  fixed: { rule: string }[];
  no_longer_checked?: { rule: string; because: string }[];
} {
  return JSON.parse(readFileSync(result.outputs.report ?? "", "utf8"));
}

function expectClean(mock: MockGitHub, result: ActionRun): void {
  expect(mock.contractViolations).toEqual([]);
  expect(result.signal).toBeNull();
  expect(result.stderr).toBe("");
}

/** The section of the comment between one "#### " heading and the next. */
function section(body: string, heading: string): string {
  const start = body.indexOf(`#### ${heading}`);
  if (start < 0) throw new Error(`no section "${heading}" in:\n${body}`);
  const end = body.indexOf("\n#### ", start + 1);
  return body.slice(start, end < 0 ? undefined : end);
}

const operations = (mock: MockGitHub) => mock.requests.map((r) => r.operationId);

// ---- scenarios ----------------------------------------------------------------------------

describe("decisions a pull request adds wait for the people who decide", () => {
  it("keeps self-typed waivers pending (fail-on still fails) until the sponsor's approval clears them", async () => {
    const mock = await startMock({});
    const workspace = prepareWorkspace("remote-maintenance-portal", SELF_WAIVED);
    const first = await run(mock, { workspace });
    expectClean(mock, first);
    expect(first.exitCode).toBe(1);
    expect(reportOf(first).findings.find((f) => f.rule === "GV-006")?.status).toBe(
      "pending-approval",
    );
    const body = ourComment(mock);
    // First thing after the title, not collapsed, with who has to approve.
    expect(body.split("\n")[3]).toBe("#### ⚠️ This PR changes security decisions (1)");
    expect(section(body, "⚠️ This PR changes")).toContain(`New waiver for GV-006, until 2027-01-31`);
    expect(section(body, "⚠️ This PR changes")).toContain(
      `waiting for approval by Andreas Hoffmann (@&#8203;${SPONSOR})`,
    );
    expect(body).not.toContain("0 of them high or critical");

    // Approvals that do not count: another manager's, and the sponsor's on an older commit.
    mock.addReview(PR_NUMBER, { user: DIRECTOR, state: "APPROVED" });
    mock.addReview(PR_NUMBER, { user: SPONSOR, state: "APPROVED", commit: OLD_SHA });
    const stale = await run(mock, { workspace, review: true });
    expectClean(mock, stale);
    expect(stale.exitCode).toBe(1);

    // The sponsor approves the current head: a pull_request_review run clears the pending state.
    mock.addReview(PR_NUMBER, { user: SPONSOR, state: "APPROVED" });
    const requestsBefore = mock.requests.length;
    const approved = await run(mock, { workspace, review: true });
    expectClean(mock, approved);
    expect(approved.exitCode).toBe(0);
    expect(reportOf(approved).findings.find((f) => f.rule === "GV-006")?.status).toBe("waived");
    expect(ourComment(mock)).toContain(
      `approved on GitHub by Andreas Hoffmann (@&#8203;${SPONSOR})`,
    );
    // Steady state: changed files, one GraphQL read, one write.
    expect(operations(mock).slice(requestsBefore)).toEqual([
      "pulls/list-files",
      "graphql",
      "issues/update-comment",
    ]);
  });

  it("does not accept a manager the PR appointed, even when that person approves", async () => {
    const head = `${edit(
      WITHOUT_PLAN,
      "\ncomponents:",
      "\n  - name: Eve Mallory\n    github: emallory\n    role: management\n    joined: 2026-11-01\n\ncomponents:",
    )}${waiver("Eve Mallory")}`;
    const mock = await startMock({ reviews: [{ user: "emallory", state: "APPROVED" }] });
    const result = await run(mock, { manifest: head });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1);
    const report = reportOf(result);
    expect(report.findings.find((f) => f.rule === "GV-006")?.status).toBe("new");
    expect(report.changes.map((c) => [c.kind, c.approval.state])).toEqual(
      expect.arrayContaining([
        ["management-added", "not-required"],
        ["waiver-added", "not-management"],
      ]),
    );
    const changes = section(ourComment(mock), "⚠️ This PR changes");
    expect(changes).toContain(
      "Eve Mallory added as management (counts as management only after merge)",
    );
    expect(changes).toContain("Eve Mallory is not management on the base branch");
  });
});

describe("the policy comes from the base", () => {
  const PACK = "security/rules/acme.yml";
  const basePack = readFileSync(
    path.join(REPO_ROOT, "tests/fixtures/packs/org-pack.yml"),
    "utf8",
  ).replace("severity: medium", "severity: critical");
  const weakenedPack = basePack.replace("severity: critical", "severity: low");

  it("judges the PR by the base's pack when the PR weakens it, and lists the change", async () => {
    const mock = await startMock({
      base: { [PACK]: basePack },
      files: [...MANIFEST_CHANGED, { filename: PACK, status: "modified" }],
    });
    const workspace = prepareWorkspace("remote-maintenance-portal");
    mkdirSync(path.join(workspace, "security/rules"), { recursive: true });
    writeFileSync(path.join(workspace, PACK), weakenedPack);
    const result = await run(mock, { workspace, inputs: { rules: "security/rules/*.yml" } });
    expectClean(mock, result);
    expect(result.exitCode).toBe(1);
    const report = reportOf(result);
    const acme = report.findings.filter((f) => f.rule === "ACME-001");
    expect(acme.length).toBeGreaterThan(0);
    expect(JSON.stringify(acme)).toContain('"severity":"critical"');
    expect(section(ourComment(mock), "⚠️ This PR changes")).toContain(
      `Rule pack ${PACK} changed (takes effect after merge; this PR is judged by the base's rules)`,
    );
    // The pack was read at the base in the same GraphQL request as everything else.
    expect(operations(mock)).toEqual([
      "pulls/list-files",
      "graphql",
      "issues/create-comment",
      "graphql",
    ]);
  });
});

describe("every lowered bar is in front of the reviewers", () => {
  const WITH_SHOP = edit(
    BASE,
    "\nthreat_model:",
    '\n  - id: shop\n    name: Spare-parts shop\n    paths: ["services/shop/**"]\n    exposure: internet\n\nthreat_model:',
  );
  const SHOP_OFFLINE = edit(WITH_SHOP, /(id: shop[\s\S]*?exposure: )internet/, "$1offline");

  it("shows gaps that stop applying after a lowered exposure as waiting, then as no longer checked — never fixed", async () => {
    const mock = await startMock({ base: { [MANIFEST]: WITH_SHOP } });
    const workspace = prepareWorkspace("remote-maintenance-portal", SHOP_OFFLINE);
    const first = await run(mock, { workspace });
    expectClean(mock, first);
    expect(first.exitCode).toBe(1);
    expect(reportOf(first).findings.find((f) => f.rule === "TM-004")?.status).toBe(
      "pending-approval",
    );
    expect(section(ourComment(mock), "⚠️ This PR changes")).toContain(
      "Exposure of component shop lowered: internet → offline",
    );

    mock.addReview(PR_NUMBER, { user: DIRECTOR, state: "APPROVED" });
    const approved = await run(mock, { workspace, review: true });
    expectClean(mock, approved);
    // Offline is no way out of threat modelling: the shop now needs its threats as an offline
    // component (TM-005, high for a company with OT/IoT), so the check still fails — on that gap.
    expect(approved.exitCode).toBe(1);
    expect(approved.outputs["fixed-gaps"]).toBe("0");
    const report = reportOf(approved);
    expect(report.fixed).toEqual([]);
    expect(
      report.findings.filter((f) => f.severity === "high" || f.severity === "critical"),
    ).toMatchObject([{ rule: "TM-005", item: "shop", status: "new" }]);
    expect(report.no_longer_checked?.map((f) => f.rule)).toEqual(["TM-004", "RV-003"]);
    const body = ourComment(mock);
    expect(body).toContain("#### No longer checked because of this PR (not fixed) (2)");
    expect(body).not.toContain("Fixed by this change");
  });

  it("lists narrowed component paths with their line", async () => {
    const narrowed = edit(
      BASE,
      'paths: ["services/portal/**"]',
      'paths: ["services/portal/api/**"]',
    );
    const mock = await startMock({});
    const result = await run(mock, { manifest: narrowed });
    expectClean(mock, result);
    expect(section(ourComment(mock), "⚠️ This PR changes")).toMatch(
      /Paths of component portal narrowed: services\/portal\/\\\*\\\* no longer covered — \[line \d+\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/blob\/[0-9a-f]{40}\/security-manifest\.yml#L\d+\)/,
    );
  });

  it("lists trainings the PR author gave themself, with evidence added in the same PR", async () => {
    const evidence = "docs/security/training/2026-11-threat-modelling-wagner.md";
    const head = edit(
      BASE,
      /(github: Codertocat[\s\S]*?trainings:\n)/,
      `$1      - topic: secure-coding\n        date: 2026-11-20\n        evidence: ${evidence}\n`,
    );
    const mock = await startMock({
      files: [...MANIFEST_CHANGED, { filename: evidence, status: "added" }],
    });
    const workspace = prepareWorkspace("remote-maintenance-portal", head);
    writeFileSync(path.join(workspace, evidence), "# Certificate\n");
    const result = await run(mock, { workspace });
    expectClean(mock, result);
    const changes = section(ourComment(mock), "⚠️ This PR changes");
    expect(changes).toContain(
      "The PR author changed their own team entry (Florian Wagner): secure-coding 2026-11-20; evidence of 1 added in this PR",
    );
    expect(changes).toContain(
      "waiting for approval by a security champion or management other than the author",
    );
  });
});

describe("only our comment is ever edited", () => {
  it("leaves a person's comment that carries our marker alone and posts ours beside it", async () => {
    const mock = await startMock({});
    const fake = `${MARKER}\n### 🛡️ Security manifest check\n\n**0 open gaps**\n`;
    const person = mock.seedComment({ issue_number: PR_NUMBER, body: fake, user: "mallory" });
    const result = await run(mock, { manifest: SELF_WAIVED });
    expectClean(mock, result);
    expect(mock.comments).toHaveLength(2);
    expect(mock.comments.find((c) => c.id === person.id)?.body).toBe(fake);
    expect(ourComment(mock)).toContain("New waiver for GV-006");
    expect(operations(mock)).not.toContain("issues/update-comment");
    expect(operations(mock)).not.toContain("issues/delete-comment");
  });
});

describe("fork-safe publishing recomputes instead of trusting the artifact", () => {
  const RUN_HEAD = (webhookExample("workflow_run.completed").workflow_run as { head_sha: string })
    .head_sha;

  /** Every file of the example project at the head commit, the manifest replaced. */
  function headTree(manifest: string): Record<string, string> {
    const root = path.join(REPO_ROOT, "examples/remote-maintenance-portal");
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else
          files[path.relative(root, full).split(path.sep).join("/")] = readFileSync(full, "utf8");
      }
    };
    walk(root);
    return { ...files, [MANIFEST]: manifest };
  }

  async function publish(artifact: unknown): Promise<{ mock: MockGitHub; result: ActionRun }> {
    const mock = await startMock({ headSha: RUN_HEAD, head: headTree(SELF_WAIVED) });
    const workspace = makeTempDir("publish");
    writeFileSync(path.join(workspace, "security-manifest-report.json"), JSON.stringify(artifact));
    const eventPath = path.join(makeTempDir("event"), "workflow_run.json");
    writeFileSync(eventPath, JSON.stringify(webhookExample("workflow_run.completed")));
    const result = await runActionBundle({
      eventName: "workflow_run",
      eventPath,
      workspace,
      apiUrl: mock.url,
      token: TOKEN,
      inputs: { "report-file": "security-manifest-report.json" },
    });
    return { mock, result };
  }

  it("posts the check it computed itself, whatever the forged report says, with links only into this repository", async () => {
    const forged = {
      pull_request: { number: PR_NUMBER, head_sha: RUN_HEAD },
      manifest: "../../../../attacker/repo/blob/main/README.md",
      summary: { total: 0 },
      findings: [],
      message: "0 open gaps",
    };
    const { mock, result } = await publish(forged);
    expectClean(mock, result);
    expect(result.exitCode).toBe(1);
    const body = ourComment(mock);
    expect(body).toContain("New waiver for GV-006");
    expect(body).not.toContain("attacker");
    const links = [...body.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(link).toMatch(
        new RegExp(
          `^https://github\\.com/${OWNER}/${REPO}/blob/(${RUN_HEAD}|${BASE_SHA})/security-manifest\\.yml#L\\d+$`,
        ),
      );
    expect(operations(mock)).toContain("git/get-tree");
  });

  it("still publishes for an honest report with a field longer than the schema allows", async () => {
    const honest = {
      pull_request: { number: PR_NUMBER, head_sha: RUN_HEAD },
      findings: [{ rule: "GV-006", message: "x".repeat(20_000) }],
    };
    const { mock, result } = await publish(honest);
    expectClean(mock, result);
    expect(ourComment(mock)).toContain("New waiver for GV-006");
  });
});

describe("review duties on risky changes", () => {
  it("keeps a change to an internet-facing component pending until a champion other than the author approves", async () => {
    // Aylin Demir is a second champion on the base; the author (Codertocat) is the first.
    const base = edit(
      BASE,
      "github: ademir-hansen\n",
      "github: ademir-hansen\n    security_champion: true\n",
    );
    const files: PullFile[] = [{ filename: "services/portal/src/login.ts", status: "modified" }];
    const mock = await startMock({ base: { [MANIFEST]: base }, files });
    const workspace = prepareWorkspace("remote-maintenance-portal", base);
    const first = await run(mock, { workspace });
    expectClean(mock, first);
    expect(first.exitCode).toBe(1);
    const pending = reportOf(first).findings.find((f) => f.rule === "PR-006");
    expect(pending?.status).toBe("pending-approval");
    expect(pending?.pending?.waiting_for.map((p) => p.login)).toEqual(["ademir-hansen"]);
    expect(ourComment(mock)).toContain(
      `waiting for approval by Aylin Demir (@&#8203;ademir-hansen)`,
    );

    mock.addReview(PR_NUMBER, { user: "ademir-hansen", state: "APPROVED" });
    const approved = await run(mock, { workspace, review: true });
    expectClean(mock, approved);
    expect(reportOf(approved).findings.find((f) => f.rule === "PR-006")).toBeUndefined();
    expect(approved.exitCode).toBe(0);
  });
});
