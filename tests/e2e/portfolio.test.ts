// End-to-end tests of the Action's portfolio mode (issue 12 item 4, inputs `portfolio` and
// `shard`, outputs `portfolio` and `portfolio-html`): the bundle (action/dist/index.js, built with `npm run build`) runs in a child process
// against the contract-checked mock serving an organisation of 20 generated repositories, and
// must write what `security-manifest org` writes for the same organisation.
import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/cli-io.js";
import { main } from "../../src/cli/main.js";
import { mergePortfolios } from "../../src/org/merge-portfolios.js";
import type { Portfolio } from "../../src/org/portfolio.js";
import { renderPortfolioHtml } from "../../src/org/portfolio-html.js";
import { renderPortfolioMarkdown } from "../../src/org/portfolio-markdown.js";
import { FIXTURES } from "../fixtures/fixtures.js";
import { BLOB_TEXT_LIMIT, generateOrganisation } from "../org/generated-organisation.js";
import { type MockGitHub, startMockGitHub } from "../support/github-mock-server.js";
import {
  type ActionRun,
  BUNDLE,
  eventPath,
  OWNER,
  prepareWorkspace,
  REPO,
  removeTempDirs,
  runActionBundle,
  TODAY,
  workflowCommands,
} from "./run-action.js";

const ORG = "oder-maschinenbau";
const TOKEN = "ghs_portfolioT0kenThatMustNeverBePrinted0123";
// Twenty repositories: without a manifest (3, 13), broken YAML (5), truncated (7), archived (11).
const repos = generateOrganisation(20);

let mock: MockGitHub;
let cliJson: string;
let unsharded: ActionRun;

beforeAll(async () => {
  mock = await startMockGitHub({
    owner: OWNER,
    repo: REPO,
    organisation: { login: ORG, repositories: repos, blobTextLimit: BLOB_TEXT_LIMIT },
  });
  cliJson = await cliOrg();
  unsharded = await portfolioRun({ portfolio: ORG });
}, 120_000);

afterAll(async () => {
  await mock?.close();
  removeTempDirs();
});

/** What `security-manifest org ORG --format FORMAT` prints for the mock's organisation. */
async function cliOrg(extra: string[] = [], cwd = process.cwd(), format = "json"): Promise<string> {
  let stdout = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: () => {},
    isTty: false,
    env: { SM_TOKEN: TOKEN },
    cwd,
    today: TODAY,
  };
  const args = ["org", ORG, "--token-env", "SM_TOKEN", "--api-url", mock.url, "--today", TODAY];
  expect(await main([...args, "--format", format, ...extra], io)).toBe(0);
  return stdout;
}

/** A scheduled run (where `notify: issue`, the default, would write the due-date issue). */
async function portfolioRun(
  inputs: Record<string, string>,
  exitCode = 0,
  // The checkout has a manifest of its own: portfolio mode does not check it.
  workspace = prepareWorkspace("remote-maintenance-portal"),
): Promise<ActionRun> {
  const result = await runActionBundle({
    eventName: "workflow_dispatch",
    eventPath: eventPath("workflow_dispatch"),
    workspace,
    apiUrl: mock.url,
    token: TOKEN,
    inputs,
  });
  expect(result.exitCode, result.stdout + result.stderr).toBe(exitCode);
  // The one place the token may appear: the runner's command that masks it.
  const printed = result.stdout.replace(`::add-mask::${TOKEN}\n`, "");
  expect(printed + result.stderr + result.summary).not.toContain(TOKEN);
  expect(mock.contractViolations).toEqual([]);
  return result;
}

function portfolioOf(run: ActionRun): Portfolio {
  return JSON.parse(readFileSync(run.outputs.portfolio as string, "utf8")) as Portfolio;
}

describe("the Action in portfolio mode (input portfolio)", () => {
  it("writes under RUNNER_TEMP byte for byte the JSON portfolio `security-manifest org` prints", () => {
    const file = unsharded.outputs.portfolio as string;
    expect(file).toBe(path.join(unsharded.runnerTemp, "security-manifest-portfolio.json"));
    expect(readFileSync(file, "utf8")).toBe(cliJson);
    const portfolio = portfolioOf(unsharded);
    expect(portfolio.owner).toBe(ORG);
    expect(portfolio.repositories.length).toBeGreaterThan(10);
    expect(portfolio.without_manifest).toEqual(["service-0003", "service-0013"]);
    expect(portfolio.archived).toEqual(["service-0011"]);
  });

  it("writes under RUNNER_TEMP byte for byte the HTML page `org --format html` prints", async () => {
    const file = unsharded.outputs["portfolio-html"] as string;
    expect(file).toBe(path.join(unsharded.runnerTemp, "security-manifest-portfolio.html"));
    const page = readFileSync(file, "utf8");
    expect(page).toBe(await cliOrg([], process.cwd(), "html"));
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(page).toContain(ORG);
  }, 60_000);

  it("writes the Markdown portfolio as the job summary, and none of a normal run's outputs", () => {
    expect(unsharded.summary).toBe(renderPortfolioMarkdown(portfolioOf(unsharded), "en"));
    expect(unsharded.summary).toContain(`## Security portfolio of ${ORG}`);
    expect(Object.keys(unsharded.outputs).sort()).toEqual(["portfolio", "portfolio-html"]);
    expect(unsharded.stdout).toMatch(/\d+ API requests for 19 repositories: [\d.]+ per repository/);
  });

  it("does not fail for the repositories it cannot read: they are listed", () => {
    const unreadable = portfolioOf(unsharded).unreadable;
    expect(unreadable.map((u) => u.repository)).toEqual(["Service-0007", "service-0005"]);
    expect(unreadable[0]?.reason).toBe("truncated");
    expect(unreadable[1]?.line).toBeGreaterThan(0);
    expect(workflowCommands(unsharded.stdout, "error")).toEqual([]);
  });

  it("runs shards (input shard) whose merged JSON equals the unsharded portfolio", async () => {
    const second = await portfolioRun({ portfolio: ORG, shard: "2/2", language: "de" });
    const first = await portfolioRun({ portfolio: ORG, shard: "1/2" });
    expect(first.outputs.portfolio).toBe(
      path.join(first.runnerTemp, "security-manifest-portfolio-1-of-2.json"),
    );
    const shards = [second, first].map((run) => ({
      file: run.outputs.portfolio as string,
      value: portfolioOf(run),
    }));
    expect(shards.map((s) => (s.value as Portfolio).shard)).toEqual([
      { index: 2, count: 2 },
      { index: 1, count: 2 },
    ]);
    for (const s of shards) expect((s.value as Portfolio).repositories.length).toBeGreaterThan(0);
    expect(JSON.stringify(mergePortfolios(shards))).toBe(JSON.stringify(JSON.parse(cliJson)));
    // `language` applies to the summary, the page (and the checks' messages).
    expect(second.summary).toBe(renderPortfolioMarkdown(portfolioOf(second), "de"));
    expect(second.summary).toContain(`Teil 2 von 2`);
    expect(second.outputs["portfolio-html"]).toBe(
      path.join(second.runnerTemp, "security-manifest-portfolio-2-of-2.html"),
    );
    expect(readFileSync(second.outputs["portfolio-html"] as string, "utf8")).toBe(
      renderPortfolioHtml(portfolioOf(second), "de"),
    );
  }, 120_000);

  it("applies the checkout's rule packs (input rules) to every repository, as org --rules does", async () => {
    const workspace = prepareWorkspace("remote-maintenance-portal");
    cpSync(path.join(FIXTURES, "packs/org-pack.yml"), path.join(workspace, "packs/org-pack.yml"));
    const run = await portfolioRun({ portfolio: ORG, rules: "packs/*.yml" }, 0, workspace);
    const expected = await cliOrg(["--rules", "packs/*.yml"], workspace);
    expect(readFileSync(run.outputs.portfolio as string, "utf8")).toBe(expected);
    // The house rule finds gaps the built-in rules do not: the pack made a difference.
    expect(expected).not.toBe(cliJson);
  }, 120_000);

  it("reads the manifest at the path input manifest names in every repository", async () => {
    const run = await portfolioRun({ portfolio: ORG, manifest: "docs/security-manifest.yml" });
    const portfolio = portfolioOf(run);
    expect(portfolio.manifest_path).toBe("docs/security-manifest.yml");
    expect(portfolio.repositories).toEqual([]);
    expect(portfolio.without_manifest).toHaveLength(19);
    const outside = await portfolioRun({ portfolio: ORG, manifest: "../security-manifest.yml" }, 1);
    expect(workflowCommands(outside.stdout, "error").map((c) => c.message)).toEqual([
      'input manifest must be a path inside each repository in portfolio mode, not "../security-manifest.yml"',
    ]);
  }, 120_000);

  it("fails the step with a clear message for a shard that is not K/N, before any request", async () => {
    const before = mock.requests.length;
    const run = await portfolioRun({ portfolio: ORG, shard: "3/2" }, 1);
    expect(workflowCommands(run.stdout, "error").map((c) => c.message)).toEqual([
      'input shard must be K/N with 1 ≤ K ≤ N ≤ 1000, not "3/2"',
    ]);
    expect(run.outputs).toEqual({});
    const alone = await portfolioRun({ shard: "1/2" }, 1);
    expect(workflowCommands(alone.stdout, "error").map((c) => c.message)).toEqual([
      "input shard needs input portfolio (the organisation)",
    ]);
    const badOwner = await portfolioRun({ portfolio: "-not a login" }, 1);
    expect(workflowCommands(badOwner.stdout, "error").map((c) => c.message)).toEqual([
      'input portfolio must be the login of an organisation or user, not "-not a login"',
    ]);
    expect(mock.requests.length).toBe(before);
  }, 120_000);

  it("fails the step when the organisation cannot be listed at all", async () => {
    const run = await portfolioRun({ portfolio: "no-such-org" }, 1);
    const [error] = workflowCommands(run.stdout, "error");
    expect(error?.message).toMatch(
      /^Security Manifest Check: cannot list the repositories of no-such-org: /,
    );
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe("");
  }, 60_000);

  it("only ever read through GraphQL: no run called a comment, issue or label endpoint", () => {
    const rest = mock.requests.filter((r) => r.operationId !== "graphql");
    expect(rest.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(mock.comments).toEqual([]);
    expect(mock.issues).toEqual([]);
    expect(mock.labels).toEqual([]);
    expect(mock.calls("graphql").length).toBeGreaterThan(0);
  });
});

describe("the bundle's chunks", () => {
  /** The files index.js loads at start: itself and its static imports, transitively. */
  function loadedAtStart(): Map<string, string> {
    const dist = path.dirname(BUNDLE);
    const files = new Map<string, string>();
    const visit = (name: string) => {
      if (files.has(name)) return;
      const code = readFileSync(path.join(dist, name), "utf8");
      files.set(name, code);
      for (const [, target = ""] of code.matchAll(
        /\bimport\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+)?\s*(?:from\s*)?"\.\/([^"]+)"/g,
      ))
        visit(target);
    };
    visit(path.basename(BUNDLE));
    return files;
  }

  it("keep the portfolio code out of what a pull request's run loads: a chunk loaded on demand", () => {
    const atStart = loadedAtStart();
    const carriesPortfolio = (code: string) => code.includes("query PortfolioRepositories");
    expect([...atStart].filter(([, code]) => carriesPortfolio(code))).toEqual([]);
    const onDemand = [...atStart.values()].flatMap((code) =>
      [...code.matchAll(/\bimport\(\s*"\.\/([^"]+)"\s*\)/g)].map(([, target = ""]) => target),
    );
    const portfolioChunk = onDemand.find((name) =>
      readFileSync(path.join(path.dirname(BUNDLE), name), "utf8").includes(
        "security-manifest-portfolio",
      ),
    );
    expect(portfolioChunk).toBeDefined();
    expect(atStart.has(portfolioChunk as string)).toBe(false);
  });
});
