import type { Language } from "../../i18n/language.js";
import type { ManagementReportLabels, VerdictLevel } from "../../i18n/management-report-labels.js";
import { valueLabel } from "../../i18n/value-labels.js";
import type { Report } from "../../report/report.js";
import type { RiskOverview } from "../../report/risk-overview.js";
import type { DinSpecCatalogue } from "../../rules/din-spec-catalogue.js";
import { IMPACTS, LIKELIHOODS, RISK_LEVELS, riskLevel } from "../../rules/risk-matrix.js";
import type { DinSpecStatus } from "../../vocabulary/din-spec-status.js";
import { type Finding, isOpen } from "../../vocabulary/finding.js";
import { escapeHtml as e } from "./escape-html.js";
import { count, paragraph, section } from "./page-parts.js";

/** The verdict in one word, from the most severe open point. */
export function verdictLevel(report: Report): VerdictLevel {
  if (report.status === "unreadable" || report.errors.length > 0) return "unreadable";
  const severity = report.summary.by_severity;
  if (count(report.summary.total) === 0) return "ok";
  if (count(severity.critical) > 0) return "urgent";
  if (count(severity.high) > 0) return "action";
  return "attention";
}

/** The plain-language verdict: one word and a few sentences a manager can act on. */
export function verdictSection(
  report: Report,
  decisions: readonly Finding[],
  T: ManagementReportLabels,
): string {
  const level = verdictLevel(report);
  const lines: string[] = [];
  if (level === "unreadable") {
    lines.push(paragraph(T.unreadableText));
    lines.push(
      `<ul class="plain">${report.errors
        .map(
          (error) =>
            `<li>${e(T.errorAt(count(error.line), count(error.column)))}: ${e(error.message)}${error.hint ? ` — ${e(error.hint)}` : ""}</li>`,
        )
        .join("")}</ul>`,
    );
  } else {
    const open = count(report.summary.total);
    const severe =
      count(report.summary.by_severity.high) + count(report.summary.by_severity.critical);
    lines.push(paragraph(open === 0 ? T.noOpenPoints : T.openPoints(open, severe)));
    if (decisions.length > 0) lines.push(paragraph(T.needManagement(decisions.length)));
    const waived = report.findings.filter((finding) => !isOpen(finding)).length;
    if (waived > 0) lines.push(paragraph(T.waivedNow(waived)));
  }
  return section(
    "verdict",
    T.verdictHeading,
    `<div class="verdict v-${level}"><p class="word">${e(T.verdicts[level])}</p>
${lines.join("\n")}</div>`,
    true,
  );
}

/** The status value after DIN SPEC 27076: figures, score bar, requirements not met. */
export function dinSpecSection(
  status: DinSpecStatus,
  catalogue: DinSpecCatalogue | undefined,
  language: Language,
  T: ManagementReportLabels,
): string {
  const score = count(status.score);
  const max = count(status.max_score);
  const share = max > 0 ? Math.max(0, Math.min(1, score / max)) : 0;
  const figure = (label: string, value: string) =>
    `<div class="figure"><span class="n">${e(value)}</span>${e(label)}</div>`;
  const figures = `<div class="figures">
${figure(T.dinMet, `${count(status.met)} / ${count(status.requirements)}`)}
${figure(T.dinNotMet, String(count(status.not_met)))}
${figure(T.dinNotApplicable, String(count(status.not_applicable)))}
${figure(T.dinNotCheckable, String(count(status.not_checkable)))}
${figure(T.dinScore, T.dinScoreOf(score, max))}
</div>
<div class="bar" aria-hidden="true"><span style="width: ${(share * 100).toFixed(1)}%"></span></div>`;
  const requirements = new Map((catalogue?.requirements ?? []).map((r) => [r.id, r]));
  const notMet = (Array.isArray(status.results) ? status.results : []).filter(
    (result) => result.result === "not-met",
  );
  const top =
    status.top_not_met.length > 0
      ? paragraph(`${T.dinTopNotMet}: ${status.top_not_met.join(", ")}`)
      : "";
  const table =
    notMet.length === 0
      ? paragraph(T.dinNone)
      : `<table>
<caption>${e(T.dinNotMetList)}</caption>
<thead><tr><th scope="col">${e(T.dinRequirement)}</th><th scope="col">${e(T.dinFoundBy)}</th></tr></thead>
<tbody>
${notMet
  .map((result) => {
    const summary = requirements.get(result.id)?.summary?.[language];
    return `<tr><td><strong>${e(result.id)}${result.top ? " TOP" : ""}</strong>${summary ? ` ${e(summary)}` : ""}</td><td class="rule">${e(result.rules.join(", "))}</td></tr>`;
  })
  .join("\n")}
</tbody>
</table>`;
  return section(
    "din-spec",
    T.dinHeading,
    `${paragraph(T.dinIntro)}\n${figures}\n${top}\n${table}`,
  );
}

/** The 4×4 matrix of BSI 200-3 with the threat ids in their cells, worst impact on top. */
export function heatMapSection(
  risk: RiskOverview | undefined,
  language: Language,
  T: ManagementReportLabels,
): string {
  const cell = (impact: (typeof IMPACTS)[number], likelihood: (typeof LIKELIHOODS)[number]) => {
    const ids = risk?.heatmap?.[impact]?.[likelihood];
    return Array.isArray(ids) ? ids.map(String) : [];
  };
  const placed = IMPACTS.some((i) => LIKELIHOODS.some((l) => cell(i, l).length > 0));
  if (!placed) return section("heat-map", T.heatHeading, paragraph(T.heatEmpty), true);
  const head = `<tr><th scope="col">${e(T.impact)} \\ ${e(T.likelihood)}</th>${LIKELIHOODS.map(
    (l) => `<th scope="col">${e(valueLabel("likelihood", l, language))}</th>`,
  ).join("")}</tr>`;
  const rows = [...IMPACTS]
    .reverse()
    .map(
      (impact) =>
        `<tr><th scope="row">${e(valueLabel("impact", impact, language))}</th>${LIKELIHOODS.map(
          (likelihood) => {
            const level = riskLevel(likelihood, impact) ?? "low";
            return `<td class="lvl-${level}">${e(cell(impact, likelihood).join(", "))}</td>`;
          },
        ).join("")}</tr>`,
    )
    .join("\n");
  const legend = `<ul class="legend" aria-label="${e(T.heatLegend)}"><li>${e(T.heatLegend)}:</li>${RISK_LEVELS.map(
    (level) => `<li class="lvl-${level}">${e(T.riskLevels[level])}</li>`,
  ).join("")}</ul>`;
  return section(
    "heat-map",
    T.heatHeading,
    `${paragraph(T.heatIntro)}
<table class="heat">
<caption>${e(T.heatCaption)}</caption>
<thead>${head}</thead>
<tbody>
${rows}
</tbody>
</table>
${legend}`,
    true,
  );
}
