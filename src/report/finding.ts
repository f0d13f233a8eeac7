/** The vocabulary every stage of the pipeline shares: a finding is one gap, traceable to a line. */

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AREAS = [
  "schema",
  "threat-modelling",
  "reviews",
  "training",
  "governance",
  "risk",
  "pull-request",
] as const;
export type Area = (typeof AREAS)[number];

export type FindingStatus = "new" | "unchanged" | "waived";

export interface Finding {
  rule: string;
  area: Area;
  severity: Severity;
  /** The thesis of the product the rule serves (1–6); null for format (schema) findings. */
  thesis: number | null;
  message: string;
  /** JSON pointer of the manifest item the finding is about ("" is the whole manifest). */
  pointer: string;
  line: number;
  column: number;
  remediation: string;
  references: string[];
  cases: string[];
  status: FindingStatus;
  /** Stable identity across commits: rule + item, never the line (used to tell new from fixed). */
  fingerprint: string;
  /** The item the finding is about (an id, a name, or a place), as waivers name it in `scope`. */
  item?: string;
  /** One line: why this rule applies to this organisation's profile. */
  applies_because?: string;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** Most severe first, then by position in the manifest, then by rule id: a stable, readable order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.line - b.line ||
    a.column - b.column ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}
