// The portfolio reader's GraphQL points budget (src/org/rate-budget.ts) against the mock's
// `rateLimit` option: it waits for the reset when the points left cannot pay the next query,
// never waits longer than an hour, and does not need the `rateLimit` field to work at all.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { githubGraphQl } from "../../src/cli/github-graphql-client.js";
import {
  evidenceQuery,
  manifestsQuery,
  repositoriesPage,
} from "../../src/org/portfolio-queries.js";
import {
  type Clock,
  MAX_RATE_WAIT_MS,
  RateBudget,
  rateLimitOf,
} from "../../src/org/rate-budget.js";
import { type PortfolioRun, readPortfolio } from "../../src/org/read-portfolio.js";
import { loadRuleSet, type RuleSet } from "../../src/rules/rule-set.js";
import {
  type MockGitHub,
  type MockRateLimit,
  startMockGitHub,
} from "../support/github-mock-server.js";
import { validateGraphQlQuery } from "../support/graphql-contract.js";
import { BLOB_TEXT_LIMIT, generateOrganisation } from "./generated-organisation.js";

const OWNER = "havel-stadtwerke";
const TODAY = "2026-12-03";
const TOKEN = "ghp_rate_budget_0123456789";
const START = new Date("2026-12-03T09:00:00Z");
const MINUTE = 60_000;
const repos = generateOrganisation(8);

interface FakeClock extends Clock {
  sleeps: number[];
}

/** A clock whose sleep only moves its time on (the mock reads the same time for its resets). */
function fakeClock(): FakeClock {
  let time = START.getTime();
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => new Date(time),
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
  };
}

const mocks: MockGitHub[] = [];
afterEach(async () => {
  await Promise.all(mocks.splice(0).map((m) => m.close()));
});

let ruleSet: RuleSet;
let baseline: PortfolioRun;
beforeAll(async () => {
  ruleSet = await loadRuleSet();
  baseline = (await run(undefined, fakeClock())).result;
  await Promise.all(mocks.splice(0).map((m) => m.close()));
});

/** The CLI's GraphQL transport to the mock, without throttling (the tests drive the budget). */
function transportTo(apiUrl: string) {
  return githubGraphQl({ token: TOKEN, apiUrl, log: () => {}, throttle: false });
}

async function run(rateLimit: MockRateLimit | undefined, clock: FakeClock, dropRateLimit = false) {
  const mock = await startMockGitHub({
    owner: OWNER,
    repo: "x",
    organisation: { login: OWNER, repositories: repos, blobTextLimit: BLOB_TEXT_LIMIT },
    now: clock.now,
    ...(rateLimit ? { rateLimit } : {}),
  });
  mocks.push(mock);
  const transport = transportTo(mock.url);
  const lines: string[] = [];
  const result = await readPortfolio(
    dropRateLimit
      ? async (query) => {
          const answer = await transport(query);
          const data = answer.data as Record<string, unknown> | undefined;
          if (data) delete data.rateLimit;
          return answer;
        }
      : transport,
    {
      owner: OWNER,
      check: { today: TODAY, language: "en", ruleSet },
      clock,
      log: (line) => lines.push(line),
    },
  );
  return { result, lines, mock };
}

describe("the GraphQL points budget of a portfolio run", () => {
  it("waits until resetAt when fewer points remain than the next query costs", async () => {
    const clock = fakeClock();
    const resetAt = new Date(START.getTime() + 20 * MINUTE);
    // Two points: the listing and the manifests; the evidence lookup has to wait for the reset.
    const { result, lines, mock } = await run({ remaining: 2, resetAt, cost: 1 }, clock);
    expect(clock.sleeps).toEqual([20 * MINUTE]);
    expect(lines.join("\n")).toMatch(
      /0 points left, the next query costs about 1: waiting 1200 s for the reset at 2026-12-03T09:20:00Z/,
    );
    expect(result.portfolio).toEqual(baseline.portfolio);
    expect(mock.calls("graphql").map((r) => r.graphqlOperation)).toContain("PortfolioEvidence");
    expect(mock.contractViolations).toEqual([]);
  });

  it("does not wait while the points left pay for the next query", async () => {
    const clock = fakeClock();
    const { result } = await run(
      { remaining: 100, resetAt: new Date(START.getTime() + 5 * MINUTE), cost: 3 },
      clock,
    );
    expect(clock.sleeps).toEqual([]);
    expect(result.cost).toBe(3 * result.requests);
    expect(result.portfolio).toEqual(baseline.portfolio);
  });

  it("waits an hour at most, and then lists what the API refused as unreadable", async () => {
    const clock = fakeClock();
    const resetAt = new Date(START.getTime() + 5 * 60 * MINUTE);
    const { result, lines } = await run({ remaining: 1, resetAt }, clock);
    expect(clock.sleeps).toEqual([MAX_RATE_WAIT_MS]);
    expect(lines.join("\n")).toMatch(/waiting 3600 s for the reset at .* \(capped at one hour\)/);
    // The listing was paid for; every repository's manifest request was refused.
    expect(result.portfolio.repositories).toEqual([]);
    expect(result.portfolio.unreadable.length).toBe(baseline.repositories);
    for (const u of result.portfolio.unreadable) {
      expect(u.reason).toBe("api-error");
      expect(u.message).toMatch(/API rate limit already exceeded/);
    }
  });

  it("works on when the answers carry no rateLimit field", async () => {
    const clock = fakeClock();
    const { result, lines } = await run(
      { remaining: 1000, resetAt: new Date(START.getTime() + MINUTE) },
      clock,
      true,
    );
    expect(clock.sleeps).toEqual([]);
    expect(result.cost).toBe(0);
    expect(lines.filter((l) => l.startsWith("rate limit"))).toEqual([]);
    expect(result.portfolio).toEqual(baseline.portfolio);
  });
});

describe("RateBudget", () => {
  const listing = repositoriesPage(OWNER, null);
  const manifests = manifestsQuery(OWNER, ["a", "b"], "security-manifest.yml");

  it("expects a query to cost what its operation cost last, else the most seen, else 1", () => {
    const budget = new RateBudget(fakeClock());
    expect(budget.expectedCost(manifests)).toBe(1);
    budget.afterAnswer(manifests, {
      rateLimit: { cost: 7, remaining: 50, resetAt: "2026-12-03T10:00:00Z" },
    });
    budget.afterAnswer(listing, {
      rateLimit: { cost: 2, remaining: 48, resetAt: "2026-12-03T10:00:00Z" },
    });
    expect(budget.expectedCost(manifests)).toBe(7);
    expect(budget.expectedCost(listing)).toBe(2);
    expect(budget.expectedCost(evidenceQuery(OWNER, []))).toBe(7);
  });

  it("waits for the operation's own cost: 5 points left do not pay for a query of 7", async () => {
    const clock = fakeClock();
    const budget = new RateBudget(clock);
    budget.afterAnswer(listing, {
      rateLimit: { cost: 2, remaining: 12, resetAt: "2026-12-03T09:01:00Z" },
    });
    budget.afterAnswer(manifests, {
      rateLimit: { cost: 7, remaining: 5, resetAt: "2026-12-03T09:01:00Z" },
    });
    await budget.beforeQuery(listing);
    expect(clock.sleeps).toEqual([]);
    await budget.beforeQuery(manifests);
    expect(clock.sleeps).toEqual([MINUTE]);
  });

  it("does not wait for a reset that has passed or a resetAt that is no date", async () => {
    const clock = fakeClock();
    const budget = new RateBudget(clock);
    budget.afterAnswer(listing, {
      rateLimit: { cost: 1, remaining: 0, resetAt: "2026-12-03T08:00:00Z" },
    });
    await budget.beforeQuery(listing);
    budget.afterAnswer(listing, { rateLimit: { cost: 1, remaining: 0, resetAt: "soon" } });
    await budget.beforeQuery(listing);
    expect(clock.sleeps).toEqual([]);
  });

  it("reads no rateLimit from answers without one or with one of the wrong shape", () => {
    expect(rateLimitOf(undefined)).toBeUndefined();
    expect(rateLimitOf(null)).toBeUndefined();
    expect(rateLimitOf({ rateLimit: null })).toBeUndefined();
    expect(rateLimitOf({ rateLimit: { cost: "1", remaining: 3, resetAt: "x" } })).toBeUndefined();
    expect(
      rateLimitOf({ rateLimit: { cost: 1, remaining: 3, resetAt: "2026-12-03T10:00:00Z" } }),
    ).toEqual({ cost: 1, remaining: 3, resetAt: "2026-12-03T10:00:00Z" });
  });
});

describe("the portfolio queries and GitHub's schema", () => {
  it("ask for rateLimit { cost remaining resetAt } in every query, valid on @octokit/graphql-schema", () => {
    const queries = [
      repositoriesPage(OWNER, null),
      repositoriesPage(OWNER, "Y3Vyc29yOnYyOjE="),
      manifestsQuery(OWNER, ["a", "b", "c"], "security-manifest.yml"),
      evidenceQuery(OWNER, [{ repository: "a", commit: "0".repeat(40), paths: ["docs/x.md"] }]),
    ];
    for (const { query } of queries) {
      expect(validateGraphQlQuery(query)).toEqual([]);
      expect(query).toMatch(/^\s*rateLimit \{ cost remaining resetAt \}$/m);
    }
  });

  it("the mock refuses a query its budget cannot pay with GitHub's RATE_LIMITED error", async () => {
    const clock = fakeClock();
    const mock = await startMockGitHub({
      owner: OWNER,
      repo: "x",
      organisation: { login: OWNER, repositories: repos },
      now: clock.now,
      rateLimit: { remaining: 1, resetAt: new Date(START.getTime() + MINUTE) },
    });
    mocks.push(mock);
    const transport = transportTo(mock.url);
    const first = await transport(repositoriesPage(OWNER, null));
    expect(rateLimitOf(first.data)).toEqual({
      cost: 1,
      remaining: 0,
      resetAt: "2026-12-03T09:01:00Z",
    });
    const refused = await transport(repositoriesPage(OWNER, null));
    expect(refused.errors?.[0]).toMatchObject({ type: "RATE_LIMITED" });
    await clock.sleep(MINUTE);
    const refilled = await transport(repositoriesPage(OWNER, null));
    expect(rateLimitOf(refilled.data)?.remaining).toBe(4999);
  });
});
