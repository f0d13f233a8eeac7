import { daysBetween, isIsoDate } from "../manifest/iso-date.js";
import type { Finding } from "../vocabulary/finding.js";
import { isManagementPerson } from "./check-keywords.js";
import type { EvaluationContext } from "./evaluation-context.js";

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
  context: EvaluationContext,
  /** Waivers (by index) that do not take effect yet: a pull request added or extended them. */
  pending: ReadonlySet<number> = new Set(),
): Finding[] {
  const { manifest } = context;
  const waivers = effectiveWaivers(manifest).filter(
    (w, index) => !pending.has(index) && waiverIsValid(w, context),
  );
  if (waivers.length === 0) return findings;
  return findings.map((finding) =>
    waivers.some((w) => w.rule === finding.rule && covers(w.scope, finding))
      ? { ...finding, status: "waived" }
      : finding,
  );
}

/** Approved by management (as the context's authority says), not expired, for a known rule. */
export function waiverIsValid(waiver: unknown, context: EvaluationContext): boolean {
  const w = (waiver ?? {}) as Waiver;
  return (
    // Format (SC) findings cannot be waived: a manifest that does not parse as v1 must be fixed.
    typeof w.rule === "string" &&
    context.ruleIds.has(w.rule) &&
    isManagementPerson(w.approved_by, context) &&
    isIsoDate(w.expires) &&
    daysBetween(context.today, w.expires) >= 0
  );
}

function effectiveWaivers(manifest: Record<string, unknown>): Waiver[] {
  return Array.isArray(manifest.waivers) ? (manifest.waivers as Waiver[]) : [];
}

/** Whether a waiver (as written in the manifest) covers a finding, whatever its validity. */
export function waiverCovers(waiver: unknown, finding: Finding): boolean {
  const w = (waiver ?? {}) as Waiver;
  return w.rule === finding.rule && covers(w.scope, finding);
}

function covers(scope: unknown, finding: Finding): boolean {
  if (scope === undefined) return true;
  if (typeof scope !== "string") return false;
  if (scope.startsWith("/"))
    return finding.pointer === scope || finding.pointer.startsWith(`${scope}/`);
  return finding.item === scope;
}
