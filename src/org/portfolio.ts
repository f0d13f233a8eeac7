// The portfolio of an organisation: one row per repository checked, and the repositories that
// could not be (no manifest, unreadable, archived). Its JSON is schema/portfolio.schema.json.
import { TOOL } from "../report/report.js";
import { compareCodePoints } from "../vocabulary/code-point-order.js";
import { SEVERITIES, type Severity } from "../vocabulary/finding.js";

/** One repository whose manifest was checked. */
export interface PortfolioRow {
  repository: string;
  default_branch: string;
  /** The commit of the default branch the manifest and evidence were read at. */
  commit: string;
  /** The report's verdict: the manifest was read, so `ok` or `gaps`. */
  status: "ok" | "gaps";
  /** The DIN SPEC 27076 status value (null when the rule set carries no catalogue). */
  din_spec_27076: { score: number; max_score: number; met: number; not_met: number } | null;
  gaps: { total: number; by_severity: Record<Severity, number> };
  /** Open gaps of expired waivers and risk acceptances: decisions management owes. */
  overdue_decisions: number;
  /** `evaluation.last` of the manifest when it is a date, else null. */
  last_evaluation: string | null;
}

/** A repository whose manifest could not be checked, and why (one never fails the portfolio). */
export interface UnreadableRepository {
  repository: string;
  /** A stable code: `truncated`, `too-large`, `binary`, `api-error`, or the parser's code. */
  reason: string;
  message: string;
  /** Where in the manifest, when the parser could say (0 otherwise). */
  line: number;
}

export interface PortfolioShard {
  index: number;
  count: number;
}

export interface Portfolio {
  tool: { name: string; version: string };
  owner: string;
  evaluated_at: string;
  manifest_path: string;
  /** Present on a shard's report only; a merged or unsharded portfolio has none. */
  shard?: PortfolioShard;
  summary: PortfolioSummary;
  repositories: PortfolioRow[];
  without_manifest: string[];
  unreadable: UnreadableRepository[];
  /** Archived repositories are not checked: nobody changes them any more. */
  archived: string[];
}

export interface PortfolioSummary {
  repositories: number;
  checked: number;
  ok: number;
  with_gaps: number;
  without_manifest: number;
  unreadable: number;
  archived: number;
  gaps_by_severity: Record<Severity, number>;
  overdue_decisions: number;
}

export interface PortfolioParts {
  owner: string;
  evaluatedAt: string;
  manifestPath: string;
  shard?: PortfolioShard;
  rows: readonly PortfolioRow[];
  withoutManifest: readonly string[];
  unreadable: readonly UnreadableRepository[];
  archived: readonly string[];
}

const byName = (a: { repository: string }, b: { repository: string }) =>
  compareCodePoints(a.repository, b.repository);

/** The portfolio of the parts, sorted by repository name in code-point order, summary counted. */
export function buildPortfolio(parts: PortfolioParts): Portfolio {
  const repositories = [...parts.rows].sort(byName);
  const unreadable = [...parts.unreadable].sort(byName);
  const withoutManifest = [...parts.withoutManifest].sort(compareCodePoints);
  const archived = [...parts.archived].sort(compareCodePoints);
  const gaps_by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<
    Severity,
    number
  >;
  for (const row of repositories)
    for (const s of SEVERITIES) gaps_by_severity[s] += row.gaps.by_severity[s];
  return {
    tool: { ...TOOL },
    owner: parts.owner,
    evaluated_at: parts.evaluatedAt,
    manifest_path: parts.manifestPath,
    ...(parts.shard ? { shard: { ...parts.shard } } : {}),
    summary: {
      repositories: repositories.length + withoutManifest.length + unreadable.length,
      checked: repositories.length,
      ok: repositories.filter((r) => r.status === "ok").length,
      with_gaps: repositories.filter((r) => r.status === "gaps").length,
      without_manifest: withoutManifest.length,
      unreadable: unreadable.length,
      archived: archived.length,
      gaps_by_severity,
      overdue_decisions: repositories.reduce((sum, r) => sum + r.overdue_decisions, 0),
    },
    repositories,
    without_manifest: withoutManifest,
    unreadable,
    archived,
  };
}
