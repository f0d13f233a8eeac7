import { approvalText, pendingText } from "../i18n/approval-labels.js";
import { DIN_SPEC_NOT_MET_LABEL, dinSpecLine, dinSpecNotMet } from "../i18n/din-spec-labels.js";
import type { Language } from "../i18n/language.js";
import { areaLabel, severityLabel, truncationText } from "../i18n/report-labels.js";
import { valueLabel } from "../i18n/value-labels.js";
import { words } from "../i18n/words/words.js";
import { formatProblem } from "../manifest/manifest-error.js";
import type { Report } from "../report/report.js";
import { terminalSafe } from "../report/terminal-text.js";
import { formatEuro } from "../rules/risk-economics.js";
import { IMPACTS, LIKELIHOODS } from "../rules/risk-matrix.js";
import type { Case } from "../rules/rule-set.js";
import { compareFindings, type Finding, SEVERITIES, type Severity } from "../vocabulary/finding.js";
import type { Renderer } from "./renderer.js";

export interface TextOptions {
  language: Language;
  /** The worst-practice catalogue, to name cases by title rather than id. */
  cases?: ReadonlyMap<string, Case>;
  /** ANSI colours, only for a terminal (the CLI decides: TTY and no NO_COLOR). */
  color: boolean;
}

const COLOURS: Record<Severity | "dim" | "bold" | "ok", string> = {
  critical: "\u001b[35m",
  high: "\u001b[31m",
  medium: "\u001b[33m",
  low: "\u001b[36m",
  dim: "\u001b[2m",
  bold: "\u001b[1m",
  ok: "\u001b[32m",
};
const RESET = "\u001b[0m";

/** Terminal text: most severe first, each gap with its line, its area and its fix. */
export function renderText(report: Report, options: TextOptions): string {
  // Manifest and pack text is made inert first: colours are ours alone.
  report = terminalSafeReport(report);
  const { language } = options;
  const paint = (style: keyof typeof COLOURS, text: string) =>
    options.color ? `${COLOURS[style]}${text}${RESET}` : text;
  const out: string[] = [];
  if (report.errors.length > 0) {
    out.push(paint("bold", `${words(language).common.unreadable}:`));
    for (const problem of report.errors) out.push(formatProblem(problem, language));
    return `${out.join("\n")}\n`;
  }
  const counts = SEVERITIES.filter((s) => report.summary.by_severity[s] > 0)
    .reverse()
    .map((s) => `${report.summary.by_severity[s]} ${severityLabel(s, language)}`);
  out.push(
    `${paint("bold", report.manifest)}: ${words(language).common.openGaps(report.summary.total)}${counts.length ? ` (${counts.join(", ")})` : ""} · ${words(language).common.evaluated} ${report.evaluated_at}`,
  );
  if (report.din_spec_27076) {
    out.push(dinSpecLine(report.din_spec_27076, language));
    const notMet = dinSpecNotMet(report.din_spec_27076);
    if (notMet.length > 0)
      out.push(paint("dim", `  ${DIN_SPEC_NOT_MET_LABEL[language]}: ${notMet.join(" · ")}`));
  }
  const shortened = truncationText(report.truncated, language);
  if (shortened) out.push(paint("dim", shortened));
  const changes = report.changes ?? [];
  if (changes.length > 0) {
    out.push("", paint("bold", `${words(language).common.changes} (${changes.length})`));
    for (const change of changes) {
      const note = approvalText(change.approval, language);
      const place = `${change.side === "base" ? `${words(language).common.base} ` : ""}${change.line}:${change.column}`;
      out.push(`  ${paint("dim", place.padEnd(12))} ${change.message}`);
      if (note) out.push(`${" ".repeat(15)}${paint("dim", note)}`);
    }
  }
  // Most severe first, as in the comment; the area is a label on each gap.
  const open = report.findings.filter((f) => f.status !== "waived").sort(compareFindings);
  if (open.length === 0) out.push("", paint("ok", words(language).common.noGaps));
  else out.push("");
  for (const finding of open) out.push(...renderFinding(finding, options, paint));
  const noLonger = report.no_longer_checked ?? [];
  if (noLonger.length > 0) {
    out.push("", paint("dim", `${words(language).common.noLonger}:`));
    for (const finding of noLonger)
      out.push(paint("dim", `  ${finding.rule}  ${finding.message} — ${finding.because ?? ""}`));
  }
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length > 0) {
    out.push("", paint("dim", words(language).common.waived));
    for (const finding of waived)
      out.push(
        paint("dim", `  ${finding.rule}  ${report.manifest}:${finding.line}  ${finding.message}`),
      );
  }
  const upcoming = report.upcoming ?? [];
  if (upcoming.length > 0) {
    out.push("", paint("bold", `${words(language).common.upcoming} (${upcoming.length})`));
    for (const item of upcoming)
      out.push(`  ${paint("dim", item.due)}  ${item.what}  ${paint("dim", item.rule)}`);
  }
  out.push(...renderRisk(report, options, paint));
  return `${out.join("\n")}\n`;
}

function renderRisk(
  report: Report,
  options: TextOptions,
  paint: (style: keyof typeof COLOURS, text: string) => string,
): string[] {
  const { language } = options;
  if (!report.risk) return [];
  const out: string[] = [];
  const placed = IMPACTS.some((impact) =>
    LIKELIHOODS.some((l) => (report.risk?.heatmap[impact][l].length ?? 0) > 0),
  );
  if (placed) {
    out.push("", paint("bold", words(language).text.matrix));
    // As wide as the widest cell, so threat ids never run into the next column.
    const cellTexts = IMPACTS.flatMap((impact) =>
      LIKELIHOODS.map((l) => (report.risk?.heatmap[impact][l] ?? []).join(",")),
    );
    const width = Math.max(14, ...cellTexts.map((text) => text.length + 2));
    const labelWidth = Math.max(
      width,
      ...IMPACTS.map((i) => valueLabel("impact", i, language).length + 2),
    );
    out.push(
      `  ${"".padEnd(labelWidth)}${LIKELIHOODS.map((l) => valueLabel("likelihood", l, language).padEnd(width)).join("")}`,
    );
    for (const impact of [...IMPACTS].reverse()) {
      const cells = LIKELIHOODS.map((l) =>
        (report.risk?.heatmap[impact][l] ?? []).join(",").padEnd(width),
      );
      out.push(
        `  ${valueLabel("impact", impact, language).padEnd(labelWidth)}${cells.join("")}`.trimEnd(),
      );
    }
  }
  if (report.risk.economics.length > 0) {
    out.push("", paint("bold", words(language).text.economics));
    for (const row of report.risk.economics) {
      const verdict =
        row.paysOff === undefined
          ? words(language).text.noCost
          : row.paysOff
            ? words(language).common.paysOff
            : words(language).common.doesNotPay;
      const cost =
        row.measuresCostPerYear === undefined
          ? "–"
          : `${formatEuro(row.measuresCostPerYear, language)}${words(language).text.perYear}`;
      out.push(
        `  ${row.threat.padEnd(8)} ${words(language).text.loss} ${formatEuro(row.expectedAnnualLoss, language)}${words(language).text.perYear} · ${words(language).text.cost} ${cost} · ${verdict}`,
      );
    }
  }
  return out;
}

function renderFinding(
  finding: Finding,
  options: TextOptions,
  paint: (style: keyof typeof COLOURS, text: string) => string,
): string[] {
  const { language } = options;
  const severity = severityLabel(finding.severity, language).padEnd(8);
  const lines = [
    `  ${paint(finding.severity, severity)} ${paint("dim", `${finding.line}:${finding.column}`.padEnd(7))} ${finding.message}  ${paint("dim", `${finding.rule} · ${areaLabel(finding.area, language)}`)}`,
  ];
  const indent = " ".repeat(19);
  if (finding.pending)
    lines.push(
      `${indent}${paint("bold", pendingText(finding.pending.waiting_for, finding.pending.state, language))}`,
    );
  if (finding.applies_because)
    lines.push(
      `${indent}${paint("dim", `${words(language).common.appliesBecause}: ${finding.applies_because}`)}`,
    );
  if (finding.supersedes?.length)
    lines.push(
      `${indent}${paint("dim", `${words(language).common.supersedes}: ${finding.supersedes.join(", ")}`)}`,
    );
  if (finding.remediation)
    lines.push(`${indent}${words(language).common.howToFix}: ${finding.remediation}`);
  if (finding.cases.length > 0) {
    const titles = finding.cases.map((id) =>
      terminalSafe(options.cases?.get(id)?.title[language] ?? id),
    );
    lines.push(`${indent}${paint("dim", `${words(language).text.cases}: ${titles.join(", ")}`)}`);
  }
  return lines;
}

/**
 * The report with every string in it made inert (`terminalSafe`): whatever field a manifest or
 * pack filled, it prints on its line, in our colours, in its order.
 */
function terminalSafeReport(report: Report): Report {
  return inert(report) as Report;
}

function inert(value: unknown): unknown {
  if (typeof value === "string") return terminalSafe(value);
  if (Array.isArray(value)) return value.map(inert);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inert(inner)]));
  }
  return value;
}

export const renderer: Renderer = {
  render: (report, context) =>
    renderText(report, {
      language: context.language,
      color: context.color ?? false,
      cases: context.ruleSet.cases,
    }),
};
