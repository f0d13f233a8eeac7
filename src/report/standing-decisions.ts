import { isIsoDate } from "../manifest/iso-date.js";
import { compareCodePoints } from "../vocabulary/code-point-order.js";

/**
 * A decision of management that is in the manifest and runs out (JSON report:
 * `standing_decisions`): a risk acceptance (bearing a threat's risk) or a waiver (a rule not met
 * for a while). The management report lists them by expiry, so none runs out unnoticed.
 */
export interface StandingDecision {
  kind: "risk-acceptance" | "waiver";
  /** The accepted threat's id, or the waived rule (with its scope, if any). */
  subject: string;
  /** Who in management decided (accepted_by, approved_by), as the manifest says. */
  decided_by: string;
  /** The last day it holds; absent when the manifest has no valid date (a gap of its own). */
  expires?: string;
  /** JSON pointer of the entry in the manifest. */
  pointer: string;
}

type Data = Record<string, unknown>;

const text = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? String(value) : "";

/** Every risk acceptance and waiver, soonest expiry first (one without a valid date before all). */
export function standingDecisions(manifest: Data): StandingDecision[] {
  const found: StandingDecision[] = [];
  const entries = (key: string) =>
    Array.isArray(manifest[key]) ? (manifest[key] as unknown[]) : [];
  entries("risk_acceptances").forEach((entry, at) => {
    if (!entry || typeof entry !== "object") return;
    const acceptance = entry as Data;
    found.push({
      kind: "risk-acceptance",
      subject: text(acceptance.threat),
      decided_by: text(acceptance.accepted_by),
      ...(isIsoDate(acceptance.expires) ? { expires: acceptance.expires } : {}),
      pointer: `/risk_acceptances/${at}`,
    });
  });
  entries("waivers").forEach((entry, at) => {
    if (!entry || typeof entry !== "object") return;
    const waiver = entry as Data;
    const scope = text(waiver.scope);
    found.push({
      kind: "waiver",
      subject: scope ? `${text(waiver.rule)} (${scope})` : text(waiver.rule),
      decided_by: text(waiver.approved_by),
      ...(isIsoDate(waiver.expires) ? { expires: waiver.expires } : {}),
      pointer: `/waivers/${at}`,
    });
  });
  // ISO dates sort as text; ties in manifest order (code points, no locale).
  return found.sort(
    (a, b) =>
      compareCodePoints(a.expires ?? "", b.expires ?? "") ||
      compareCodePoints(a.kind, b.kind) ||
      Number(a.pointer.split("/")[2]) - Number(b.pointer.split("/")[2]),
  );
}
