import type { Language } from "../i18n/language.js";
import { managementReportLabels } from "../i18n/management-report-labels.js";
import { valueLabel } from "../i18n/value-labels.js";
import type { Report } from "../report/report.js";
import { isOpen } from "../vocabulary/finding.js";
import {
  areasSection,
  decisionsSection,
  expirySection,
  isDecision,
  isExpiry,
} from "./html/gap-sections.js";
import { metaLine, pageDocument } from "./html/page-document.js";
import { formatDate } from "./html/page-parts.js";
import { dueSection, trainingSection } from "./html/people-sections.js";
import { sinceSection } from "./html/since-section.js";
import { dinSpecSection, heatMapSection, verdictSection } from "./html/summary-sections.js";
import type { RenderContext, Renderer } from "./renderer.js";

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
  return pageDocument({
    language,
    title: `${T.title} — ${report.manifest}`,
    heading: T.title,
    subtitle: T.subtitle,
    meta: [
      metaLine(T.manifest, report.manifest),
      metaLine(T.asOf, formatDate(report.evaluated_at, language)),
      profileLine(report.profile, language, T.profile),
    ],
    sections,
    footer: `${T.footer(tool)} ${T.fullList}`,
  });
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
  return metaLine(label, parts.join(" · "));
}

export const renderer: Renderer = { render: renderHtmlReport };
