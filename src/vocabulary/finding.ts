/** The vocabulary every stage of the pipeline shares: a finding is one gap, traceable to a line. */

import { compareCodePoints } from "./code-point-order.js";

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

/**
 * new / unchanged: compared with the base branch; waived: covered by an effective waiver;
 * pending-approval: still open because the decision that would close it (added or extended by
 * this pull request) waits for its decider's approval on GitHub.
 */
export const FINDING_STATUSES = ["new", "unchanged", "waived", "pending-approval"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** A person who may decide or review, with the GitHub login that proves it is them. */
export interface PersonRef {
  name: string;
  login?: string;
}

/** Why a finding is pending-approval: which change waits for whom. */
export interface PendingApproval {
  /** Index into the report's `changes`; absent for a review the change needs (not a decision in the manifest). */
  change?: number;
  /** Who may approve it (any one of them). */
  waiting_for: PersonRef[];
  /** "unverifiable": the base manifest records no GitHub login for anyone who may approve. */
  state: "pending" | "unverifiable";
  /** The gap was open on the base branch already (for fail-on: new). */
  on_base: boolean;
}

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
  /** Set when status is pending-approval. */
  pending?: PendingApproval;
  /** For gaps no longer checked: the change of this pull request that took them out of scope. */
  because?: string;
  /** Rules whose finding had the same root cause and was folded into this one (rule `superseded_by`). */
  supersedes?: string[];
}

/** Open gaps: everything not waived (pending-approval ones count: their decision has no effect yet). */
export function isOpen(finding: Finding): boolean {
  return finding.status !== "waived";
}

/** Introduced by this change: new, or pending on a gap the base did not have. */
export function isIntroduced(finding: Finding): boolean {
  return (
    finding.status === "new" ||
    (finding.status === "pending-approval" && finding.pending?.on_base === false)
  );
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/**
 * Most severe first, then by position in the manifest, then by rule id, message and fingerprint:
 * a readable order, total and the same on every machine (code-point order, never the locale's).
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.line - b.line ||
    a.column - b.column ||
    compareCodePoints(a.rule, b.rule) ||
    compareCodePoints(a.message, b.message) ||
    compareCodePoints(a.fingerprint, b.fingerprint)
  );
}
