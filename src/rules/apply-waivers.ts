import { daysBetween, isIsoDate } from "../manifest/iso-date.js";
import type { Finding } from "../report/finding.js";
import { isManagementPerson } from "./check-keywords.js";

interface Waiver {
  rule?: unknown;
  scope?: unknown;
  approved_by?: unknown;
  expires?: unknown;
}

/**
 * Marks findings as waived where a valid waiver covers them: approved by management, not
 * expired, for a known rule. Invalid waivers waive nothing; the governance pack reports them.
 * Scope: an item id/name, or a JSON pointer (covering everything below it); no scope = the whole rule.
 */
export function applyWaivers(
  findings: Finding[],
  manifest: Record<string, unknown>,
  today: string,
  ruleIds: ReadonlySet<string>,
): Finding[] {
  const waivers = (Array.isArray(manifest.waivers) ? (manifest.waivers as Waiver[]) : []).filter(
    (w) =>
      // Format (SC) findings cannot be waived: a manifest that does not parse as v1 must be fixed.
      typeof w?.rule === "string" &&
      ruleIds.has(w.rule) &&
      isManagementPerson(w.approved_by, manifest) &&
      isIsoDate(w.expires) &&
      daysBetween(today, w.expires) >= 0,
  );
  if (waivers.length === 0) return findings;
  return findings.map((finding) =>
    waivers.some((w) => w.rule === finding.rule && covers(w.scope, finding))
      ? { ...finding, status: "waived" }
      : finding,
  );
}

function covers(scope: unknown, finding: Finding): boolean {
  if (scope === undefined) return true;
  if (typeof scope !== "string") return false;
  if (scope.startsWith("/"))
    return finding.pointer === scope || finding.pointer.startsWith(`${scope}/`);
  return finding.item === scope;
}
