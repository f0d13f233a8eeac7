// A small portfolio for the page tests, as hostile as a merged JSON file may be: repository
// names and parser messages with markup, quotes and ampersands.
import { buildPortfolio, type Portfolio, type PortfolioRow } from "../../src/org/portfolio.js";
import type { Severity } from "../../src/vocabulary/finding.js";

/** A checked repository's row with these open points (status and total follow from them). */
export function row(
  repository: string,
  counts: Partial<Record<Severity, number>>,
  extra: Partial<PortfolioRow> = {},
): PortfolioRow {
  const by_severity = { low: 0, medium: 0, high: 0, critical: 0, ...counts };
  const total = Object.values(by_severity).reduce((a, b) => a + b, 0);
  return {
    repository,
    default_branch: "main",
    commit: "c".repeat(40),
    status: total === 0 ? "ok" : "gaps",
    din_spec_27076: { score: 30 - total, max_score: 42, met: 20, not_met: total },
    gaps: { total, by_severity },
    overdue_decisions: 0,
    last_evaluation: "2026-05-15",
    ...extra,
  };
}

export const HOSTILE_NAME = `<script>alert("x")</script>&'`;
export const HOSTILE_MESSAGE = `unexpected "<img src=x onerror=alert(1)>" & <b>more</b> at 'team'`;

export const portfolio: Portfolio = buildPortfolio({
  owner: "acme-gmbh",
  evaluatedAt: "2026-12-03",
  manifestPath: "security-manifest.yml",
  rows: [
    row("webshop", { critical: 1, high: 2, low: 3 }, { overdue_decisions: 1 }),
    row("portal", {}, { din_spec_27076: null, last_evaluation: null }),
    row(HOSTILE_NAME, { medium: 4 }),
    row("billing", { high: 5 }, { overdue_decisions: 2 }),
    row("Zeiterfassung", { low: 1 }),
  ],
  withoutManifest: ["docs", `a"b&c<d>`],
  unreadable: [
    { repository: "crm", reason: "yaml-syntax", message: HOSTILE_MESSAGE, line: 7 },
    { repository: "huge", reason: "truncated", message: "the API sent it truncated", line: 0 },
  ],
  archived: ["old-site", "<archived>"],
});
