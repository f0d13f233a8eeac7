// What the portfolio does when the API fails it: a failed batch makes its repositories
// unreadable (never the whole portfolio wrong or lost); an owner that cannot be listed is an error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { githubGraphQl } from "../../src/cli/github-graphql-client.js";
import {
  type GraphQlTransport,
  PortfolioError,
  readPortfolio,
} from "../../src/org/read-portfolio.js";
import { loadRuleSet, type RuleSet } from "../../src/rules/rule-set.js";
import { type MockGitHub, startMockGitHub } from "../support/github-mock-server.js";
import { BLOB_TEXT_LIMIT, generateOrganisation } from "./generated-organisation.js";

const OWNER = "elbe-logistik";
const TODAY = "2026-12-03";
let mock: MockGitHub;
let transport: GraphQlTransport;
let ruleSet: RuleSet;

beforeAll(async () => {
  mock = await startMockGitHub({
    owner: OWNER,
    repo: "x",
    organisation: {
      login: OWNER,
      repositories: generateOrganisation(12),
      blobTextLimit: BLOB_TEXT_LIMIT,
    },
  });
  transport = githubGraphQl({
    token: "ghp_failures_0123456789",
    apiUrl: mock.url,
    log: () => {},
    throttle: false,
  });
  ruleSet = await loadRuleSet();
});

afterAll(async () => {
  await mock?.close();
});

const read = (t: GraphQlTransport, owner = OWNER) =>
  readPortfolio(t, { owner, check: { today: TODAY, language: "en", ruleSet } });

describe("API failures while reading a portfolio", () => {
  it("lists the repositories of a failed evidence lookup as unreadable, not with wrong gaps", async () => {
    const failing: GraphQlTransport = async (q) => {
      if (q.query.includes("PortfolioEvidence")) {
        throw Object.assign(new Error("Bad gateway"), { status: 502 });
      }
      return transport(q);
    };
    const run = await read(failing);
    expect(run.portfolio.repositories).toEqual([]);
    const failed = run.portfolio.unreadable.filter((u) => u.reason === "api-error");
    expect(failed).toHaveLength(8);
    for (const u of failed) expect(u.message).toBe("GitHub API 502: Bad gateway");
    // The repositories the API answered for are still there as they are.
    expect(run.portfolio.without_manifest).toEqual(["service-0003"]);
  });

  it("lists a failed manifest batch as unreadable and goes on with the next batch", async () => {
    let first = true;
    const failing: GraphQlTransport = async (q) => {
      if (q.query.includes("PortfolioManifests") && first) {
        first = false;
        throw Object.assign(new Error("Server Error"), { status: 500 });
      }
      return transport(q);
    };
    const run = await readPortfolio(failing, {
      owner: OWNER,
      check: { today: TODAY, language: "en", ruleSet },
      manifestBatch: 6,
    });
    expect(run.portfolio.unreadable.filter((u) => u.reason === "api-error")).toHaveLength(6);
    expect(run.portfolio.repositories.length).toBeGreaterThan(0);
  });

  it("fails as a whole only when the owner cannot be listed", async () => {
    await expect(read(transport, "no-such-owner")).rejects.toThrow(PortfolioError);
    await expect(read(transport, "no-such-owner")).rejects.toThrow(
      /cannot list the repositories of no-such-owner/,
    );
  });

  it("fails as a whole, with the API's answer, when the listing request itself fails", async () => {
    const refused: GraphQlTransport = async (q) => {
      if (q.query.includes("PortfolioRepositories")) {
        throw Object.assign(new Error("Bad credentials"), { status: 401 });
      }
      return transport(q);
    };
    await expect(read(refused)).rejects.toThrow(
      new PortfolioError(
        `cannot list the repositories of ${OWNER}: GitHub API 401: Bad credentials`,
      ),
    );
  });

  it("never puts a value from outside into the query text (names and paths are variables)", () => {
    const texts = mock.calls("graphql").map((r) => (r.body as { query: string }).query);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).not.toMatch(/service-\d{4}|docs\/|security-manifest\.yml|elbe-logistik/);
    }
    expect(mock.contractViolations).toEqual([]);
  });
});
