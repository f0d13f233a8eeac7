import type { Report } from "../report/report.js";
import type { Renderer } from "./renderer.js";

/** Stable key order and a trailing newline: the same inputs give the same bytes. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export const renderer: Renderer = { render: (report) => renderJson(report) };
