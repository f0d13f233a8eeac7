// Composes the whole comment once, section by section, with every gap row in it.
import { truncationText } from "../../i18n/report-labels.js";
import { words } from "../../i18n/words/words.js";
import { type GapRow, gapRows } from "../../report/comment-rows.js";
import { markdownCode, escapeMarkdown as md } from "../../report/markdown.js";
import type { Report } from "../../report/report.js";
import { compareFindings, type Finding } from "../../vocabulary/finding.js";
import { clip } from "./clip.js";
import { type Block, type Layout, type Line, UPCOMING_SHOWN } from "./layout.js";
import type { MarkdownOptions } from "./options.js";
import { changesBlock } from "./sections/changes.js";
import { gapTables, START_HERE, startLine, where } from "./sections/gap-tables.js";
import { dinSpecBlock, headline, managementParagraph } from "./sections/headline.js";

export function sortedReport(report: Report): Report {
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

/**
 * Every section of the body, each gap row marked with its index (new rows first, most severe
 * first in each section), long texts clipped to `clipAt` characters.
 */
export function compose(report: Report, options: MarkdownOptions, clipAt: number): Layout {
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
