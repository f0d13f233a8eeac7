import * as core from "@actions/core";
import { compareFindings, type Finding } from "../src/vocabulary/finding.js";

/** GitHub shows about ten annotations of each kind per step; more are dropped silently. */
export const ANNOTATIONS_PER_KIND = 10;

type Kind = "error" | "warning" | "notice";
const KIND: Record<Finding["severity"], Kind> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
};

/** Annotates the manifest lines with the most severe open gaps; returns how many were left out. */
export function annotate(findings: readonly Finding[], manifestPath: string): number {
  const open = findings.filter((f) => f.status !== "waived").sort(compareFindings);
  const emitted: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  let omitted = 0;
  for (const finding of open) {
    const kind = KIND[finding.severity];
    if (emitted[kind] >= ANNOTATIONS_PER_KIND) {
      omitted++;
      continue;
    }
    emitted[kind]++;
    const properties = {
      file: manifestPath,
      startLine: finding.line,
      startColumn: finding.column,
      title: `${finding.rule} (${finding.severity})`,
    };
    const message = `${finding.message}\n${finding.remediation}`;
    if (kind === "error") core.error(message, properties);
    else if (kind === "warning") core.warning(message, properties);
    else core.notice(message, properties);
  }
  return omitted;
}
