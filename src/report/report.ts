import packageJson from "../../package.json" with { type: "json" };
import type { SourceProblem } from "../manifest/manifest-error.js";
import type { Upcoming } from "../rules/upcoming.js";
import type { DinSpecStatus } from "../vocabulary/din-spec-status.js";
import {
  AREAS,
  type Area,
  compareFindings,
  type Finding,
  isIntroduced,
  isOpen,
  SEVERITIES,
  type Severity,
  severityRank,
} from "../vocabulary/finding.js";
import type { ManifestChange } from "../vocabulary/manifest-change.js";
import type { ReportStatus } from "../vocabulary/report-status.js";
import { boundToSchema, count, listLimit, type Truncated } from "./report-bounds.js";
import type { RiskOverview } from "./risk-overview.js";
import type { StandingDecision } from "./standing-decisions.js";
import type { TrainingCoverage } from "./training-coverage.js";

export const TOOL = { name: "security-manifest-check", version: packageJson.version } as const;

/** The JSON report contract of docs/product.md: stable, other tools rely on it. */
export interface Report {
  tool: { name: string; version: string };
  manifest: string;
  /** The verdict for scripts, so an unreadable manifest (total 0) is never taken for a clean one. */
  status: ReportStatus;
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
  /** The status value in the style of DIN SPEC 27076 (absent when the manifest is unreadable). */
  din_spec_27076?: DinSpecStatus;
  /** Set by the Action on pull requests: which PR and commit the report is about (fork-safe publishing). */
  pull_request?: { number: number; head_sha: string };
  /** On pull requests: what the PR changed in decisions, people, profile and scope (semantic diff). */
  changes?: ManifestChange[];
  /** On pull requests: gaps that stopped applying because the PR changed the profile or scope (not fixed). */
  no_longer_checked?: Finding[];
  /** Only when the report had to be shortened to stay within its schema: what was left out. */
  truncated?: Truncated;
  /** Duties that fall due within 30 days (trainings, pentests, reviews, tests): not gaps yet. */
  upcoming?: Upcoming[];
  /** Current team members per role and how many have an open training gap (absent when unreadable). */
  training_coverage?: TrainingCoverage[];
  /** Risk acceptances and waivers of the manifest, soonest expiry first (absent when unreadable). */
  standing_decisions?: StandingDecision[];
}

export interface ReportInput {
  manifest: string;
  evaluatedAt: string;
  profile: Record<string, unknown>;
  findings: Finding[];
  fixed?: Finding[];
  errors?: SourceProblem[];
  risk?: RiskOverview;
  dinSpec27076?: DinSpecStatus;
  changes?: ManifestChange[];
  noLongerChecked?: Finding[];
  /** What an earlier report built from the same findings had cut already (kept in the count). */
  truncated?: Truncated;
  upcoming?: Upcoming[];
  trainingCoverage?: TrainingCoverage[];
  standingDecisions?: StandingDecision[];
}

/**
 * Builds the report; counts cover open gaps only (waived findings are listed but not counted).
 * Every report goes through here, so here it is bounded to `schema/report.schema.json`: lists
 * keep their most important entries up to the schema's `maxItems`, texts are clipped to their
 * `maxLength`, numbers are finite, and `truncated` says what was left out. The summary still
 * counts every open gap.
 */
export function buildReport(input: ReportInput): Report {
  const cut: Truncated = { ...input.truncated };
  const all = [...input.findings];
  const open = all.filter(isOpen);
  const by_severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const by_area = Object.fromEntries(AREAS.map((a) => [a, 0])) as Record<Area, number>;
  for (const finding of open) {
    by_severity[finding.severity]++;
    by_area[finding.area]++;
  }
  const findings = mostImportant(all, listLimit("findings"), cut, "findings");
  const changes = input.changes && decisionsFirst(input.changes, cut);
  const report: Report = {
    tool: { ...TOOL },
    manifest: input.manifest,
    status: (input.errors ?? []).length > 0 ? "unreadable" : open.length > 0 ? "gaps" : "ok",
    evaluated_at: input.evaluatedAt,
    profile: input.profile,
    summary: { total: open.length, by_severity, by_area },
    findings: changes ? findings.map((f) => withChangeIndex(f, changes.index)) : findings,
    fixed: mostImportant(input.fixed ?? [], listLimit("fixed"), cut, "fixed"),
    errors: input.errors ?? [],
    ...(input.risk ? { risk: input.risk } : {}),
    ...(input.dinSpec27076 ? { din_spec_27076: input.dinSpec27076 } : {}),
    ...(changes ? { changes: changes.kept } : {}),
    ...(input.noLongerChecked
      ? {
          no_longer_checked: mostImportant(
            input.noLongerChecked,
            listLimit("no_longer_checked"),
            cut,
            "no_longer_checked",
          ),
        }
      : {}),
    // Soonest first already; kept within the schema's list limit.
    ...(input.upcoming ? { upcoming: firstUpcoming(input.upcoming, cut) } : {}),
    ...(input.trainingCoverage ? { training_coverage: input.trainingCoverage } : {}),
    ...(input.standingDecisions ? { standing_decisions: input.standingDecisions } : {}),
  };
  const bounded = boundToSchema(report, cut);
  return Object.keys(cut).length > 0 ? { ...bounded, truncated: cut } : bounded;
}

/**
 * The `limit` findings to keep, in report order (most severe first): the most severe, open before
 * waived, introduced by this change before those already there.
 */
function mostImportant(
  findings: readonly Finding[],
  limit: number,
  cut: Truncated,
  list: "findings" | "fixed" | "no_longer_checked",
): Finding[] {
  if (findings.length <= limit) return [...findings].sort(compareFindings);
  count(cut, list, findings.length - limit);
  // Tiers by importance; only the tier the limit cuts through needs the full order (positions).
  const tiers = new Map<number, Finding[]>();
  for (const finding of findings) {
    const tier =
      severityRank(finding.severity) * 4 +
      Number(isOpen(finding)) * 2 +
      Number(isIntroduced(finding));
    const members = tiers.get(tier);
    if (members) members.push(finding);
    else tiers.set(tier, [finding]);
  }
  const kept: Finding[] = [];
  for (const tier of [...tiers.keys()].sort((a, b) => b - a)) {
    const members = tiers.get(tier) as Finding[];
    const room = limit - kept.length;
    if (room <= 0) break;
    if (members.length <= room) kept.push(...members);
    else kept.push(...firstInOrder(members, room));
  }
  return kept.sort(compareFindings);
}

/**
 * The first `count` findings of one tier in report order. Each finding's position is read once
 * (a tier can hold 100,000 gaps: sorting them by their getters would read each twenty times).
 */
function firstInOrder(members: readonly Finding[], count: number): Finding[] {
  const placed = members.map((finding) => ({
    finding,
    line: finding.line,
    column: finding.column,
  }));
  placed.sort(
    (a, b) => a.line - b.line || a.column - b.column || compareFindings(a.finding, b.finding),
  );
  return placed.slice(0, count).map((entry) => entry.finding);
}

/**
 * The changes to keep, in their order: decisions and lowered bars (gated) before changes shown
 * for review only; `index` maps an old index to the kept one (findings point at changes).
 */
function decisionsFirst(
  changes: readonly ManifestChange[],
  cut: Truncated,
): { kept: ManifestChange[]; index?: Map<number, number> } {
  const limit = listLimit("changes");
  if (changes.length <= limit) return { kept: [...changes] };
  count(cut, "changes", changes.length - limit);
  const order = changes.map((change, index) => ({ change, index }));
  const keep = new Set(
    [...order.filter((c) => c.change.gated), ...order.filter((c) => !c.change.gated)]
      .slice(0, limit)
      .map((c) => c.index),
  );
  const index = new Map<number, number>();
  const kept: ManifestChange[] = [];
  for (const { change, index: old } of order) {
    if (!keep.has(old)) continue;
    index.set(old, kept.length);
    kept.push(change);
  }
  return { kept, index };
}

/** A pending finding's pointer into the kept changes (none when its change was left out). */
function withChangeIndex(finding: Finding, index: Map<number, number> | undefined): Finding {
  const pending = finding.pending;
  if (!index || pending?.change === undefined) return finding;
  const { change, ...rest } = pending;
  const now = index.get(change);
  return { ...finding, pending: now === undefined ? rest : { ...rest, change: now } };
}

/** The soonest upcoming duties up to the schema's limit; how many were left out is counted. */
function firstUpcoming(upcoming: readonly Upcoming[], cut: Truncated): Upcoming[] {
  const limit = listLimit("upcoming");
  if (upcoming.length > limit) count(cut, "upcoming", upcoming.length - limit);
  return upcoming.slice(0, limit);
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
