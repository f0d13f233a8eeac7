import packageJson from "../../package.json" with { type: "json" };
import type { SourceProblem } from "../manifest/manifest-error.js";
import {
  AREAS,
  type Area,
  compareFindings,
  type Finding,
  isOpen,
  SEVERITIES,
  type Severity,
  severityRank,
} from "./finding.js";
import type { ManifestChange } from "./manifest-change.js";
import type { RiskOverview } from "./risk-overview.js";

export const TOOL = { name: "security-manifest-check", version: packageJson.version } as const;

/** The JSON report contract of PRODUCT.md: stable, other tools rely on it. */
export interface Report {
  tool: { name: string; version: string };
  manifest: string;
  evaluated_at: string;
  profile: Record<string, unknown>;
  summary: {
    total: number;
    by_severity: Record<Severity, number>;
    by_area: Record<Area, number>;
  };
  findings: Finding[];
  fixed: Finding[];
  errors: SourceProblem[];
  /** Threats on the risk matrix and expected annual loss vs. measure cost (absent when unreadable). */
  risk?: RiskOverview;
  /** Set by the Action on pull requests: which PR and commit the report is about (fork-safe publishing). */
  pull_request?: { number: number; head_sha: string };
  /** On pull requests: what the PR changed in decisions, people, profile and scope (semantic diff). */
  changes?: ManifestChange[];
  /** On pull requests: gaps that stopped applying because the PR changed the profile or scope (not fixed). */
  no_longer_checked?: Finding[];
}

export interface ReportInput {
  manifest: string;
  evaluatedAt: string;
  profile: Record<string, unknown>;
  findings: Finding[];
  fixed?: Finding[];
  errors?: SourceProblem[];
  risk?: RiskOverview;
  changes?: ManifestChange[];
  noLongerChecked?: Finding[];
}

/** Builds the report; counts cover open gaps only (waived findings are listed but not counted). */
export function buildReport(input: ReportInput): Report {
  const findings = [...input.findings].sort(compareFindings);
  const open = findings.filter(isOpen);
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const by_area = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  for (const finding of open) {
    by_severity[finding.severity]++;
    by_area[finding.area]++;
  }
  return {
    tool: { ...TOOL },
    manifest: input.manifest,
    evaluated_at: input.evaluatedAt,
    profile: input.profile,
    summary: { total: open.length, by_severity, by_area },
    findings,
    fixed: [...(input.fixed ?? [])].sort(compareFindings),
    errors: input.errors ?? [],
    ...(input.risk ? { risk: input.risk } : {}),
    ...(input.changes ? { changes: input.changes } : {}),
    ...(input.noLongerChecked
      ? { no_longer_checked: [...input.noLongerChecked].sort(compareFindings) }
      : {}),
  };
}

export function highestSeverity(findings: readonly Finding[]): Severity | undefined {
  let highest: Severity | undefined;
  for (const finding of findings) {
    if (!isOpen(finding)) continue;
    if (highest === undefined || severityRank(finding.severity) > severityRank(highest))
      highest = finding.severity;
  }
  return highest;
}
