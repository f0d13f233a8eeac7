import { createHash } from "node:crypto";
import type { Language } from "../src/i18n/language.js";
import { words as wordsOf } from "../src/i18n/words/words.js";
import { escapeMarkdown, markdownCode } from "../src/report/markdown.js";
import { terminalSafe } from "../src/report/terminal-text.js";
import type { Person } from "../src/rules/authority.js";
import { clipCodePoints } from "../src/vocabulary/clip-text.js";
import type { DueDates, DueItem } from "./due-date-items.js";

/** The label our issue carries: with the marker, how a later run finds it. */
export const DUE_DATE_LABEL = "security-manifest";
export const DUE_DATE_LABEL_COLOR = "d93f0b";

/** Rows per table, and characters of the rows in all: GitHub takes 65,536 per issue body. */
export const ROWS_SHOWN = 100;
export const ROWS_BUDGET = 56_000;
const WHAT_MAX = 200;
const PEOPLE_SHOWN = 5;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/**
 * The hidden marker of the issue for one manifest, first in its body. The path is in it
 * percent-encoded, so no `>` can end the comment early and two manifests never share a marker.
 */
export function dueDateMarker(manifestPath: string): string {
  return `<!-- security-manifest-check:due-dates ${encodeURIComponent(manifestPath)} -->`;
}

export interface DueDateIssueOptions {
  manifest: string;
  language: Language;
  /** The manifest at the checked commit (repository-links.ts); lines link there when given. */
  blobUrl?: string;
}

/**
 * What the issue says, as a hash: which duties, due when, at which line, who acts, in which
 * language. Messages are left out on purpose: many count back from today ("no training since
 * …") and would change the body every day; the commit in the links changes with every push. A
 * run writes only when this changes, so a daily schedule edits the issue only when something
 * really changed.
 */
export function dueDateState(dates: DueDates, options: DueDateIssueOptions): string {
  const items = (list: readonly DueItem[]) =>
    list.map((item) => [item.rule, item.key, item.due ?? "", item.line, item.people]);
  const state = [
    options.manifest,
    options.language,
    dates.days,
    items(dates.overdue),
    items(dates.soon),
  ];
  return createHash("sha256").update(JSON.stringify(state)).digest("hex").slice(0, 32);
}

const STATE = /^<!-- state ([0-9a-f]{32}) -->$/m;

/** The state hash a body carries (second line), if any. */
export function stateOfBody(body: string): string | undefined {
  return STATE.exec(body)?.[1];
}

/** Title of the issue: plain text (GitHub renders no Markdown structure in titles). */
export function dueDateTitle(manifest: string, language: Language): string {
  return clipCodePoints(wordsOf(language).dueDate.title(terminalSafe(manifest)), 256);
}

/** Whether there is anything to tell: otherwise the issue is closed. */
export function anythingDue(dates: DueDates): boolean {
  return dates.overdue.length > 0 || dates.soon.length > 0;
}

/**
 * The issue body: marker, state hash, heading, then a table of what is overdue and one of what falls due
 * within the window, each row with the duty, who acts and the manifest line. Pure: the same
 * dates give the same body (no run date in it), so an unchanged state is never written again.
 * Every text from the manifest is escaped; logins are shown, never mentioned.
 */
export function renderDueDateIssue(dates: DueDates, options: DueDateIssueOptions): string {
  const words = wordsOf(options.language).dueDate;
  const lines = [
    dueDateMarker(options.manifest),
    `<!-- state ${dueDateState(dates, options)} -->`,
    `## ${escapeMarkdown(words.heading(clipCodePoints(options.manifest, 200)))}`,
    "",
    escapeMarkdown(words.intro),
    "",
  ];
  if (!anythingDue(dates)) lines.push(escapeMarkdown(words.nothingDue(dates.days)), "");
  // Escaping can make a row many times longer than its text: the rows share one budget.
  const budget = { left: ROWS_BUDGET };
  if (dates.overdue.length > 0)
    lines.push(
      `### ${escapeMarkdown(words.overdue(dates.overdue.length))}`,
      "",
      ...table(dates.overdue, false, options, budget),
    );
  if (dates.soon.length > 0)
    lines.push(
      `### ${escapeMarkdown(words.soon(dates.soon.length, dates.days))}`,
      "",
      ...table(dates.soon, true, options, budget),
    );
  return `${lines.join("\n").trimEnd()}\n`;
}

/** The comment left when the issue is closed because nothing is due. */
export function nothingDueComment(dates: DueDates, language: Language): string {
  return escapeMarkdown(wordsOf(language).dueDate.closing(dates.days));
}

/** The comment left when the issue is reopened because something falls due again. */
export function reopenedComment(language: Language): string {
  return escapeMarkdown(wordsOf(language).dueDate.reopening);
}

function table(
  items: readonly DueItem[],
  withDue: boolean,
  options: DueDateIssueOptions,
  budget: { left: number },
): string[] {
  const words = wordsOf(options.language).dueDate;
  const head = [...(withDue ? [words.due] : []), words.what, words.who, words.where];
  const rows: string[] = [];
  for (const item of items.slice(0, ROWS_SHOWN)) {
    const cells = [
      ...(withDue ? [item.due ? escapeMarkdown(item.due) : ""] : []),
      `${escapeMarkdown(clipCodePoints(item.what, WHAT_MAX))} ${markdownCode(item.rule)}`,
      people(item.people, options.language),
      lineLink(item.line, options),
    ];
    const row = `| ${cells.join(" | ")} |`;
    if (row.length + 1 > budget.left) break;
    budget.left -= row.length + 1;
    rows.push(row);
  }
  const left = items.length - rows.length;
  const more = left > 0 ? ["", escapeMarkdown(words.more(left))] : [];
  return [
    `| ${head.map(escapeMarkdown).join(" | ")} |`,
    `|${head.map(() => " --- ").join("|")}|`,
    ...rows,
    ...more,
    "",
  ];
}

function people(list: readonly Person[], language: Language): string {
  if (list.length === 0) return `_${escapeMarkdown(wordsOf(language).dueDate.nobody)}_`;
  const shown = list.slice(0, PEOPLE_SHOWN).map((person) => {
    const name = escapeMarkdown(clipCodePoints(person.name, 80));
    // A login is shown as code (no @): the manifest is no reason to notify anyone.
    return person.login && LOGIN.test(person.login)
      ? `${name} (${markdownCode(person.login)})`
      : name;
  });
  const rest = list.length - shown.length;
  return rest > 0 ? `${shown.join(", ")}, +${rest}` : shown.join(", ");
}

function lineLink(line: number, options: DueDateIssueOptions): string {
  const text = escapeMarkdown(wordsOf(options.language).dueDate.line(line));
  // The address comes from repository-links.ts (validated parts only); the line is a number.
  return options.blobUrl && Number.isSafeInteger(line) && line > 0
    ? `[${text}](${options.blobUrl}#L${line})`
    : text;
}
