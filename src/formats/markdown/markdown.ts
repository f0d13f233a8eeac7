// The Markdown renderer (PR comment and job summary): the size planner that keeps the body within
// its limit, and the renderer contract. Sections are in sections/, the words in src/i18n/words/.
import { words } from "../../i18n/words/words.js";
import { escapeMarkdown as md } from "../../report/markdown.js";
import type { Report } from "../../report/report.js";
import type { Renderer } from "../renderer.js";
import { compose, sortedReport } from "./compose.js";
import { CELL_MAX, type Layout, type RiskDetail } from "./layout.js";
import { COMMENT_LIMIT } from "./limits.js";
import type { MarkdownOptions } from "./options.js";
import { riskSections } from "./sections/risk.js";

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

export function size(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Bytes of lines in the body: each ends with a line break. */
export function linesBytes(lines: readonly string[]): number {
  let bytes = 0;
  for (const line of lines) bytes += size(line) + 1;
  return bytes;
}

/** Blocks are sections of whole lines; joined they give the body with its trailing newline. */
export function joinBlocks(blocks: string[]): string {
  return `${blocks.join("\n")}\n`;
}

/**
 * The largest n in [0, total] for which `fits(n)` holds, if any. Below `total` the size only grows
 * with n; `total` itself is tried first, as it lacks the "… and N more" line. A test is a sum of
 * sizes measured once, so the search costs nothing next to composing the body.
 */
export function mostRowsThatFit(
  total: number,
  fits: (rows: number) => boolean,
): number | undefined {
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
