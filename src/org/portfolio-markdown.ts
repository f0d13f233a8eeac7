// The portfolio as Markdown for a job summary: one table row per repository, then the
// repositories without a manifest and those that could not be read. Every name and message
// comes from outside (repository names, parser messages quoting a manifest): escaped.
import type { Language } from "../i18n/language.js";
import { severityLabel } from "../i18n/report-labels.js";
import { words } from "../i18n/words/words.js";
import { escapeMarkdown } from "../report/markdown.js";
import { SEVERITIES } from "../vocabulary/finding.js";
import type { Portfolio } from "./portfolio.js";

/** Rows per table: a job summary holds 1 MiB; the JSON portfolio has every row. */
export const MARKDOWN_ROW_LIMIT = 2000;

const MOST_SEVERE_FIRST = [...SEVERITIES].reverse();

export function renderPortfolioMarkdown(portfolio: Portfolio, language: Language): string {
  const w = words(language).portfolio;
  const { summary } = portfolio;
  const out: string[] = [
    `## ${escapeMarkdown(w.title(portfolio.owner))}`,
    "",
    `${w.evaluated} ${portfolio.evaluated_at}${portfolio.shard ? ` · ${w.shard(portfolio.shard.index, portfolio.shard.count)}` : ""}`,
    "",
    w.overview(summary.checked, summary.with_gaps, summary.without_manifest, summary.unreadable),
    "",
  ];
  if (portfolio.repositories.length > 0) {
    const severities = MOST_SEVERE_FIRST.map((s) => severityLabel(s, language));
    out.push(
      `| ${[w.repository, w.status, w.score, ...severities, w.overdue, w.lastEvaluation].join(" | ")} |`,
      `|${[":--", ":--", "--:", ...severities.map(() => "--:"), "--:", ":--"].join("|")}|`,
    );
    for (const row of portfolio.repositories.slice(0, MARKDOWN_ROW_LIMIT)) {
      const din = row.din_spec_27076;
      out.push(
        `| ${[
          escapeMarkdown(row.repository),
          row.status === "ok" ? w.ok : w.withGaps,
          din ? `${din.score} / ${din.max_score}` : w.none,
          ...MOST_SEVERE_FIRST.map((s) => String(row.gaps.by_severity[s])),
          String(row.overdue_decisions),
          row.last_evaluation ?? w.none,
        ].join(" | ")} |`,
      );
    }
    more(out, portfolio.repositories.length, w.more);
    out.push("");
  }
  if (portfolio.without_manifest.length > 0) {
    out.push(`### ${w.withoutManifest(portfolio.without_manifest.length)}`, "");
    const shown = portfolio.without_manifest.slice(0, MARKDOWN_ROW_LIMIT);
    out.push(shown.map((name) => escapeMarkdown(name)).join(" · "));
    more(out, portfolio.without_manifest.length, w.more);
    out.push("");
  }
  if (portfolio.unreadable.length > 0) {
    out.push(
      `### ${w.unreadable(portfolio.unreadable.length)}`,
      "",
      `| ${w.repository} | ${w.reason} | ${w.line} |`,
      "|:--|:--|--:|",
    );
    for (const u of portfolio.unreadable.slice(0, MARKDOWN_ROW_LIMIT)) {
      out.push(
        `| ${escapeMarkdown(u.repository)} | ${escapeMarkdown(u.message)} | ${u.line > 0 ? u.line : w.none} |`,
      );
    }
    more(out, portfolio.unreadable.length, w.more);
    out.push("");
  }
  if (portfolio.archived.length > 0) out.push(w.archived(portfolio.archived.length), "");
  return `${out.join("\n").trimEnd()}\n`;
}

function more(out: string[], total: number, words: (n: number) => string): void {
  if (total > MARKDOWN_ROW_LIMIT) out.push("", words(total - MARKDOWN_ROW_LIMIT));
}
