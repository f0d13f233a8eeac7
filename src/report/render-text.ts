import type { Language } from "../i18n/language.js";
import { areaLabel, severityLabel } from "../i18n/report-labels.js";
import { formatProblem } from "../manifest/manifest-error.js";
import { AREAS, type Finding, SEVERITIES, type Severity } from "./finding.js";
import type { Report } from "./report.js";

export interface TextOptions {
  language: Language;
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

const WORDS = {
  gaps: {
    en: (n: number) => (n === 1 ? "1 gap" : `${n} gaps`),
    de: (n: number) => (n === 1 ? "1 Lücke" : `${n} Lücken`),
  },
  evaluated: { en: "evaluated", de: "bewertet am" },
  noGaps: {
    en: "No gaps found. The manifest meets every rule that applies.",
    de: "Keine Lücken gefunden. Das Manifest erfüllt alle zutreffenden Regeln.",
  },
  fix: { en: "fix", de: "Abhilfe" },
  why: { en: "why", de: "warum" },
  waived: {
    en: "Waived (accepted by management, not counted)",
    de: "Ausgenommen (vom Management genehmigt, nicht gezählt)",
  },
  cases: { en: "leaves open", de: "lässt offen" },
  unreadable: {
    en: "The manifest could not be read:",
    de: "Das Manifest konnte nicht gelesen werden:",
  },
} as const;

/** Terminal text: grouped by area, most severe first, each gap with its line and its fix. */
export function renderText(report: Report, options: TextOptions): string {
  const { language } = options;
  const paint = (style: keyof typeof COLOURS, text: string) =>
    options.color ? `${COLOURS[style]}${text}${RESET}` : text;
  const out: string[] = [];
  if (report.errors.length > 0) {
    out.push(paint("bold", WORDS.unreadable[language]));
    for (const problem of report.errors) out.push(formatProblem(problem));
    return `${out.join("\n")}\n`;
  }
  const counts = SEVERITIES.filter((s) => report.summary.by_severity[s] > 0)
    .reverse()
    .map((s) => `${report.summary.by_severity[s]} ${severityLabel(s, language)}`);
  out.push(
    `${paint("bold", report.manifest)}: ${WORDS.gaps[language](report.summary.total)}${counts.length ? ` (${counts.join(", ")})` : ""} · ${WORDS.evaluated[language]} ${report.evaluated_at}`,
  );
  const open = report.findings.filter((f) => f.status !== "waived");
  if (open.length === 0) out.push("", paint("ok", WORDS.noGaps[language]));
  for (const area of AREAS) {
    const inArea = open.filter((f) => f.area === area);
    if (inArea.length === 0) continue;
    out.push("", paint("bold", `${areaLabel(area, language)} (${inArea.length})`));
    for (const finding of inArea) out.push(...renderFinding(finding, options, paint));
  }
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length > 0) {
    out.push("", paint("dim", WORDS.waived[language]));
    for (const finding of waived)
      out.push(
        paint("dim", `  ${finding.rule}  ${report.manifest}:${finding.line}  ${finding.message}`),
      );
  }
  return `${out.join("\n")}\n`;
}

function renderFinding(
  finding: Finding,
  options: TextOptions,
  paint: (style: keyof typeof COLOURS, text: string) => string,
): string[] {
  const { language } = options;
  const severity = severityLabel(finding.severity, language).padEnd(8);
  const lines = [
    `  ${paint(finding.severity, severity)} ${paint("dim", `${finding.line}:${finding.column}`.padEnd(7))} ${finding.message}  ${paint("dim", finding.rule)}`,
  ];
  const indent = " ".repeat(19);
  if (finding.applies_because)
    lines.push(`${indent}${paint("dim", `${WORDS.why[language]}: ${finding.applies_because}`)}`);
  if (finding.remediation) lines.push(`${indent}${WORDS.fix[language]}: ${finding.remediation}`);
  if (finding.cases.length > 0)
    lines.push(`${indent}${paint("dim", `${WORDS.cases[language]}: ${finding.cases.join(", ")}`)}`);
  return lines;
}
