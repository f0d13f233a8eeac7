import { compareFindings, type Finding } from "../vocabulary/finding.js";

/**
 * One row of the gap list as a reviewer reads it: a single finding, or several that a person
 * would fix in one go. Rows keep the findings' order (most severe first); a row's severity,
 * line and place in that order are its first finding's.
 */
export interface GapRow {
  /** Most severe first; never empty. */
  findings: Finding[];
  /**
   * person: one team member's trainings (all findings about the same member);
   * rule: one rule about several items (e.g. every component without a review);
   * single: one finding.
   */
  kind: "person" | "rule" | "single";
}

/** A team member's own entry, e.g. /team/3 (not one of their trainings: that is a finding of its own). */
const MEMBER = /^\/team\/\d+$/;

/**
 * Groups findings into rows: first all findings about the same team member (their missing
 * trainings, one row per person), then findings of the same rule and severity about different
 * items (one row per rule). Findings are sorted most severe first; every finding lands in
 * exactly one row, at the place of the most severe finding of its row.
 */
export function gapRows(findings: readonly Finding[]): GapRow[] {
  const sorted = [...findings].sort(compareFindings);
  const byMember = new Map<string, Finding[]>();
  const byRule = new Map<string, Finding[]>();
  const keyOf = (finding: Finding): string =>
    MEMBER.test(finding.pointer)
      ? `person ${finding.pointer}`
      : `rule ${finding.rule} ${finding.severity}`;
  for (const finding of sorted) {
    const key = keyOf(finding);
    const groups = key.startsWith("person ") ? byMember : byRule;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  const rows: GapRow[] = [];
  const placed = new Set<string>();
  for (const finding of sorted) {
    const key = keyOf(finding);
    if (placed.has(key)) continue;
    placed.add(key);
    const group = (key.startsWith("person ") ? byMember : byRule).get(key) ?? [finding];
    rows.push({
      findings: group,
      kind: group.length === 1 ? "single" : key.startsWith("person ") ? "person" : "rule",
    });
  }
  return rows;
}

/**
 * The common "Name (role): " a person's findings start with, and what each says after it; or
 * undefined when their messages do not share such a prefix.
 */
export function splitSubject(
  messages: readonly string[],
): { subject: string; rest: string[] } | undefined {
  const first = messages[0] ?? "";
  const colon = first.indexOf(": ");
  if (colon <= 0) return undefined;
  const subject = first.slice(0, colon);
  if (!messages.every((message) => message.startsWith(`${subject}: `))) return undefined;
  return { subject, rest: messages.map((message) => message.slice(subject.length + 2)) };
}
