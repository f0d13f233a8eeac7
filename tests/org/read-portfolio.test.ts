import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkManifestText } from "../../src/check-manifest.js";
import { githubGraphQl } from "../../src/cli/github-graphql-client.js";
import { mergePortfolios, portfolioSchemaProblems } from "../../src/org/merge-portfolios.js";
import { manifestsQuery } from "../../src/org/portfolio-queries.js";
import { OVERDUE_DECISION_RULES } from "../../src/org/portfolio-row.js";
import {
  type GraphQlTransport,
  type PortfolioRun,
  readPortfolio,
} from "../../src/org/read-portfolio.js";
import { loadRuleSet, type RuleSet } from "../../src/rules/rule-set.js";
import { isOpen } from "../../src/vocabulary/finding.js";
import { type MockGitHub, startMockGitHub } from "../support/github-mock-server.js";
import { orgCommitSha } from "../support/github-organisation.js";
import {
  BLOB_TEXT_LIMIT,
  type GeneratedRepository,
  generateOrganisation,
  MANIFEST,
} from "./generated-organisation.js";

const OWNER = "acme-gmbh";
const TODAY = "2026-12-03";
const TOKEN = "ghp_mocktoken_portfolio_0123456789";
const SIZE = 1000;

let mock: MockGitHub;
let transport: GraphQlTransport;
let ruleSet: RuleSet;
let run: PortfolioRun;
const repos: GeneratedRepository[] = generateOrganisation(SIZE);

beforeAll(async () => {
  mock = await startMockGitHub({
    owner: OWNER,
    repo: "not-in-the-portfolio",
    organisation: { login: OWNER, repositories: repos, blobTextLimit: BLOB_TEXT_LIMIT },
  });
  transport = githubGraphQl({ token: TOKEN, apiUrl: mock.url, log: () => {}, throttle: false });
  ruleSet = await loadRuleSet();
  run = await readPortfolio(transport, {
    owner: OWNER,
    check: { today: TODAY, language: "en", ruleSet },
  });
}, 600_000);

afterAll(async () => {
  await mock?.close();
});

const named = (variant: GeneratedRepository["variant"]) =>
  repos.filter((r) => r.variant === variant).map((r) => r.name);

describe("the portfolio of an organisation of 1,000 generated repositories", () => {
  it("speaks only GitHub's GraphQL schema (every query validated and executed on it)", () => {
    expect(mock.contractViolations).toEqual([]);
    expect(mock.calls("graphql").length).toBe(run.requests);
  });

  it("needs fewer than 0.2 API requests per repository (batched)", () => {
    const perRepository = run.requests / SIZE;
    console.log(
      `portfolio of ${SIZE} repositories: ${run.requests} requests, ${perRepository.toFixed(3)} per repository, cost ${run.cost}`,
    );
    const byOperation = new Map<string, number>();
    for (const r of mock.calls("graphql")) {
      const op = r.graphqlOperation ?? "?";
      byOperation.set(op, (byOperation.get(op) ?? 0) + 1);
    }
    console.log([...byOperation].map(([op, n]) => `${op}: ${n}`).join(", "));
    expect(perRepository).toBeLessThan(0.2);
  });

  it("lists repositories without a manifest, empty ones included, and skips archived ones", () => {
    const { portfolio } = run;
    expect(portfolio.without_manifest).toEqual([...named("no-manifest"), ...named("empty")].sort());
    expect(portfolio.archived).toEqual(named("archived").sort());
    expect(portfolio.summary.archived).toBe(named("archived").length);
    expect(portfolio.summary.repositories).toBe(SIZE - named("archived").length);
  });

  it("lists unreadable repositories with their reason and never fails for them", () => {
    const { portfolio } = run;
    const broken = portfolio.unreadable.filter((u) => named("broken").includes(u.repository));
    const truncated = portfolio.unreadable.filter((u) => named("truncated").includes(u.repository));
    expect(broken.map((u) => u.repository)).toEqual(named("broken").sort());
    for (const u of broken) expect(u.line).toBeGreaterThan(0);
    expect(truncated.map((u) => [u.repository, u.reason])).toEqual(
      named("truncated")
        .sort()
        .map((n) => [n, "truncated"]),
    );
    expect(portfolio.unreadable).toHaveLength(broken.length + truncated.length);
    expect(portfolio.repositories.map((r) => r.repository)).toEqual(named("checked").sort());
  });

  it("gives each repository the counts a direct check of the same manifest and files gives", () => {
    const rows = new Map(run.portfolio.repositories.map((r) => [r.repository, r]));
    let overdue = 0;
    const totals = new Set<number>();
    for (const repo of repos.filter((r) => r.variant === "checked")) {
      const files = repo.files as Record<string, string>;
      const report = checkManifestText(MANIFEST, files[MANIFEST] as string, {
        today: TODAY,
        language: "en",
        ruleSet,
        evidenceExists: (p) => Object.hasOwn(files, p),
      });
      const row = rows.get(repo.name);
      expect(row, repo.name).toBeDefined();
      expect(row?.gaps.by_severity, repo.name).toEqual(report.summary.by_severity);
      expect(row?.gaps.total).toBe(report.summary.total);
      expect(row?.din_spec_27076?.score, repo.name).toBe(report.din_spec_27076?.score);
      const expired = report.findings.filter(
        (f) => isOpen(f) && OVERDUE_DECISION_RULES.has(f.rule),
      );
      expect(row?.overdue_decisions, repo.name).toBe(expired.length);
      expect(row?.commit).toBe(orgCommitSha(repo.name));
      overdue += expired.length;
      totals.add(report.summary.total);
    }
    // The edits make a difference the portfolio has to see: not one count for all.
    expect(overdue).toBeGreaterThan(0);
    expect(totals.size).toBeGreaterThan(4);
    expect(run.portfolio.summary.overdue_decisions).toBe(overdue);
  }, 600_000);

  it("reports the last evaluation date where the manifest has one", () => {
    const withDate = run.portfolio.repositories.filter((r) => r.last_evaluation !== null);
    expect(withDate.length).toBeGreaterThan(0);
    expect(withDate.length).toBeLessThan(run.portfolio.repositories.length);
    for (const r of withDate) expect(r.last_evaluation).toMatch(/^2026-\d\d-15$/);
  });
});

describe("sharded runs (--shard K/3) and org merge", () => {
  let shards: PortfolioRun[] = [];
  beforeAll(async () => {
    shards = [];
    for (const index of [3, 1, 2]) {
      shards.push(
        await readPortfolio(transport, {
          owner: OWNER,
          shard: { index, count: 3 },
          check: { today: TODAY, language: "en", ruleSet },
        }),
      );
    }
  }, 600_000);

  it("writes portfolios that validate against schema/portfolio.schema.json", () => {
    expect(portfolioSchemaProblems(run.portfolio)).toEqual([]);
    for (const s of shards) expect(portfolioSchemaProblems(s.portfolio)).toEqual([]);
    expect(run.portfolio.shard).toBeUndefined();
  });

  it("splits the repositories into disjoint shares of similar size", () => {
    const sizes = shards.map((s) => s.repositories);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(run.repositories);
    for (const n of sizes) expect(n).toBeGreaterThan(run.repositories / 3 - 60);
  });

  it("merges into exactly the unsharded portfolio, whatever the order of the files", () => {
    const merged = mergePortfolios(
      shards.map((s, i) => ({
        file: `shard-${i}.json`,
        value: JSON.parse(JSON.stringify(s.portfolio)),
      })),
    );
    expect(merged).toEqual(run.portfolio);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(run.portfolio));
    const perRepository = shards.map((s) => (s.requests / Math.max(1, s.repositories)).toFixed(3));
    console.log(
      `shards of 3: ${shards.map((s) => s.requests).join(" + ")} requests; per repository of each share: ${perRepository.join(", ")}`,
    );
  });
});

describe("the mock's GraphQL contract for the portfolio queries", () => {
  it("rejects a query that asks for a field GitHub does not have", async () => {
    const before = mock.contractViolations.length;
    const query = manifestsQuery(OWNER, ["service-0001"], MANIFEST);
    await transport({ ...query, query: query.query.replace("isTruncated", "isTrunkated") });
    expect(mock.contractViolations.slice(before).join("\n")).toMatch(/isTrunkated/);
    mock.contractViolations.splice(before);
  });

  it("turns a repository that vanished between listing and reading into an unreadable entry", async () => {
    // The listing names a repository the manifest query then cannot resolve (NOT_FOUND).
    const vanishing: GraphQlTransport = (q) =>
      q.query.includes("PortfolioManifests")
        ? transport({ ...q, variables: { ...q.variables, n2: "deleted-meanwhile" } })
        : transport(q);
    const small = await readPortfolio(vanishing, {
      owner: OWNER,
      check: { today: TODAY, language: "en", ruleSet },
      manifestBatch: 5,
      shard: { index: 1, count: 100 },
    });
    const gone = small.portfolio.unreadable.filter((u) => u.reason === "api-error");
    // One per batch of five that has a third repository (alias r2).
    const batches = Math.floor(small.repositories / 5) + (small.repositories % 5 >= 3 ? 1 : 0);
    expect(batches).toBeGreaterThan(0);
    expect(gone).toHaveLength(batches);
    for (const u of gone) expect(u.message).toMatch(/deleted-meanwhile/);
    expect(small.portfolio.repositories.length).toBeGreaterThan(0);
  }, 120_000);
});
