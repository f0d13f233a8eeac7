// A repository's row of the portfolio, from the engine's report of its manifest.
import { isIsoDate } from "../manifest/iso-date.js";
import type { Report } from "../report/report.js";
import { isOpen } from "../vocabulary/finding.js";
import type { PortfolioRow, UnreadableRepository } from "./portfolio.js";

/**
 * Rules whose gap is a decision that ran out: an expired waiver (GV-012) and an expired risk
 * acceptance (RK-005). Management has to decide again, so the portfolio counts them apart.
 */
export const OVERDUE_DECISION_RULES: ReadonlySet<string> = new Set(["GV-012", "RK-005"]);

export interface RepositoryAt {
  repository: string;
  defaultBranch: string;
  commit: string;
}

/** The row of a readable report, or the unreadable entry of one that is not. */
export function portfolioEntry(
  at: RepositoryAt,
  report: Report,
  manifest: unknown,
): { row: PortfolioRow } | { unreadable: UnreadableRepository } {
  const problem = report.errors[0];
  if (report.status === "unreadable" || problem) {
    return {
      unreadable: {
        repository: at.repository,
        reason: problem?.code ?? "unreadable",
        message: problem?.message ?? "the manifest could not be read",
        line: problem?.line ?? 0,
      },
    };
  }
  const din = report.din_spec_27076;
  return {
    row: {
      repository: at.repository,
      default_branch: at.defaultBranch,
      commit: at.commit,
      status: report.status === "ok" ? "ok" : "gaps",
      din_spec_27076: din
        ? { score: din.score, max_score: din.max_score, met: din.met, not_met: din.not_met }
        : null,
      gaps: { total: report.summary.total, by_severity: { ...report.summary.by_severity } },
      // The findings list is cut only beyond the schema's 10,000 entries, most severe kept.
      overdue_decisions: report.findings.filter(
        (f) => isOpen(f) && OVERDUE_DECISION_RULES.has(f.rule),
      ).length,
      last_evaluation: lastEvaluation(manifest),
    },
  };
}

function lastEvaluation(manifest: unknown): string | null {
  if (!manifest || typeof manifest !== "object") return null;
  const evaluation = (manifest as Record<string, unknown>).evaluation;
  if (!evaluation || typeof evaluation !== "object") return null;
  const last = (evaluation as Record<string, unknown>).last;
  return isIsoDate(last) ? last : null;
}
