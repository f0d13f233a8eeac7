import { dayNumber, isIsoDate } from "../manifest/iso-date.js";
import { compareCodePoints } from "../vocabulary/code-point-order.js";
import { type Finding, isOpen } from "../vocabulary/finding.js";

import { TEAM_ROLES, type TeamRole } from "../vocabulary/team-roles.js";

export { TEAM_ROLES, type TeamRole };

/** How many current members of one role have an open training gap (JSON report: `training_coverage`). */
export interface TrainingCoverage {
  role: TeamRole;
  /** Current members of the role (those who have left by the report date are not counted). */
  members: number;
  /** Members with at least one open gap of the training area (waived ones do not count). */
  with_gaps: number;
}

type Data = Record<string, unknown>;

/**
 * Training coverage per role, for the management report (thesis 1): the team from the manifest,
 * the gaps from the findings the rules reported for a member (`/team/N…`), so the same rules
 * that judge each person judge the role. Roles the format does not know are counted as "other",
 * which keeps the list at six entries whatever a broken manifest holds. Roles without current
 * members are left out.
 */
export function trainingCoverage(
  manifest: Data,
  findings: readonly Finding[],
  today: string,
): TrainingCoverage[] {
  const team = Array.isArray(manifest.team) ? (manifest.team as unknown[]) : [];
  const withGaps = new Set<number>();
  for (const finding of findings) {
    if (finding.area !== "training" || !isOpen(finding)) continue;
    const member = /^\/team\/(\d+)(?:\/|$)/.exec(finding.pointer)?.[1];
    if (member !== undefined) withGaps.add(Number(member));
  }
  const todayDay = isIsoDate(today) ? dayNumber(today) : Number.POSITIVE_INFINITY;
  const counts = new Map<TeamRole, TrainingCoverage>();
  team.forEach((entry, index) => {
    if (!entry || typeof entry !== "object" || Array.isArray(entry)) return;
    const member = entry as Data;
    // Left on or before the report date: kept in the manifest for the record only.
    if (isIsoDate(member.left) && dayNumber(member.left) <= todayDay) return;
    const role: TeamRole = (TEAM_ROLES as readonly unknown[]).includes(member.role)
      ? (member.role as TeamRole)
      : "other";
    const row = counts.get(role) ?? { role, members: 0, with_gaps: 0 };
    row.members++;
    if (withGaps.has(index)) row.with_gaps++;
    counts.set(role, row);
  });
  const order: readonly TeamRole[] = [...TEAM_ROLES, "other"];
  return [...counts.values()].sort(
    (a, b) => order.indexOf(a.role) - order.indexOf(b.role) || compareCodePoints(a.role, b.role),
  );
}
