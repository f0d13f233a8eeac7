import type { Report } from "./report.js";

/** Stable key order and a trailing newline: the same inputs give the same bytes. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
