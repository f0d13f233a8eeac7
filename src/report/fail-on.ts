import {
  isIntroduced,
  isOpen,
  isSeverity,
  type Severity,
  severityRank,
} from "../vocabulary/finding.js";
import type { Report } from "./report.js";

/** When the check fails: at or above a severity, never, or only for gaps this change introduced. */
export type FailOn = Severity | "never" | "new";

export const FAIL_ON_VALUES: readonly string[] = [
  "low",
  "medium",
  "high",
  "critical",
  "never",
  "new",
];

export function parseFailOn(value: string): FailOn | undefined {
  return isSeverity(value) || value === "never" || value === "new" ? value : undefined;
}

export function shouldFail(report: Report, failOn: FailOn): boolean {
  if (report.errors.length > 0) return true;
  if (failOn === "never") return false;
  const open = report.findings.filter(isOpen);
  if (failOn === "new") return open.some(isIntroduced);
  return open.some((finding) => severityRank(finding.severity) >= severityRank(failOn));
}
