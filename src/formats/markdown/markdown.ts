import { approvalText, pendingText } from "../../i18n/approval-labels.js";
import { DIN_SPEC_NOT_MET_LABEL, dinSpecLine, dinSpecNotMet } from "../../i18n/din-spec-labels.js";
import type { Language } from "../../i18n/language.js";
import { areaLabel, severityLabel, truncationText } from "../../i18n/report-labels.js";
import { valueLabel } from "../../i18n/value-labels.js";
import { words } from "../../i18n/words/words.js";
import { type GapRow, gapRows, splitSubject } from "../../report/comment-rows.js";
import { markdownCode, escapeMarkdown as md } from "../../report/markdown.js";
import type { Report } from "../../report/report.js";
import type { RiskOverview } from "../../report/risk-overview.js";
import { shortFix } from "../../report/short-fix.js";
import { formatEuro, type ThreatEconomics } from "../../rules/risk-economics.js";
import {
  IMPACTS,
  type Impact,
  LIKELIHOODS,
  type Likelihood,
  type RiskLevel,
  riskLevel,
} from "../../rules/risk-matrix.js";
import type { Case } from "../../rules/rule-set.js";
import type { DinSpecStatus } from "../../vocabulary/din-spec-status.js";
import {
  AREAS,
  compareFindings,
  type Finding,
  SEVERITIES,
  type Severity,
  severityRank,
} from "../../vocabulary/finding.js";
import type { ManifestChange } from "../../vocabulary/manifest-change.js";
import type { LinkBuilder, Renderer } from "../renderer.js";
import { COMMENT_LIMIT } from "./limits.js";

export interface MarkdownOptions {
  language: Language;
  cases?: ReadonlyMap<string, Case>;
  /** Where manifest lines can be read (head commit, and the base for what a pull request removed). */
  links?: LinkBuilder;
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

/** Threat ids shown per heat-map cell, and economics rows shown, before "+N more". */
export const HEATMAP_IDS_PER_CELL = 5;
export const ECONOMICS_ROWS = 20;
/** Upcoming duties listed in the comment (the JSON report has them all). */
const UPCOMING_SHOWN = 20;
/** Economics rows shown when the risk sections are compacted to fit the limit. */
const COMPACT_ECONOMICS_ROWS = 5;
/** Longest threat id and threat title shown in the risk sections (manifest ids have at most 64 characters). */
const ID_MAX = 64;
const TITLE_MAX = 200;
/** Longest text of one table cell when even the most severe gap row does not fit otherwise. */
const CELL_MAX = 300;

/** How much detail the risk sections keep: see `riskSections`. */
type RiskDetail = "full" | "compact" | "none";

/**
 * One line of the body. A line with `row` belongs to the gap rows: it is there only when the
 * plan shows more than `row` of them (a gap row is its own index; an area's table heading is the
 * index of its first row). Every other line is always there.
 */
interface Line {
  text: string;
  row?: number;
}

/**
 * A block is a section of whole lines with balanced HTML, so it can be dropped; "more" and
 * "risk" are the places of the "… and N more" note and of the risk sections, which depend on
 * the plan.
 */
type Block = Line[] | "more" | "risk";

/** The body composed once, with every gap row in it: plans only choose which lines to keep. */
interface Layout {
  blocks: Block[];
  /** Gap rows in the order they are given up (the last first): new, fixed, unchanged, waived … */
  rows: number;
}

/**
 * The PR comment and job summary: headline counts, a paragraph for management, new gaps first
 * (grouped by area, with line links, fix and the cases left open), fixed ones, unchanged ones
 * and waivers collapsed, the risk heat map. Every string from a manifest or pack is escaped.
 * When the body would exceed `limit`, the risk sections are shortened, then left out, then gap
 * tables are shortened (least severe rows first); if not even the most severe row fits, long
 * texts are clipped. The body is cut only between sections, so every `<details>` and every
 * table row stays whole.
 *
 * The body is composed once (twice when texts must be clipped) and every plan is measured by
 * adding up line sizes, so the work is linear in the report, however much has to give.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const { language } = options;
  const sorted = sortedReport(report);
  const hint = options.fullReportHint ?? words(language).comment.defaultHint;

  // The risk sections do not depend on the gap rows: composed once per level of detail.
  const riskCache = new Map<RiskDetail, { blocks: string[][]; bytes: number }>();
  const risk = (detail: RiskDetail) => {
    let cached = riskCache.get(detail);
    if (!cached) {
      const blocks = riskSections(sorted, detail, language, hint);
      cached = { blocks, bytes: linesBytes(blocks.flat()) };
      riskCache.set(detail, cached);
    }
    return cached;
  };
  const moreLines = (hidden: number) => [
    `_${md(words(language).comment.truncated(hidden, hint))}_`,
    "",
  ];

  const plan = (layout: Layout) => {
    // Bytes of the lines that are always there, and of the lines each gap row brings.
    let fixed = 0;
    const perRow = new Array<number>(layout.rows).fill(0);
    const slots = new Set<string>();
    for (const block of layout.blocks) {
      if (typeof block === "string") {
        slots.add(block);
        continue;
      }
      for (const line of block) {
        const bytes = size(line.text) + 1;
        if (line.row === undefined) fixed += bytes;
        else perRow[line.row] = (perRow[line.row] ?? 0) + bytes;
      }
    }
    const upTo = [0];
    for (const bytes of perRow) upTo.push((upTo[upTo.length - 1] ?? 0) + bytes);
    const bytesOf = (rows: number, detail: RiskDetail) =>
      fixed +
      (upTo[rows] ?? 0) +
      (slots.has("more") && rows < layout.rows ? linesBytes(moreLines(layout.rows - rows)) : 0) +
      (slots.has("risk") ? risk(detail).bytes : 0);
    return {
      rows: layout.rows,
      fits: (rows: number, detail: RiskDetail) => bytesOf(rows, detail) <= limit,
      blocks: (rows: number, detail: RiskDetail) => present(layout, rows, detail),
    };
  };
  /** The blocks of a plan, as lines (empty blocks left out). */
  const present = (layout: Layout, rows: number, detail: RiskDetail): string[][] => {
    const out: string[][] = [];
    for (const block of layout.blocks) {
      if (block === "more") {
        if (rows < layout.rows) out.push(moreLines(layout.rows - rows));
      } else if (block === "risk") {
        out.push(...risk(detail).blocks);
      } else {
        const lines = block.filter((line) => line.row === undefined || line.row < rows);
        if (lines.length > 0) out.push(lines.map((line) => line.text));
      }
    }
    return out;
  };
  const body = (blocks: string[][]) => joinBlocks(blocks.map((lines) => lines.join("\n")));

  const all = plan(compose(sorted, options, Number.POSITIVE_INFINITY));
  for (const detail of ["full", "compact", "none"] as const) {
    if (all.fits(all.rows, detail)) return body(all.blocks(all.rows, detail));
  }
  // Fewer gap rows, least severe first.
  const rows = mostRowsThatFit(all.rows, (n) => all.fits(n, "none"));
  if (rows !== undefined && (rows > 0 || all.rows === 0)) return body(all.blocks(rows, "none"));
  // Not even the most severe row fits: clip long texts, then as many rows as fit.
  const clipped = plan(compose(sorted, options, CELL_MAX));
  const clippedRows = mostRowsThatFit(clipped.rows, (n) => clipped.fits(n, "none"));
  if (clippedRows !== undefined) return body(clipped.blocks(clippedRows, "none"));
  // A pathological report (huge texts outside the gap rows, say many errors): keep whole sections
  // from the start while they fit, then say where the rest is.
  const blocks = clipped.blocks(0, "none").map((lines) => lines.join("\n"));
  const note = `_${md(words(language).comment.cut(hint))}_`;
  const kept: string[] = [];
  let used = size(note) + 1;
  for (const block of blocks) {
    used += size(block) + 1;
    if (used > limit) break;
    kept.push(block);
  }
  return joinBlocks([...kept, note]);
}

function size(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Bytes of lines in the body: each ends with a line break. */
function linesBytes(lines: readonly string[]): number {
  let bytes = 0;
  for (const line of lines) bytes += size(line) + 1;
  return bytes;
}

/** Blocks are sections of whole lines; joined they give the body with its trailing newline. */
function joinBlocks(blocks: string[]): string {
  return `${blocks.join("\n")}\n`;
}

/**
 * The largest n in [0, total] for which `fits(n)` holds, if any. Below `total` the size only grows
 * with n; `total` itself is tried first, as it lacks the "… and N more" line. A test is a sum of
 * sizes measured once, so the search costs nothing next to composing the body.
 */
function mostRowsThatFit(total: number, fits: (rows: number) => boolean): number | undefined {
  if (fits(total)) return total;
  if (!fits(0)) return undefined;
  let low = 0;
  let high = total - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Most severe first, whatever order a (possibly foreign) report lists its findings in. */
function sortedReport(report: Report): Report {
  const list = (findings: unknown) =>
    Array.isArray(findings) ? [...(findings as Finding[])].sort(compareFindings) : [];
  return {
    ...report,
    findings: list(report.findings),
    fixed: list(report.fixed),
    errors: Array.isArray(report.errors) ? report.errors : [],
    ...(report.no_longer_checked ? { no_longer_checked: list(report.no_longer_checked) } : {}),
  };
}

/** Text cut to `max` characters (never inside a surrogate pair), with "…" when it was longer. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/**
 * Every section of the body, each gap row marked with its index (new rows first, most severe
 * first in each section), long texts clipped to `clipAt` characters.
 */
function compose(report: Report, options: MarkdownOptions, clipAt: number): Layout {
  const { language } = options;
  const text = (value: string) => md(clip(String(value ?? ""), clipAt));
  const blocks: Block[] = [];
  const add = (...lines: (string | Line)[]) => {
    blocks.push(lines.map((line) => (typeof line === "string" ? { text: line } : line)));
  };
  let rows = 0;
  /** Row indices for a section's findings, in the order they are given up (the last first). */
  const take = (findings: Finding[]) => {
    const first = rows;
    rows += findings.length;
    return findings.map((finding, index) => ({ finding, row: first + index }));
  };
  /** The same for a section's gap rows (a row may carry several findings). */
  const takeRows = (gaps: GapRow[]) => {
    const first = rows;
    rows += gaps.length;
    return gaps.map((gap, index) => ({ gap, row: first + index }));
  };
  if (options.marker) add(options.marker);
  add(`### 🛡️ ${words(language).common.title} · ${text(report.manifest)}`, "");
  if (report.errors.length > 0) {
    add(`**${words(language).common.unreadable}:**`, "");
    for (const problem of report.errors) {
      add(
        `- ${text(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`)} — ${text(problem.hint)}`,
      );
    }
    return { blocks, rows };
  }
  const open = report.findings.filter((f) => f.status !== "waived");
  const fresh = open.filter((f) => f.status === "new");
  const unchanged = open.filter((f) => f.status === "unchanged");
  const waiting = open.filter((f) => f.status === "pending-approval");
  const compared = unchanged.length > 0 || report.fixed.length > 0;
  // What the PR changed in decisions and bars comes first, never collapsed: reviewers see it before anything else.
  const changes = Array.isArray(report.changes) ? report.changes : [];
  if (changes.length > 0) add(...changesBlock(changes, options, text));
  add(headline(report, open, fresh, unchanged, compared, language, waiting.length), "");
  if (open.length === 0) add(`✅ ${words(language).common.noGaps}`, "");
  // The report itself (not just this comment) had to be shortened: say so where everyone reads.
  const shortened = truncationText(report.truncated, language);
  if (shortened) add(`_${md(shortened)}_`, "");

  const waitingRows = gapRows(waiting);
  const freshRows = gapRows(fresh);
  // The few gaps to act on first: the most severe of what this change brings (or of all).
  const first = (freshRows.length > 0 ? freshRows : waitingRows).slice(0, START_HERE);
  if (waitingRows.length + freshRows.length > START_HERE) {
    add(
      `#### ${words(language).comment.startHere}`,
      "",
      ...first.map((gap, index) => `${index + 1}. ${startLine(gap, options)}`),
      "",
    );
  }
  if (waiting.length > 0) {
    add(`#### ⏳ ${words(language).comment.pendingSection} (${waiting.length})`, "");
    for (const table of gapTables(takeRows(waitingRows), options, text, true)) add(...table);
  }
  if (fresh.length > 0) {
    add(
      `#### ${compared ? words(language).comment.newSection : words(language).comment.openSection} (${fresh.length})`,
      "",
    );
    for (const table of gapTables(takeRows(freshRows), options, text, true)) add(...table);
  }
  if (report.fixed.length > 0) {
    add(
      `#### ✅ ${words(language).comment.fixedSection} (${report.fixed.length})`,
      "",
      ...take(report.fixed).map(({ finding, row }) => ({
        text: `- ~~${text(finding.message)}~~ ${markdownCode(finding.rule)}`,
        row,
      })),
      "",
    );
  }
  if (unchanged.length > 0) {
    add(
      `<details><summary>${words(language).comment.unchangedSection} (${unchanged.length})</summary>`,
      "",
      ...gapTables(takeRows(gapRows(unchanged)), options, text, false).flat(),
      "</details>",
      "",
    );
  }
  const noLonger = Array.isArray(report.no_longer_checked) ? report.no_longer_checked : [];
  if (noLonger.length > 0) {
    add(
      `#### ${words(language).common.noLonger} (${noLonger.length})`,
      "",
      ...take(noLonger).map(({ finding, row }) => ({
        text: `- ${text(finding.message)} ${markdownCode(finding.rule)} — ${text(finding.because ?? "")}`,
        row,
      })),
      "",
    );
  }
  const waived = report.findings.filter((f) => f.status === "waived");
  if (waived.length > 0) {
    add(
      `<details><summary>${words(language).common.waived} (${waived.length})</summary>`,
      "",
      ...take(waived).map(({ finding, row }) => ({
        text: `- ${markdownCode(finding.rule)} ${text(finding.message)} (${where(finding, options)})`,
        row,
      })),
      "",
      "</details>",
      "",
    );
  }
  blocks.push("more");
  // Due soon: listed, never counted, so nothing turns from fine to a gap overnight.
  const upcoming = Array.isArray(report.upcoming) ? report.upcoming : [];
  if (upcoming.length > 0) {
    add(
      `<details><summary>📅 ${words(language).common.upcoming} (${upcoming.length})</summary>`,
      "",
      // A fixed part of the comment: a few, soonest first, so a large team cannot crowd out the gaps.
      ...upcoming
        .slice(0, UPCOMING_SHOWN)
        .map(
          (item) =>
            `- ${words(language).comment.upcomingDue} ${text(item.due)}: ${text(item.what)} ${markdownCode(item.rule)}`,
        ),
      ...(upcoming.length > UPCOMING_SHOWN
        ? [
            `- ${md(words(language).comment.upcomingMore(upcoming.length - UPCOMING_SHOWN, options.fullReportHint ?? words(language).comment.defaultHint))}`,
          ]
        : []),
      "",
      "</details>",
      "",
    );
  }
  // Reviewers read the gaps first; the paragraph for the people who decide follows them.
  if (open.length > 0) {
    add(
      `> **${words(language).comment.management}:** ${managementParagraph(report, open, fresh, compared, language)}`,
      "",
    );
  }
  if (report.din_spec_27076) add(...dinSpecBlock(report.din_spec_27076, language, text));
  blocks.push("risk");
  add(
    `<sub>${report.tool.name} ${text(report.tool.version)} · ${words(language).common.evaluated} ${text(report.evaluated_at)} · ${words(language).comment.footer}</sub>`,
  );
  return { blocks, rows };
}

/** The DIN SPEC 27076 status line, and the requirements not met with the rules that found them. */
function dinSpecBlock(
  status: DinSpecStatus,
  language: Language,
  text: (value: string) => string,
): string[] {
  const notMet = dinSpecNotMet(status);
  return [
    `**${text(dinSpecLine(status, language))}**`,
    ...(notMet.length > 0
      ? ["", `${DIN_SPEC_NOT_MET_LABEL[language]}: ${notMet.map(text).join(" · ")}`]
      : []),
    "",
  ];
}

function headline(
  report: Report,
  open: Finding[],
  fresh: Finding[],
  unchanged: Finding[],
  compared: boolean,
  language: Language,
  waiting: number,
): string {
  const parts = compared
    ? [
        words(language).comment.newGaps(fresh.length),
        words(language).comment.fixed(report.fixed.length),
        words(language).comment.unchanged(unchanged.length),
      ]
    : [words(language).common.openGaps(open.length)];
  if (waiting > 0) parts.push(words(language).comment.pendingCount(waiting));
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
    // German nouns keep their capital letter; the names go in quotes, as some contain "und".
    .map((a) =>
      language === "de" ? `„${areaLabel(a, language)}“` : areaLabel(a, language).toLowerCase(),
    );
  const management = open.filter((f) => f.thesis === 2).length;
  const waiting = open.filter((f) => f.status === "pending-approval").length;
  if (language === "de") {
    return [
      waiting > 0
        ? `${waiting === 1 ? "Eine Lücke bleibt" : `${waiting} Lücken bleiben`} offen, bis die zuständige Person diesen PR auf GitHub freigibt.`
        : "",
      // "Sicherheitslücken" would read as software vulnerabilities: these are open points in the records.
      `In der Sicherheitsdokumentation des Projekts ${open.length === 1 ? "ist ein Punkt" : `sind ${open.length} Punkte`} offen, davon ${severe} mit hohem oder kritischem Schweregrad.`,
      compared
        ? `Diese Änderung bringt ${fresh.length} neu hinzu und schließt ${report.fixed.length}.`
        : "",
      areas.length === 1 ? `Die meisten betreffen den Bereich ${areas[0]}.` : "",
      areas.length > 1 ? `Die meisten betreffen die Bereiche ${areas.join(" und ")}.` : "",
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
    waiting > 0
      ? `${waiting === 1 ? "One gap stays" : `${waiting} gaps stay`} open until the person who must decide approves this PR on GitHub.`
      : "",
    areas.length ? `Most concern ${areas.join(" and ")}.` : "",
    management > 0
      ? `${management} ${management === 1 ? "needs" : "need"} a decision or action by management.`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** Items in "Start here", and rows a section shows before medium and low gaps are collapsed. */
export const START_HERE = 3;
/** Further items named in a row that merges one rule's gaps, before "+N more" (JSON has them all). */
export const ALSO_SHOWN = 10;
/** Longest message in "Start here" (the row below has it whole). */
const START_MAX = 110;
export const HANDFUL = 5;

/**
 * A section's gaps as tables ordered by severity, the area as a label in each row. With more
 * than a handful of rows (and `collapse`), critical and high rows stay open and the medium and
 * low ones go behind one <details>; its lines belong to its first row, so it opens and closes
 * as a whole when the plan keeps that row.
 */
function gapTables(
  rows: { gap: GapRow; row: number }[],
  options: MarkdownOptions,
  text: (value: string) => string,
  collapse: boolean,
): Line[][] {
  const { language } = options;
  const severe = (entry: { gap: GapRow }) =>
    severityRank(entry.gap.findings[0]?.severity ?? "low") >= severityRank("high");
  const folded = collapse && rows.length > HANDFUL ? rows.filter((entry) => !severe(entry)) : [];
  const open = folded.length > 0 ? rows.filter(severe) : rows;
  const header = [
    `| | ${words(language).comment.gap} | ${words(language).common.howToFix} |`,
    "|---|---|---|",
  ];
  const table = (entries: { gap: GapRow; row: number }[], at: number): Line[] => [
    ...header.map((line) => ({ text: line, row: at })),
    ...entries.map(({ gap, row }) => ({ text: gapRowText(gap, options, text), row })),
    { text: "", row: at },
  ];
  const blocks: Line[][] = [];
  const openAt = open[0]?.row;
  if (openAt !== undefined) blocks.push(table(open, openAt));
  const foldAt = folded[0]?.row;
  if (foldAt !== undefined) {
    const counts = (["medium", "low"] as const)
      .map((severity) => ({
        severity,
        n: folded.reduce(
          (sum, { gap }) => sum + gap.findings.filter((f) => f.severity === severity).length,
          0,
        ),
      }))
      .filter(({ n }) => n > 0)
      .map(
        ({ severity, n }) =>
          `${SEVERITY_ICONS[severity]} ${n} ${severityLabel(severity, language)}`,
      )
      .join(" · ");
    blocks.push([
      {
        text: `<details><summary>${words(language).comment.collapsed(counts)}</summary>`,
        row: foldAt,
      },
      { text: "", row: foldAt },
      ...table(folded, foldAt),
      { text: "</details>", row: foldAt },
      { text: "", row: foldAt },
    ]);
  }
  return blocks;
}

/**
 * One table row: the severity; the gap with its rule ids and, small below it, where it is, its
 * area and why the rule applies; and what to do first. Three columns leave the text room.
 */
function gapRowText(
  gap: GapRow,
  options: MarkdownOptions,
  text: (value: string) => string,
): string {
  const { language } = options;
  const lead = gap.findings[0] as Finding;
  const severity = `${SEVERITY_ICONS[lead.severity]} ${severityLabel(lead.severity, language)}`;
  const because =
    gap.kind !== "person" && lead.applies_because
      ? ` · ${words(language).common.appliesBecause}: ${text(lead.applies_because)}`
      : "";
  // One root cause, one finding: the rules folded into this one are named (superseded.ts).
  const folded = lead.supersedes?.length
    ? ` · ${words(language).common.supersedes}: ${text(lead.supersedes.join(", "))}`
    : "";
  const label = `<br><sub>${whereAll(gap.findings, options)} · ${areaLabel(lead.area, language)}${because}${folded}</sub>`;
  return `| ${severity} | ${gapText(gap, language, text)}${pendingNote(lead, language, text)}${label} | ${text(fixText(gap, language))} |`;
}

/** What the gap is: one message, a person's list of trainings, or a rule's items. */
function gapText(gap: GapRow, language: Language, text: (value: string) => string): string {
  const lead = gap.findings[0] as Finding;
  const codes = [...new Set(gap.findings.map((f) => f.rule))].map(markdownCode).join(" ");
  if (gap.kind === "person") {
    const split = splitSubject(gap.findings.map((f) => f.message));
    const what = split
      ? `**${text(split.subject)}**: ${split.rest.map(text).join("; ")}`
      : gap.findings.map((f) => text(f.message)).join("<br>");
    return `${what} ${codes}`;
  }
  if (gap.kind === "rule") {
    const others = gap.findings.slice(1, 1 + ALSO_SHOWN).map((f) => text(f.item ?? f.message));
    const more = gap.findings.length - 1 - others.length;
    const tail = more > 0 ? ` ${words(language).comment.moreIds(more)}` : "";
    return `${text(lead.message)} ${codes} — ${words(language).comment.also}: ${others.join(", ")}${tail}`;
  }
  return `${text(lead.message)} ${codes}`;
}

function fixText(gap: GapRow, language: Language): string {
  const lead = gap.findings[0] as Finding;
  if (gap.kind === "person") return words(language).comment.personFix(lead.item ?? "");
  const fix = shortFix(String(lead.remediation ?? ""));
  return gap.kind === "rule" ? `${fix} ${words(language).comment.likewise}` : fix;
}

/** "Start here": the gap and where it is, one short line of a numbered list (the table says how). */
function startLine(gap: GapRow, options: MarkdownOptions): string {
  const lead = gap.findings[0] as Finding;
  const more = gap.findings.length > 1 ? ` (+${gap.findings.length - 1})` : "";
  return `${SEVERITY_ICONS[lead.severity]} ${md(clip(String(lead.message ?? ""), START_MAX))}${more} ${markdownCode(lead.rule)} — ${where(lead, options)}`;
}

/** Links to the lines of a row's findings ("line 12" or "lines 12, 20, 31"): up to three, then "+N". */
function whereAll(findings: Finding[], options: MarkdownOptions): string {
  const lines = [...new Set(findings.map((f) => f.line))];
  if (lines.length === 1) return where(findings[0] as Finding, options);
  const link = (line: number) => linked(String(line), options.links?.manifestLine(line));
  const shown = lines.slice(0, 3).map(link);
  const more = lines.length - shown.length;
  return `${words(options.language).comment.lines} ${shown.join(", ")}${more > 0 ? ` ${words(options.language).comment.moreIds(more)}` : ""}`;
}

/** Whose approval a pending gap waits for, under the gap. */
function pendingNote(
  finding: Finding,
  language: Language,
  text: (value: string) => string,
): string {
  return finding.pending
    ? `<br>⏳ **${text(pendingText(finding.pending.waiting_for ?? [], finding.pending.state, language))}**`
    : "";
}

/** Changes shown before the list is cut short (the JSON report has them all). */
const CHANGES_SHOWN = 100;
const APPROVAL_ICONS: Record<ManifestChange["approval"]["state"], string> = {
  approved: "✅",
  pending: "⏳",
  unverifiable: "⏳",
  "not-management": "⛔",
  "not-enforced": "⚠️",
  "not-required": "ℹ️",
};

/** "This PR changes security decisions": one line per change, with its place and who must approve. */
function changesBlock(
  changes: ManifestChange[],
  options: MarkdownOptions,
  text: (value: string) => string,
): string[] {
  const { language } = options;
  const lines = changes.slice(0, CHANGES_SHOWN).map((change) => {
    const approval = change.approval ?? { by: "none", people: [], state: "not-required" };
    const label =
      change.side === "base"
        ? `${words(language).comment.line} ${change.line} (${words(language).common.base})`
        : `${words(language).comment.line} ${change.line}`;
    const place = linked(label, options.links?.manifestLine(change.line, change.side));
    const note =
      approval.state === "not-required"
        ? words(language).comment.forReview
        : approvalText(approval, language);
    return `- ${APPROVAL_ICONS[approval.state] ?? "ℹ️"} ${text(change.message)} — ${place} — ${text(note)}`;
  });
  const more = changes.length - CHANGES_SHOWN;
  return [
    `#### ⚠️ ${words(language).common.changes} (${changes.length})`,
    "",
    ...lines,
    ...(more > 0 ? ["", `_${md(words(language).comment.moreChanges(more))}_`] : []),
    "",
  ];
}

function where(finding: Finding, options: MarkdownOptions): string {
  const text = `${words(options.language).comment.line} ${finding.line}`;
  return linked(text, options.links?.manifestLine(finding.line));
}

/** Our own link text to a URL we built (never one from a manifest). */
function linked(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

/** The ids in one heat-map cell; tolerant of a malformed (foreign) report. */
function cellIds(risk: Report["risk"], impact: Impact, likelihood: Likelihood): string[] {
  const ids = (risk?.heatmap as Partial<RiskOverview["heatmap"]> | undefined)?.[impact]?.[
    likelihood
  ];
  return Array.isArray(ids) ? ids.map(String) : [];
}

function euro(amount: unknown, language: Language): string {
  return typeof amount === "number" && Number.isFinite(amount) ? formatEuro(amount, language) : "–";
}

/**
 * The heat map and the money view, one block each. "full" lists up to five ids per cell and the
 * twenty threats with the highest expected loss; "compact" counts the threats per cell and lists
 * five; "none" leaves both out, with a line saying where they are.
 */
function riskSections(
  report: Report,
  detail: RiskDetail,
  language: Language,
  hint: string,
): string[][] {
  const risk = report.risk;
  if (!risk || typeof risk !== "object") return [];
  const blocks: string[][] = [];
  const economics = (Array.isArray(risk.economics) ? risk.economics : [])
    .filter((row): row is ThreatEconomics => typeof row === "object" && row !== null)
    .map((row, index) => ({ row, index, loss: Number(row.expectedAnnualLoss) }))
    .sort(
      (a, b) =>
        (Number.isFinite(b.loss) ? b.loss : -1) - (Number.isFinite(a.loss) ? a.loss : -1) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
  const placed = IMPACTS.some((i) => LIKELIHOODS.some((l) => cellIds(risk, i, l).length > 0));
  if (detail === "none") {
    if (placed || economics.length > 0)
      blocks.push([`_${md(words(language).comment.riskLeftOut(hint))}_`, ""]);
    return blocks;
  }
  if (placed) {
    const out = [
      `<details><summary>${words(language).comment.heatmap}</summary>`,
      "",
      `| ${words(language).comment.impactLikelihood} | ${LIKELIHOODS.map((l) => valueLabel("likelihood", l, language)).join(" | ")} |`,
      `|---|${LIKELIHOODS.map(() => "---").join("|")}|`,
    ];
    for (const impact of [...IMPACTS].reverse()) {
      const cells = LIKELIHOODS.map((likelihood) => {
        const level = riskLevel(likelihood, impact) as RiskLevel;
        const all = cellIds(risk, impact, likelihood);
        if (detail === "compact") return `${LEVEL_ICONS[level]} ${all.length || ""}`.trimEnd();
        const shown = all.slice(0, HEATMAP_IDS_PER_CELL).map((id) => md(clip(id, ID_MAX)));
        const more = all.length - shown.length;
        const ids = `${shown.join(", ")}${more > 0 ? ` ${words(language).comment.moreIds(more)}` : ""}`;
        return `${LEVEL_ICONS[level]} ${ids}`.trimEnd();
      });
      out.push(`| **${valueLabel("impact", impact, language)}** | ${cells.join(" | ")} |`);
    }
    out.push("");
    if (detail === "compact") out.push(`_${md(words(language).comment.countsOnly(hint))}_`, "");
    out.push("</details>", "");
    blocks.push(out);
  }
  if (economics.length > 0) {
    const shown = economics.slice(
      0,
      detail === "compact" ? COMPACT_ECONOMICS_ROWS : ECONOMICS_ROWS,
    );
    const out = [
      `<details><summary>${words(language).comment.economics}</summary>`,
      "",
      `| ${words(language).comment.threat} | ${words(language).comment.loss} | ${words(language).comment.cost} | ${words(language).comment.verdict} |`,
      "|---|---|---|---|",
    ];
    for (const row of shown) {
      const verdict =
        typeof row.paysOff !== "boolean"
          ? "–"
          : row.paysOff
            ? `✅ ${words(language).common.paysOff}`
            : `⚠️ ${words(language).common.doesNotPay}`;
      out.push(
        `| ${md(clip(String(row.threat), ID_MAX))} ${md(clip(String(row.title ?? ""), TITLE_MAX))} | ${euro(row.expectedAnnualLoss, language)} | ${euro(row.measuresCostPerYear, language)} | ${verdict} |`,
      );
    }
    out.push("");
    const more = economics.length - shown.length;
    if (more > 0) out.push(`_${md(words(language).comment.moreThreats(more))}_`, "");
    out.push("</details>", "");
    blocks.push(out);
  }
  return blocks;
}

/** The format behind the renderer contract: the comment and the job summary differ in their context. */
export const renderer: Renderer = {
  render: (report, context) =>
    renderMarkdown(report, {
      language: context.language,
      cases: context.ruleSet.cases,
      links: context.links,
      marker: context.marker,
      limit: context.sizeLimit,
      fullReportHint: context.fullReportHint,
    }),
};
