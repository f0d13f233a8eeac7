import type { Language } from "../../i18n/language.js";
import { severityLabel } from "../../i18n/report-labels.js";
import { isIsoDate } from "../../manifest/iso-date.js";
import { type Finding, isSeverity } from "../../vocabulary/finding.js";
import { escapeHtml as e } from "./escape-html.js";

/** Building blocks the sections share; every value they put in the page is escaped here. */

/** A date as the reader's language writes it: 26.11.2026 in German, ISO order in English. */
export function formatDate(value: unknown, language: Language): string {
  if (!isIsoDate(value)) return String(value ?? "");
  if (language === "en") return value;
  const [year, month, day] = value.split("-");
  return `${day}.${month}.${year}`;
}

export function severityBadge(severity: string, language: Language): string {
  if (!isSeverity(severity)) return `<span class="sev">${e(severity)}</span>`;
  return `<span class="sev sev-${severity}">${e(severityLabel(severity, language))}</span>`;
}

/** A section with its heading; `id` names it for the heading's aria link and for tests. */
export function section(id: string, heading: string, body: string, keep = false): string {
  return `<section id="${e(id)}" aria-labelledby="${e(id)}-h"${keep ? ' class="keep"' : ""}>
<h2 id="${e(id)}-h">${e(heading)}</h2>
${body}
</section>`;
}

export function paragraph(text: string, className?: string): string {
  return `<p${className ? ` class="${e(className)}"` : ""}>${e(text)}</p>`;
}

/** A table of finding rows: severity, message (with `withFix`, what to do too), rule. */
export function findingTable(
  findings: readonly Finding[],
  headings: { severity: string; point: string; rule: string; whatToDo: string },
  language: Language,
  withFix = false,
): string {
  const rows = findings
    .map(
      (finding) =>
        `<tr><td>${severityBadge(finding.severity, language)}</td><td>${e(finding.message)}${
          withFix && finding.remediation
            ? `<div class="fix"><strong>${e(headings.whatToDo)}:</strong> ${e(finding.remediation)}</div>`
            : ""
        }</td><td class="rule">${e(finding.rule)}</td></tr>`,
    )
    .join("\n");
  return `<table>
<thead><tr><th scope="col">${e(headings.severity)}</th><th scope="col">${e(headings.point)}</th><th scope="col">${e(headings.rule)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** A number known to be a count, or 0: reports read with --since passed the schema, but stay careful. */
export function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}
