import { describe, expect, it } from "vitest";
import { buildPortfolio } from "../../src/org/portfolio.js";
import { MARKDOWN_ROW_LIMIT, renderPortfolioMarkdown } from "../../src/org/portfolio-markdown.js";

const portfolio = buildPortfolio({
  owner: "acme",
  evaluatedAt: "2026-12-03",
  manifestPath: "security-manifest.yml",
  rows: [
    {
      repository: "shop_*web*",
      default_branch: "main",
      commit: "b".repeat(40),
      status: "gaps",
      din_spec_27076: { score: 12, max_score: 30, met: 12, not_met: 5 },
      gaps: { total: 4, by_severity: { low: 1, medium: 0, high: 2, critical: 1 } },
      overdue_decisions: 1,
      last_evaluation: "2026-05-20",
    },
  ],
  withoutManifest: ["docs"],
  // A parser message can quote the manifest: it must not become HTML, a link or a mention.
  unreadable: [
    {
      repository: "portal",
      reason: "yaml-syntax",
      message: "unexpected <img src=x onerror=alert(1)> | @admin see https://evil.example",
      line: 7,
    },
  ],
  archived: ["old", "older"],
});

describe("the portfolio job summary (Markdown)", () => {
  it("has one row per repository with score, gaps by severity, overdue decisions and date", () => {
    const md = renderPortfolioMarkdown(portfolio, "en");
    expect(md).toContain(
      "| Repository | Status | DIN SPEC 27076 score | critical | high | medium | low | Overdue decisions | Last evaluation |",
    );
    expect(md).toContain(
      "| shop\\_\\*web\\* | ⚠️ gaps | 12 / 30 | 1 | 2 | 0 | 1 | 1 | 2026-05-20 |",
    );
    expect(md).toContain("2 archived repositories were not checked.");
  });

  it("escapes what comes from outside: no HTML, no table break, no mention, no link", () => {
    const md = renderPortfolioMarkdown(portfolio, "en");
    const line = md.split("\n").find((l) => l.startsWith("| portal")) ?? "";
    expect(line).not.toMatch(/(?<!\\)<img/);
    expect(line).toContain("\\<img");
    expect(line.split(/(?<!\\)\|/)).toHaveLength(5); // three cells: the message's | is escaped
    expect(line).not.toMatch(/@admin/);
    expect(line).not.toContain("https://");
  });

  it("has the same tables in German", () => {
    const en = renderPortfolioMarkdown(portfolio, "en").split("\n");
    const de = renderPortfolioMarkdown(portfolio, "de").split("\n");
    expect(de).toHaveLength(en.length);
    const shape = (lines: string[]) =>
      lines.map((l) => (l.startsWith("|") ? l.split(" | ").length : 0));
    expect(shape(de)).toEqual(shape(en));
    expect(de.join("\n")).toContain("| Repository | Stand | Punktwert DIN SPEC 27076 | kritisch |");
  });

  it("stays within a job summary: the rows beyond the limit are counted, not listed", () => {
    const row = portfolio.repositories[0];
    const many = buildPortfolio({
      owner: "acme",
      evaluatedAt: "2026-12-03",
      manifestPath: "security-manifest.yml",
      rows: Array.from({ length: MARKDOWN_ROW_LIMIT + 5 }, (_, i) => ({
        ...(row as NonNullable<typeof row>),
        repository: `r-${String(i).padStart(5, "0")}`,
      })),
      withoutManifest: [],
      unreadable: [],
      archived: [],
    });
    const md = renderPortfolioMarkdown(many, "en");
    expect(md.match(/^\| r-\d{5} /gm)).toHaveLength(MARKDOWN_ROW_LIMIT);
    expect(md).toContain("… and 5 more; all are in the JSON portfolio.");
  });
});
