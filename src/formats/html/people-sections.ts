import type { Language } from "../../i18n/language.js";
import type { ManagementReportLabels } from "../../i18n/management-report-labels.js";
import type { Report } from "../../report/report.js";
import { TEAM_ROLES, type TeamRole } from "../../report/training-coverage.js";
import { escapeHtml as e } from "./escape-html.js";
import { count, formatDate, paragraph, section } from "./page-parts.js";

const ROLES: readonly TeamRole[] = [...TEAM_ROLES, "other"];

/** Training coverage per role (thesis 1), from the report's `training_coverage`. */
export function trainingSection(report: Report, T: ManagementReportLabels): string {
  const rows = (report.training_coverage ?? []).filter(
    (row) => ROLES.includes(row.role) && count(row.members) > 0,
  );
  if (rows.length === 0)
    return section("training", T.trainingHeading, paragraph(T.trainingNone), true);
  const body = `${paragraph(T.trainingIntro)}
<table>
<thead><tr><th scope="col">${e(T.role)}</th><th scope="col" class="num">${e(T.members)}</th><th scope="col" class="num">${e(T.withoutGaps)}</th><th scope="col" class="num">${e(T.withGaps)}</th></tr></thead>
<tbody>
${rows
  .map((row) => {
    const members = count(row.members);
    const gaps = Math.min(members, count(row.with_gaps));
    return `<tr><th scope="row">${e(T.roles[row.role])}</th><td class="num">${members}</td><td class="num">${members - gaps}</td><td class="num">${gaps}</td></tr>`;
  })
  .join("\n")}
</tbody>
</table>`;
  return section("training", T.trainingHeading, body, true);
}

/** Duties that fall due soon (report `upcoming`), soonest first as the report has them. */
export function dueSection(
  report: Report,
  language: Language,
  T: ManagementReportLabels,
  windowDays: number,
): string {
  const upcoming = report.upcoming ?? [];
  if (upcoming.length === 0)
    return section("due", T.dueHeading, paragraph(T.dueNone(windowDays)), true);
  const body = `${paragraph(T.dueIntro(windowDays))}
<table>
<thead><tr><th scope="col">${e(T.dueDate)}</th><th scope="col">${e(T.dueWhat)}</th><th scope="col">${e(T.rule)}</th></tr></thead>
<tbody>
${upcoming
  .map(
    (duty) =>
      `<tr><td class="num">${e(formatDate(duty.due, language))}</td><td>${e(duty.what)}</td><td class="rule">${e(duty.rule)}</td></tr>`,
  )
  .join("\n")}
</tbody>
</table>`;
  return section("due", T.dueHeading, body);
}
