import type { Language } from "../i18n/language.js";
import { areaLabel, severityLabel } from "../i18n/report-labels.js";
import { formatEuro } from "../rules/risk-economics.js";
import { IMPACTS, LIKELIHOODS, type RiskLevel, riskLevel } from "../rules/risk-matrix.js";
import type { Case } from "../rules/rule-set.js";
import { AREAS, type Finding, SEVERITIES, type Severity, severityRank } from "./finding.js";
import { markdownCode, escapeMarkdown as md } from "./markdown.js";
import type { Report } from "./report.js";

/** GitHub refuses issue comments longer than this (measured here in UTF-8 bytes, which is never less). */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary (1 MiB); we stay well below it. */
export const SUMMARY_LIMIT = 1_000_000;

export interface MarkdownOptions {
  language: Language;
  cases?: ReadonlyMap<string, Case>;
  /** Links to manifest lines at this commit, e.g. https://github.com/o/r/blob/<sha>/<path>. */
  blobUrl?: string;
  /** Hidden marker that identifies the sticky comment (comments only). */
  marker?: string;
  /** Largest body to produce; sections are shortened to fit, with a pointer to the full report. */
  limit?: number;
  /** Where the full list is when the body had to be shortened. */
  fullReportHint?: string;
}

export const SEVERITY_ICONS: Record<Severity, string> = {
  critical: "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🔵",
};
const LEVEL_ICONS: Record<RiskLevel, string> = {
  "very-high": "🔴",
  high: "🟠",
  medium: "🟡",
  low: "🟢",
};

const T = {
  title: { en: "Security manifest check", de: "Sicherheitsmanifest-Prüfung" },
  noGaps: {
    en: "✅ No open gaps: the manifest meets every rule that applies.",
    de: "✅ Keine offenen Lücken: Das Manifest erfüllt alle zutreffenden Regeln.",
  },
  new: {
    en: (n: number) => (n === 1 ? "1 new gap" : `${n} new gaps`),
    de: (n: number) => (n === 1 ? "1 neue Lücke" : `${n} neue Lücken`),
  },
  fixed: { en: (n: number) => `${n} fixed`, de: (n: number) => `${n} behoben` },
  unchanged: { en: (n: number) => `${n} unchanged`, de: (n: number) => `${n} unverändert` },
  open: {
    en: (n: number) => (n === 1 ? "1 open gap" : `${n} open gaps`),
    de: (n: number) => (n === 1 ? "1 offene Lücke" : `${n} offene Lücken`),
  },
  evaluated: { en: "evaluated", de: "bewertet am" },
  newSection: { en: "New gaps", de: "Neue Lücken" },
  unchangedSection: {
    en: "Gaps already on the base branch",
    de: "Lücken, die schon im Basis-Branch bestehen",
  },
  openSection: { en: "Gaps", de: "Lücken" },
  fixedSection: { en: "Fixed by this change", de: "Durch diese Änderung behoben" },
  waivedSection: {
    en: "Waived by management (not counted)",
    de: "Vom Management ausgenommen (nicht gezählt)",
  },
  heatmap: { en: "Risk heat map (BSI 200-3)", de: "Risiko-Heatmap (BSI 200-3)" },
  impactLikelihood: { en: "Impact ↓ · likelihood →", de: "Auswirkung ↓ · Häufigkeit →" },
  economics: {
    en: "Expected annual loss vs. cost of measures",
    de: "Erwarteter Jahresschaden vs. Kosten der Maßnahmen",
  },
  threat: { en: "Threat", de: "Bedrohung" },
  loss: { en: "Expected loss / year", de: "Erwarteter Schaden / Jahr" },
  cost: { en: "Measures / year", de: "Maßnahmen / Jahr" },
  verdict: { en: "Verdict", de: "Bewertung" },
  paysOff: { en: "pays off", de: "lohnt sich" },
  doesNotPay: { en: "costs more than it saves", de: "kostet mehr, als sie einspart" },
  gap: { en: "Gap", de: "Lücke" },
  where: { en: "Where", de: "Wo" },
  fix: { en: "How to fix", de: "Abhilfe" },
  leavesOpen: { en: "Leaves open", de: "Lässt offen" },
  line: { en: "line", de: "Zeile" },
  because: { en: "applies because", de: "gilt, weil" },
  management: { en: "For management", de: "Für die Geschäftsleitung" },
  truncated: {
    en: (n: number, hint: string) => `… and ${n} more. The full list is in ${hint}.`,
    de: (n: number, hint: string) => `… und ${n} weitere. Die vollständige Liste steht in ${hint}.`,
  },
  defaultHint: { en: "the job summary of this run", de: "der Job-Zusammenfassung dieses Laufs" },
  footer: {
    en: "Run `security-manifest explain RULE` for any rule id.",
    de: "`security-manifest explain REGEL` erklärt jede Regel.",
  },
  unreadable: {
    en: "The manifest could not be read",
    de: "Das Manifest konnte nicht gelesen werden",
  },
} as const;

/**
 * The PR comment and job summary: headline counts, a paragraph for management, new gaps first
 * (grouped by area, with line links, fix and the cases left open), fixed ones, unchanged ones
 * and waivers collapsed, the risk heat map. Every string from a manifest or pack is escaped.
 * When the body would exceed `limit`, gap tables are shortened (least severe rows first).
 */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const total = report.findings.length + report.fixed.length;
  let body = compose(report, options, Number.POSITIVE_INFINITY);
  const size = (text: string) => Buffer.byteLength(text, "utf8");
  for (let rows = total; size(body) > limit && rows > 0; rows = Math.floor(rows / 2)) {
    body = compose(report, options, Math.floor(rows / 2));
  }
  // A pathological report (huge texts in few rows) still must fit: cut by characters well below the byte limit.
  return size(body) > limit
    ? `${body.slice(0, Math.floor(limit / 4) - 200)}\n\n${T.truncated[options.language](0, options.fullReportHint ?? T.defaultHint[options.language])}\n`
    : body;
}

function compose(report: Report, options: MarkdownOptions, maxRows: number): string {
  const { language } = options;
  const out: string[] = [];
  if (options.marker) out.push(options.marker);
  out.push(`### 🛡️ ${T.title[language]} · ${md(report.manifest)}`, "");
  if (report.errors.length > 0) {
    out.push(`**${T.unreadable[language]}:**`, "");
    for (const problem of report.errors) {
      out.push(
        `- ${md(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`)} — ${md(problem.hint)}`,
      );
    }
    return `${out.join("\n")}\n`;
  }
  const open = report.findings.filter((f) => f.status !== "waived");
  const fresh = open.filter((f) => f.status === "new");
  const unchanged = open.filter((f) => f.status === "unchanged");
  const compared = unchanged.length > 0 || report.fixed.length > 0;
  out.push(headline(report, open, fresh, unchanged, compared, language), "");
  if (open.length === 0) out.push(T.noGaps[language], "");
  else
    out.push(
      `> **${T.management[language]}:** ${managementParagraph(report, open, fresh, compared, language)}`,
      "",
    );

  let budget = maxRows;
  const take = (findings: Finding[]) => {
    const shown = findings.slice(0, Math.max(0, budget));
    budget -= shown.length;
    return { shown, hidden: findings.length - shown.length };
  };
  const hint = options.fullReportHint ?? T.defaultHint[language];
  let hiddenTotal = 0;

  if (fresh.length > 0) {
    out.push(
      `#### ${compared ? T.newSection[language] : T.openSection[language]} (${fresh.length})`,
      "",
    );
    const { shown, hidden } = take(fresh);
    out.push(...byArea(shown, options));
    hiddenTotal += hidden;
  }
  if (report.fixed.length > 0) {
    const { shown, hidden } = take(report.fixed);
    out.push(`#### ✅ ${T.fixedSection[language]} (${report.fixed.length})`, "");
    for (const finding of shown)
      out.push(`- ~~${md(finding.message)}~~ ${markdownCode(finding.rule)}`);
    out.push("");
    hiddenTotal += hidden;
  }
  if (unchanged.length > 0) {
    const { shown, hidden } = take(unchanged);
    out.push(
      `<details><summary>${T.unchangedSection[language]} (${unchanged.length})</summary>`,
      "",
    );
    out.push(...byArea(shown, options), "</details>", "");
    hiddenTotal += hidden;
  }
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length > 0) {
    const { shown, hidden } = take(waived);
    out.push(`<details><summary>${T.waivedSection[language]} (${waived.length})</summary>`, "");
    for (const finding of shown)
      out.push(
        `- ${markdownCode(finding.rule)} ${md(finding.message)} (${where(finding, options)})`,
      );
    out.push("", "</details>", "");
    hiddenTotal += hidden;
  }
  if (hiddenTotal > 0) out.push(`_${md(T.truncated[language](hiddenTotal, hint))}_`, "");
  out.push(...riskSections(report, language));
  out.push(
    `<sub>${report.tool.name} ${md(report.tool.version)} · ${T.evaluated[language]} ${report.evaluated_at} · ${T.footer[language]}</sub>`,
  );
  return `${out.join("\n")}\n`;
}

function headline(
  report: Report,
  open: Finding[],
  fresh: Finding[],
  unchanged: Finding[],
  compared: boolean,
  language: Language,
): string {
  const parts = compared
    ? [
        T.new[language](fresh.length),
        T.fixed[language](report.fixed.length),
        T.unchanged[language](unchanged.length),
      ]
    : [T.open[language](open.length)];
  const bySeverity = [...SEVERITIES]
    .reverse()
    .filter((s) => report.summary.by_severity[s] > 0)
    .map(
      (s) => `${SEVERITY_ICONS[s]} ${report.summary.by_severity[s]} ${severityLabel(s, language)}`,
    );
  return `**${parts.join(", ")}**${bySeverity.length ? ` · ${bySeverity.join(" · ")}` : ""}`;
}

/** Plain language for the people who decide (thesis 2): how bad, what changed, what needs them. */
function managementParagraph(
  report: Report,
  open: Finding[],
  fresh: Finding[],
  compared: boolean,
  language: Language,
): string {
  const severe = open.filter((f) => severityRank(f.severity) >= severityRank("high")).length;
  const areas = AREAS.filter((a) => report.summary.by_area[a] > 0)
    .sort((a, b) => report.summary.by_area[b] - report.summary.by_area[a])
    .slice(0, 2)
    .map((a) => areaLabel(a, language).toLowerCase());
  const management = open.filter((f) => f.thesis === 2).length;
  if (language === "de") {
    return [
      `Das Projekt hat ${open.length === 1 ? "eine offene Sicherheitslücke" : `${open.length} offene Sicherheitslücken`} in seiner Sicherheitsdokumentation, davon ${severe} mit hohem oder kritischem Schweregrad.`,
      compared
        ? `Diese Änderung bringt ${fresh.length} neu hinzu und schließt ${report.fixed.length}.`
        : "",
      areas.length ? `Die meisten betreffen ${areas.join(" und ")}.` : "",
      management > 0
        ? `${management} davon ${management === 1 ? "braucht" : "brauchen"} eine Entscheidung oder Mitwirkung der Geschäftsleitung.`
        : "",
    ]
      .filter(Boolean)
      .join(" ");
  }
  return [
    `The project has ${open.length === 1 ? "one open gap" : `${open.length} open gaps`} in its security records, ${severe} of them high or critical.`,
    compared ? `This change adds ${fresh.length} and closes ${report.fixed.length}.` : "",
    areas.length ? `Most concern ${areas.join(" and ")}.` : "",
    management > 0
      ? `${management} ${management === 1 ? "needs" : "need"} a decision or action by management.`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function byArea(findings: Finding[], options: MarkdownOptions): string[] {
  const { language } = options;
  const out: string[] = [];
  for (const area of AREAS) {
    const inArea = findings.filter((f) => f.area === area);
    if (inArea.length === 0) continue;
    out.push(`**${areaLabel(area, language)}**`, "");
    out.push(
      `| | ${T.gap[language]} | ${T.where[language]} | ${T.fix[language]} | ${T.leavesOpen[language]} |`,
      "|---|---|---|---|---|",
    );
    for (const finding of inArea) {
      const cases = finding.cases
        .map((id) => md(options.cases?.get(id)?.title[language] ?? id))
        .join(", ");
      out.push(
        `| ${SEVERITY_ICONS[finding.severity]} ${severityLabel(finding.severity, language)} | ${md(finding.message)} ${markdownCode(finding.rule)}${why(finding, language)} | ${where(finding, options)} | ${md(finding.remediation)} | ${cases} |`,
      );
    }
    out.push("");
  }
  return out;
}

/** The profile condition that made the rule apply, small under the gap (thesis 3). */
function why(finding: Finding, language: Language): string {
  return finding.applies_because
    ? `<br><sub>${T.because[language]}: ${md(finding.applies_because)}</sub>`
    : "";
}

function where(finding: Finding, options: MarkdownOptions): string {
  const text = `${T.line[options.language]} ${finding.line}`;
  return options.blobUrl ? `[${text}](${options.blobUrl}#L${finding.line})` : text;
}

function riskSections(report: Report, language: Language): string[] {
  const risk = report.risk;
  if (!risk) return [];
  const out: string[] = [];
  const placed = IMPACTS.some((i) => LIKELIHOODS.some((l) => risk.heatmap[i][l].length > 0));
  if (placed) {
    out.push(`<details><summary>${T.heatmap[language]}</summary>`, "");
    out.push(
      `| ${T.impactLikelihood[language]} | ${LIKELIHOODS.join(" | ")} |`,
      `|---|${LIKELIHOODS.map(() => "---").join("|")}|`,
    );
    for (const impact of [...IMPACTS].reverse()) {
      const cells = LIKELIHOODS.map((likelihood) => {
        const level = riskLevel(likelihood, impact) as RiskLevel;
        const ids = risk.heatmap[impact][likelihood].map(md).join(", ");
        return `${LEVEL_ICONS[level]} ${ids}`.trimEnd();
      });
      out.push(`| **${impact}** | ${cells.join(" | ")} |`);
    }
    out.push("", "</details>", "");
  }
  if (risk.economics.length > 0) {
    out.push(`<details><summary>${T.economics[language]}</summary>`, "");
    out.push(
      `| ${T.threat[language]} | ${T.loss[language]} | ${T.cost[language]} | ${T.verdict[language]} |`,
      "|---|---|---|---|",
    );
    for (const row of risk.economics) {
      const verdict =
        row.paysOff === undefined
          ? "–"
          : row.paysOff
            ? `✅ ${T.paysOff[language]}`
            : `⚠️ ${T.doesNotPay[language]}`;
      const cost =
        row.measuresCostPerYear === undefined ? "–" : formatEuro(row.measuresCostPerYear);
      out.push(
        `| ${md(row.threat)} ${md(row.title)} | ${formatEuro(row.expectedAnnualLoss)} | ${cost} | ${verdict} |`,
      );
    }
    out.push("", "</details>", "");
  }
  return out;
}
