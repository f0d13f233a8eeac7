import type { Language } from "../i18n/language.js";
import { managementReportLabels } from "../i18n/management-report-labels.js";
import { valueLabel } from "../i18n/value-labels.js";
import type { Report } from "../report/report.js";
import { isOpen } from "../vocabulary/finding.js";
import { escapeHtml as e } from "./html/escape-html.js";
import {
  areasSection,
  decisionsSection,
  expirySection,
  isDecision,
  isExpiry,
} from "./html/gap-sections.js";
import { formatDate } from "./html/page-parts.js";
import { PAGE_STYLE } from "./html/page-style.js";
import { dueSection, trainingSection } from "./html/people-sections.js";
import { sinceSection } from "./html/since-section.js";
import { dinSpecSection, heatMapSection, verdictSection } from "./html/summary-sections.js";
import type { RenderContext, Renderer } from "./renderer.js";

/**
 * No script, no external resource, nothing to fetch: the policy says so to the browser too, so
 * even a text that escaped escaping could not run or load anything.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The management report (thesis 2): one self-contained, printable HTML page in the reader's
 * language with the verdict, the DIN SPEC 27076 status value, the risk heat map, the decisions
 * for management, running-out acceptances and waivers, training per role, the next due dates,
 * the changes since an earlier report (context `since`) and the open points by area.
 */
export function renderHtmlReport(report: Report, context: RenderContext): string {
  const { language } = context;
  const T = managementReportLabels(language);
  const windowDays = Number(context.ruleSet.parameters.expiry_warning_days?.default ?? 30);
  const readable = report.errors.length === 0 && report.status !== "unreadable";
  const needManagement = report.findings.filter(
    (finding) => isDecision(finding) || (isOpen(finding) && isExpiry(finding)),
  );
  const sections = [verdictSection(report, needManagement, T)];
  if (readable) {
    if (report.din_spec_27076)
      sections.push(
        dinSpecSection(report.din_spec_27076, context.ruleSet.dinSpec27076, language, T),
      );
    sections.push(
      heatMapSection(report.risk, language, T),
      decisionsSection(report, language, T),
      expirySection(report, language, T, windowDays),
      trainingSection(report, T),
      dueSection(report, language, T, windowDays),
    );
    if (context.since) sections.push(sinceSection(report, context.since, language, T));
    sections.push(areasSection(report, language, T));
  }
  const tool = `${report.tool.name} ${report.tool.version}`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(`${T.title} — ${report.manifest}`)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${e(T.title)}</h1>
<p class="subtitle">${e(T.subtitle)}</p>
<dl class="meta">
<div><dt>${e(T.manifest)}:</dt><dd>${e(report.manifest)}</dd></div>
<div><dt>${e(T.asOf)}:</dt><dd>${e(formatDate(report.evaluated_at, language))}</dd></div>
${profileLine(report.profile, language, T.profile)}
</dl>
</header>
${sections.join("\n")}
<footer>
<p>${e(T.footer(tool))} ${e(T.fullList)}</p>
</footer>
</main>
</body>
</html>
`;
}

/** Size, sector and NIS2 standing in words, when the profile has them. */
function profileLine(profile: Record<string, unknown>, language: Language, label: string): string {
  const regulation = profile.regulation as Record<string, unknown> | undefined;
  const parts = [
    typeof profile.size === "string" ? valueLabel("size", profile.size, language) : "",
    typeof profile.sector === "string" ? valueLabel("sector", profile.sector, language) : "",
    regulation && typeof regulation.nis2 === "string" && regulation.nis2 !== "none"
      ? `NIS2: ${valueLabel("nis2", regulation.nis2, language)}`
      : "",
  ].filter(Boolean);
  if (parts.length === 0) return "";
  return `<div><dt>${e(label)}:</dt><dd>${e(parts.join(" · "))}</dd></div>`;
}

export const renderer: Renderer = { render: renderHtmlReport };
