import {
  AREAS,
  type Area,
  isOpen,
  SEVERITIES,
  type Severity,
  severityRank,
} from "../vocabulary/finding.js";
import type { Report } from "./report.js";

export interface ReportFilter {
  /** Keep gaps of this severity and above. */
  minSeverity?: Severity;
  /** Keep gaps of these areas only. */
  areas?: readonly Area[];
}

/**
 * The report narrowed to what the reader asked for (`check --min-severity`, `--area`): findings
 * and fixed gaps outside the filter are dropped and the summary and status count what is left,
 * so the exit status follows the filter too. An unreadable report stays as it is.
 */
export function filterReport(report: Report, filter: ReportFilter): Report {
  if (report.errors.length > 0 || (!filter.minSeverity && !filter.areas)) return report;
  const floor = filter.minSeverity ? severityRank(filter.minSeverity) : -1;
  const areas = filter.areas ? new Set<string>(filter.areas) : undefined;
  const keep = (finding: { severity: Severity; area: Area }) =>
    severityRank(finding.severity) >= floor && (!areas || areas.has(finding.area));
  const findings = report.findings.filter(keep);
  const open = findings.filter(isOpen);
  const by_severity = Object.fromEntries(
    SEVERITIES.map((s) => [s, open.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;
  const by_area = Object.fromEntries(
    AREAS.map((a) => [a, open.filter((f) => f.area === a).length]),
  ) as Record<Area, number>;
  return {
    ...report,
    status: open.length > 0 ? "gaps" : "ok",
    summary: { total: open.length, by_severity, by_area },
    findings,
    fixed: report.fixed.filter(keep),
    ...(report.no_longer_checked
      ? { no_longer_checked: report.no_longer_checked.filter(keep) }
      : {}),
  };
}
