// "Start here" and the gap tables: one row per person or per rule, most severe first.
import { pendingText } from "../../../i18n/approval-labels.js";
import type { Language } from "../../../i18n/language.js";
import { areaLabel, severityLabel } from "../../../i18n/report-labels.js";
import { words } from "../../../i18n/words/words.js";
import { type GapRow, splitSubject } from "../../../report/comment-rows.js";
import { markdownCode, escapeMarkdown as md } from "../../../report/markdown.js";
import { shortFix } from "../../../report/short-fix.js";
import { type Finding, severityRank } from "../../../vocabulary/finding.js";
import { clip } from "../clip.js";
import type { Line } from "../layout.js";
import { type MarkdownOptions, SEVERITY_ICONS } from "../options.js";

/** Items in "Start here", and rows a section shows before medium and low gaps are collapsed. */
export const START_HERE = 3;
/** Further items named in a row that merges one rule's gaps, before "+N more" (JSON has them all). */
export const ALSO_SHOWN = 10;
/** Longest message in "Start here" (the row below has it whole). */
export const START_MAX = 110;
export const HANDFUL = 5;

/**
 * A section's gaps as tables ordered by severity, the area as a label in each row. With more
 * than a handful of rows (and `collapse`), critical and high rows stay open and the medium and
 * low ones go behind one <details>; its lines belong to its first row, so it opens and closes
 * as a whole when the plan keeps that row.
 */
export function gapTables(
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
export function gapRowText(
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
export function gapText(gap: GapRow, language: Language, text: (value: string) => string): string {
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

export function fixText(gap: GapRow, language: Language): string {
  const lead = gap.findings[0] as Finding;
  if (gap.kind === "person") return words(language).comment.personFix(lead.item ?? "");
  const fix = shortFix(String(lead.remediation ?? ""));
  return gap.kind === "rule" ? `${fix} ${words(language).comment.likewise}` : fix;
}

/** "Start here": the gap and where it is, one short line of a numbered list (the table says how). */
export function startLine(gap: GapRow, options: MarkdownOptions): string {
  const lead = gap.findings[0] as Finding;
  const more = gap.findings.length > 1 ? ` (+${gap.findings.length - 1})` : "";
  return `${SEVERITY_ICONS[lead.severity]} ${md(clip(String(lead.message ?? ""), START_MAX))}${more} ${markdownCode(lead.rule)} — ${where(lead, options)}`;
}

/** Links to the lines of a row's findings ("line 12" or "lines 12, 20, 31"): up to three, then "+N". */
export function whereAll(findings: Finding[], options: MarkdownOptions): string {
  const lines = [...new Set(findings.map((f) => f.line))];
  if (lines.length === 1) return where(findings[0] as Finding, options);
  const link = (line: number) => linked(String(line), options.links?.manifestLine(line));
  const shown = lines.slice(0, 3).map(link);
  const more = lines.length - shown.length;
  return `${words(options.language).comment.lines} ${shown.join(", ")}${more > 0 ? ` ${words(options.language).comment.moreIds(more)}` : ""}`;
}

/** Whose approval a pending gap waits for, under the gap. */
export function pendingNote(
  finding: Finding,
  language: Language,
  text: (value: string) => string,
): string {
  return finding.pending
    ? `<br>⏳ **${text(pendingText(finding.pending.waiting_for ?? [], finding.pending.state, language))}**`
    : "";
}

export function where(finding: Finding, options: MarkdownOptions): string {
  const text = `${words(options.language).comment.line} ${finding.line}`;
  return linked(text, options.links?.manifestLine(finding.line));
}

/** Our own link text to a URL we built (never one from a manifest). */
export function linked(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}
