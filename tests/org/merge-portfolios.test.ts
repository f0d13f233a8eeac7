import { describe, expect, it } from "vitest";
import {
  MergeError,
  mergePortfolios,
  portfolioSchemaProblems,
} from "../../src/org/merge-portfolios.js";
import { buildPortfolio, type Portfolio, type PortfolioRow } from "../../src/org/portfolio.js";
import { inShard, parseShard, shardOf } from "../../src/org/shard.js";

const row = (repository: string, high: number): PortfolioRow => ({
  repository,
  default_branch: "main",
  commit: "a".repeat(40),
  status: high > 0 ? "gaps" : "ok",
  din_spec_27076: { score: 3, max_score: 10, met: 3, not_met: 2 },
  gaps: { total: high, by_severity: { low: 0, medium: 0, high, critical: 0 } },
  overdue_decisions: 0,
  last_evaluation: null,
});

const shard = (
  index: number,
  count: number,
  rows: PortfolioRow[],
  extra: Partial<Portfolio> = {},
) => ({
  ...buildPortfolio({
    owner: "acme",
    evaluatedAt: "2026-12-03",
    manifestPath: "security-manifest.yml",
    shard: { index, count },
    rows,
    withoutManifest: [],
    unreadable: [],
    archived: [],
  }),
  ...extra,
});

describe("--shard K/N", () => {
  it("accepts K/N with 1 ≤ K ≤ N and nothing else", () => {
    expect(parseShard("2/5")).toEqual({ index: 2, count: 5 });
    for (const bad of ["0/3", "4/3", "1/0", "a/b", "1/3/4", " 1/3", "01/3", "1/1001"]) {
      expect(parseShard(bad), bad).toBeUndefined();
    }
  });

  it("gives a repository the same share whatever the case of its name or the other repositories", () => {
    expect(shardOf("Service-0007", 4)).toBe(shardOf("service-0007", 4));
    // FNV-1a 32-bit of "service-0007": pinned, so a change of the function shows.
    expect(shardOf("service-0007", 1000)).toBe(755); // 2552333754 mod 1000, plus one
    expect(shardOf("SERVICE-0007", 1000)).toBe(755);
    expect(inShard("x", undefined)).toBe(true);
    const names = Array.from({ length: 300 }, (_, i) => `repo-${i}`);
    const counts = [1, 2, 3].map(
      (k) => names.filter((n) => inShard(n, { index: k, count: 3 })).length,
    );
    expect(counts.reduce((a, b) => a + b)).toBe(300);
    for (const c of counts) expect(c).toBeGreaterThan(70);
  });
});

describe("org merge", () => {
  it("combines shards into one portfolio without a shard, sorted and summed", () => {
    const merged = mergePortfolios([
      { file: "b.json", value: shard(2, 2, [row("zeta", 1), row("Alpha", 0)]) },
      { file: "a.json", value: shard(1, 2, [row("beta", 2)]) },
    ]);
    expect(merged.shard).toBeUndefined();
    expect(merged.repositories.map((r) => r.repository)).toEqual(["Alpha", "beta", "zeta"]);
    expect(merged.summary.gaps_by_severity.high).toBe(3);
    expect(merged.summary.with_gaps).toBe(2);
    expect(portfolioSchemaProblems(merged)).toEqual([]);
  });

  it("refuses shards that do not fit together", () => {
    const one = shard(1, 2, [row("a", 0)]);
    const two = shard(2, 2, [row("b", 0)]);
    const cases: [string, { file: string; value: unknown }[], RegExp][] = [
      ["a missing shard", [{ file: "1.json", value: one }], /shard 2\/2 missing/],
      [
        "a shard twice",
        [
          { file: "1.json", value: one },
          { file: "x.json", value: one },
        ],
        /both shard 1\/2/,
      ],
      [
        "another owner",
        [
          { file: "1.json", value: one },
          { file: "2.json", value: { ...two, owner: "other" } },
        ],
        /owner/,
      ],
      [
        "another date",
        [
          { file: "1.json", value: one },
          { file: "2.json", value: { ...two, evaluated_at: "2026-12-04" } },
        ],
        /evaluated_at/,
      ],
      [
        "another N",
        [
          { file: "1.json", value: one },
          { file: "2.json", value: shard(2, 3, []) },
        ],
        /one of 2/,
      ],
      [
        "a repository twice",
        [
          { file: "1.json", value: one },
          { file: "2.json", value: shard(2, 2, [row("a", 0)]) },
        ],
        /a is in more than one/,
      ],
      ["no shard at all", [{ file: "p.json", value: { ...one, shard: undefined } }], /not a shard/],
      [
        "not a portfolio",
        [{ file: "r.json", value: { tool: {} } }],
        /r\.json is no portfolio report/,
      ],
      ["nothing", [], /no shard reports/],
    ];
    for (const [what, input, message] of cases) {
      expect(() => mergePortfolios(JSON.parse(JSON.stringify(input))), what).toThrow(MergeError);
      expect(() => mergePortfolios(JSON.parse(JSON.stringify(input))), what).toThrow(message);
    }
  });
});
