import type { Language } from "../../i18n/language.js";
import type { ManagementReportLabels } from "../../i18n/management-report-labels.js";
import { severityLabel } from "../../i18n/report-labels.js";
import type { Report } from "../../report/report.js";
import { compareFindings, type Finding, isOpen, SEVERITIES } from "../../vocabulary/finding.js";
import { escapeHtml as e } from "./escape-html.js";
import { count, findingTable, formatDate, paragraph, section } from "./page-parts.js";
import { verdictLevel } from "./summary-sections.js";

/** Rows of new and of closed points before the rest is left to the full list. */
export const ROWS_PER_CHANGE_LIST = 15;

/**
 * What changed since an earlier report (`--since`): the verdict, the counts and the DIN SPEC
 * score then and now, and which open points are new or closed. Points are matched by their
 * fingerprint (rule + item), as pull requests are compared with their base, never by line.
 */
export function sinceSection(
  report: Report,
  since: Report,
  language: Language,
  T: ManagementReportLabels,
): string {
  const openThen = since.findings.filter(isOpen);
  const openNow = report.findings.filter(isOpen);
  const then = new Set(openThen.map((f) => f.fingerprint));
  const now = new Set(openNow.map((f) => f.fingerprint));
  const added = openNow.filter((f) => !then.has(f.fingerprint)).sort(compareFindings);
  const closed = openThen.filter((f) => !now.has(f.fingerprint)).sort(compareFindings);
  const row = (label: string, before: string, after: string) =>
    `<tr><th scope="row">${e(label)}</th><td>${e(before)}</td><td>${e(after)}</td></tr>`;
  const rows = [
    row(T.verdictRow, T.verdicts[verdictLevel(since)], T.verdicts[verdictLevel(report)]),
    row(T.openRow, String(count(since.summary.total)), String(count(report.summary.total))),
    ...[...SEVERITIES]
      .reverse()
      .map((s) =>
        row(
          `${T.openRow}: ${severityLabel(s, language)}`,
          String(count(since.summary.by_severity[s])),
          String(count(report.summary.by_severity[s])),
        ),
      ),
  ];
  if (since.din_spec_27076 && report.din_spec_27076)
    rows.push(
      row(
        T.dinRow,
        T.dinScoreOf(count(since.din_spec_27076.score), count(since.din_spec_27076.max_score)),
        T.dinScoreOf(count(report.din_spec_27076.score), count(report.din_spec_27076.max_score)),
      ),
    );
  const notes = [
    paragraph(`${T.sinceIntro} ${formatDate(since.evaluated_at, language)}.`),
    since.manifest !== report.manifest
      ? paragraph(`${T.sinceOtherManifest} ${since.manifest}`, "note")
      : "",
    since.errors.length > 0 ? paragraph(T.sinceUnreadable, "note") : "",
  ];
  const list = (heading: string, findings: Finding[]) => {
    if (findings.length === 0) return "";
    const more = findings.length - ROWS_PER_CHANGE_LIST;
    return `<h3>${e(heading)}</h3>
${findingTable(findings.slice(0, ROWS_PER_CHANGE_LIST), T, language)}
${more > 0 ? paragraph(`+${more}. ${T.fullList}`, "note") : ""}`;
  };
  return section(
    "since",
    T.sinceHeading,
    `${notes.filter(Boolean).join("\n")}
<table>
<thead><tr><th scope="col">${e(T.measure)}</th><th scope="col">${e(T.before)}</th><th scope="col">${e(T.now)}</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
${list(T.newPoints(added.length), added)}
${list(T.closedPoints(closed.length), closed)}`,
  );
}
