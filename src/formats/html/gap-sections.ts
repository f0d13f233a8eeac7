import type { Language } from "../../i18n/language.js";
import type { ManagementReportLabels } from "../../i18n/management-report-labels.js";
import { areaLabel, severityLabel } from "../../i18n/report-labels.js";
import { daysBetween, isIsoDate } from "../../manifest/iso-date.js";
import type { Report } from "../../report/report.js";
import {
  AREAS,
  compareFindings,
  type Finding,
  isOpen,
  SEVERITIES,
} from "../../vocabulary/finding.js";
import { escapeHtml as e } from "./escape-html.js";
import { count, findingTable, formatDate, paragraph, section } from "./page-parts.js";

/** Rows per area before the rest is left to the full list: the page is for printing. */
export const ROWS_PER_AREA = 12;

/**
 * Rules about a risk acceptance or waiver that has expired or soon expires (governance and risk
 * packs); a finding at an `expires` date of any other pack (e.g. a review finding's acceptance)
 * is one too.
 */
const EXPIRY_RULES = new Set(["GV-012", "GV-013", "RK-005", "RK-006"]);

export function isExpiry(finding: Finding): boolean {
  return EXPIRY_RULES.has(finding.rule) || /\/expires$/.test(finding.pointer);
}

/** Open points only management can close: thesis 2 (management involvement), expiries apart. */
export function isDecision(finding: Finding): boolean {
  return isOpen(finding) && finding.thesis === 2 && !isExpiry(finding);
}

const sorted = (findings: readonly Finding[]) => [...findings].sort(compareFindings);

export function decisionsSection(
  report: Report,
  language: Language,
  T: ManagementReportLabels,
): string {
  const decisions = sorted(report.findings.filter(isDecision));
  const body =
    decisions.length === 0
      ? paragraph(T.decisionsNone)
      : `${paragraph(T.decisionsIntro)}\n${findingTable(decisions, T, language, true)}`;
  return section("decisions", T.decisionsHeading, body);
}

export function areasSection(
  report: Report,
  language: Language,
  T: ManagementReportLabels,
): string {
  const open = sorted(report.findings.filter(isOpen));
  if (open.length === 0) return section("areas", T.areasHeading, paragraph(T.areasNone));
  const severities = [...SEVERITIES].reverse();
  const areas = AREAS.filter((area) => open.some((finding) => finding.area === area));
  const overview = `<table>
<thead><tr><th scope="col">${e(T.area)}</th>${severities
    .map((s) => `<th scope="col" class="num">${e(severityLabel(s, language))}</th>`)
    .join("")}<th scope="col" class="num">${e(T.total)}</th></tr></thead>
<tbody>
${areas
  .map((area) => {
    const inArea = open.filter((finding) => finding.area === area);
    return `<tr><th scope="row">${e(areaLabel(area, language))}</th>${severities
      .map((s) => `<td class="num">${inArea.filter((f) => f.severity === s).length}</td>`)
      .join("")}<td class="num">${count(report.summary.by_area[area]) || inArea.length}</td></tr>`;
  })
  .join("\n")}
</tbody>
</table>`;
  const lists = areas.map((area) => {
    const inArea = open.filter((finding) => finding.area === area);
    // The report may hold fewer findings than it counts (shortened to its schema): say so.
    const more = Math.max(count(report.summary.by_area[area]), inArea.length) - ROWS_PER_AREA;
    return `<h3>${e(areaLabel(area, language))}</h3>
${findingTable(inArea.slice(0, ROWS_PER_AREA), T, language)}
${more > 0 ? paragraph(`${T.moreInFullList(more)} ${T.fullList}`, "note") : ""}`;
  });
  return section(
    "areas",
    T.areasHeading,
    `${paragraph(T.areasIntro)}\n${overview}\n${lists.join("\n")}`,
  );
}

export function expirySection(
  report: Report,
  language: Language,
  T: ManagementReportLabels,
  warningDays: number,
): string {
  const expiring = sorted(report.findings.filter((f) => isOpen(f) && isExpiry(f)));
  const flagged =
    expiring.length === 0
      ? paragraph(T.expiryNone(warningDays))
      : `${paragraph(T.expiryIntro(warningDays))}\n${findingTable(expiring, T, language, true)}`;
  return section(
    "expiry",
    T.expiryHeading,
    `${flagged}\n${standingTable(report, language, T, warningDays)}`,
  );
}

/** Rows of standing decisions shown; the JSON report has them all. */
export const STANDING_ROWS = 30;

/** Every acceptance and waiver with its state on the report date (report `standing_decisions`). */
function standingTable(
  report: Report,
  language: Language,
  T: ManagementReportLabels,
  warningDays: number,
): string {
  const decisions = report.standing_decisions ?? [];
  if (decisions.length === 0) return paragraph(T.standingNone);
  const today = isIsoDate(report.evaluated_at) ? report.evaluated_at : undefined;
  const state = (expires: string | undefined): { text: string; className: string } => {
    if (!isIsoDate(expires) || !today) return { text: T.stateNoExpiry, className: "sev sev-high" };
    const left = daysBetween(today, expires);
    if (left < 0) return { text: T.stateExpired, className: "sev sev-critical" };
    if (left < warningDays) return { text: T.stateExpiresIn(left), className: "sev sev-medium" };
    return { text: T.stateInForce, className: "sev lvl-low" };
  };
  const more = decisions.length - STANDING_ROWS;
  return `<table>
<caption>${e(T.standingHeading)}</caption>
<thead><tr><th scope="col">${e(T.decision)}</th><th scope="col">${e(T.subject)}</th><th scope="col">${e(T.decidedBy)}</th><th scope="col">${e(T.holdsUntil)}</th><th scope="col">${e(T.state)}</th></tr></thead>
<tbody>
${decisions
  .slice(0, STANDING_ROWS)
  .map((decision) => {
    const now = state(decision.expires);
    return `<tr><td>${e(T.decisionKinds[decision.kind] ?? decision.kind)}</td><td>${e(decision.subject)}</td><td>${e(decision.decided_by)}</td><td class="num">${e(decision.expires ? formatDate(decision.expires, language) : "–")}</td><td><span class="${now.className}">${e(now.text)}</span></td></tr>`;
  })
  .join("\n")}
</tbody>
</table>
${more > 0 ? paragraph(T.moreDecisions(more), "note") : ""}`;
}
