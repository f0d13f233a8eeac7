import type { Finding } from "../vocabulary/finding.js";
import type { Report } from "./report.js";
import { buildReport } from "./report.js";

/**
 * What this change made better or worse: findings are matched with the base branch's by their
 * fingerprint (rule + item), never by line, so moving a block in the file changes nothing.
 * Without a base report (no manifest on the base branch) everything is new.
 */
export function compareWithBase(head: Report, base: Report | undefined): Report {
  if (!base || base.errors.length > 0) return head;
  const before = new Set(
    base.findings.filter((f) => f.status !== "waived").map((f) => f.fingerprint),
  );
  const now = new Set(head.findings.map((f) => f.fingerprint));
  const findings = head.findings.map(
    (finding): Finding =>
      finding.status === "waived"
        ? finding
        : { ...finding, status: before.has(finding.fingerprint) ? "unchanged" : "new" },
  );
  const fixed = base.findings.filter((f) => f.status !== "waived" && !now.has(f.fingerprint));
  return buildReport({
    manifest: head.manifest,
    evaluatedAt: head.evaluated_at,
    profile: head.profile,
    findings,
    fixed,
    errors: head.errors,
    risk: head.risk,
    truncated: head.truncated,
  });
}
