// The portfolio as one printable page for management (`org --format html`): the summary on top,
// the repositories to start with, one row per repository checked, then those without a manifest,
// those whose manifest could not be read and the archived ones. It shares the management
// report's frame (no script, nothing external, A4). Every name, path and message comes from
// outside the tool (repository names, parser messages quoting a manifest): all of it is escaped.
import { escapeHtml as e } from "../formats/html/escape-html.js";
import { metaLine, pageDocument } from "../formats/html/page-document.js";
import { formatDate, paragraph, section } from "../formats/html/page-parts.js";
import type { Language } from "../i18n/language.js";
import { severityLabel } from "../i18n/report-labels.js";
import { words } from "../i18n/words/words.js";
import { compareCodePoints } from "../vocabulary/code-point-order.js";
import { SEVERITIES, type Severity } from "../vocabulary/finding.js";
import type { Portfolio, PortfolioRow } from "./portfolio.js";

/** Repositories named under "Where to start". */
export const ATTENTION_ROWS = 10;

const MOST_SEVERE_FIRST: readonly Severity[] = [...SEVERITIES].reverse();

/** What the shared style lacks: narrow number columns, name lists in columns, long names broken. */
const PORTFOLIO_STYLE = `
.figures.portfolio { grid-template-columns: repeat(4, 1fr); }
td.name { overflow-wrap: break-word; min-width: 30mm; }
.repos { font-size: 9pt; }
.repos th, .repos td { padding: 1mm; }
.repos th { font-size: 8pt; }
.repos .sev { min-width: 0; }
.why .rule { display: block; }
.n-critical { color: #7f1d1d; font-weight: bold; }
.n-high { color: #9a3412; font-weight: bold; }
.n-zero { color: #4b5563; }
ul.names { columns: 3; column-gap: 6mm; margin: 1mm 0; padding-left: 5mm; font-size: 9.5pt; }
ul.names li { break-inside: avoid; overflow-wrap: anywhere; }
`;

type PageWords = ReturnType<typeof words>["portfolioPage"];
type ListWords = ReturnType<typeof words>["portfolio"];

export function renderPortfolioHtml(portfolio: Portfolio, language: Language): string {
  const W = words(language).portfolio;
  const P = words(language).portfolioPage;
  const meta = [
    metaLine(P.organisation, portfolio.owner),
    metaLine(P.asOf, formatDate(portfolio.evaluated_at, language)),
    metaLine(P.manifestPath, portfolio.manifest_path),
  ];
  if (portfolio.shard)
    meta.push(metaLine(P.part, W.shard(portfolio.shard.index, portfolio.shard.count)));
  const sections = [
    summarySection(portfolio, language, W, P),
    attentionSection(portfolio, language, W, P),
    repositoriesSection(portfolio, language, W, P),
  ];
  if (portfolio.without_manifest.length > 0)
    sections.push(
      namesSection(
        "without-manifest",
        P.withoutManifestHeading(portfolio.without_manifest.length),
        P.withoutManifestIntro(portfolio.manifest_path),
        portfolio.without_manifest,
      ),
    );
  if (portfolio.unreadable.length > 0) sections.push(unreadableSection(portfolio, W, P));
  if (portfolio.archived.length > 0)
    sections.push(
      namesSection(
        "archived",
        P.archivedHeading(portfolio.archived.length),
        P.archivedIntro,
        portfolio.archived,
      ),
    );
  return pageDocument({
    language,
    title: W.title(portfolio.owner),
    heading: W.title(portfolio.owner),
    subtitle: P.subtitle,
    meta,
    sections,
    footer: P.footer(`${portfolio.tool.name} ${portfolio.tool.version}`),
    style: PORTFOLIO_STYLE,
  });
}

/** The figures of `summary`, the open points by severity and the decisions that ran out. */
function summarySection(
  portfolio: Portfolio,
  language: Language,
  W: ListWords,
  P: PageWords,
): string {
  const { summary } = portfolio;
  const figure = (label: string, value: number) =>
    `<div class="figure"><span class="n">${e(value)}</span>${e(label)}</div>`;
  const figures = `<div class="figures portfolio">
${figure(P.repositories, summary.repositories)}
${figure(P.checked, summary.checked)}
${figure(P.ok, summary.ok)}
${figure(P.withGaps, summary.with_gaps)}
${figure(P.withoutManifest, summary.without_manifest)}
${figure(P.unreadable, summary.unreadable)}
${figure(P.archived, summary.archived)}
${figure(P.overdue, summary.overdue_decisions)}
</div>`;
  const severities = `<table>
<caption>${e(P.bySeverity)}</caption>
<thead><tr><th scope="col">${e(P.severity)}</th><th scope="col" class="num">${e(P.count)}</th></tr></thead>
<tbody>
${MOST_SEVERE_FIRST.map(
  (s) =>
    `<tr><th scope="row">${e(severityLabel(s, language))}</th>${countCell(s, summary.gaps_by_severity[s])}</tr>`,
).join("\n")}
</tbody>
</table>`;
  const lines = [
    paragraph(
      W.overview(summary.checked, summary.with_gaps, summary.without_manifest, summary.unreadable),
    ),
    figures,
    summary.overdue_decisions > 0 ? paragraph(P.overdueText(summary.overdue_decisions)) : "",
    severities,
  ];
  return section("summary", P.summaryHeading, lines.filter(Boolean).join("\n"), true);
}

/** Most critical, then high, medium, low open points, then overdue decisions; ties by name. */
function byConcern(a: PortfolioRow, b: PortfolioRow): number {
  for (const s of MOST_SEVERE_FIRST) {
    const d = b.gaps.by_severity[s] - a.gaps.by_severity[s];
    if (d !== 0) return d;
  }
  return b.overdue_decisions - a.overdue_decisions || compareCodePoints(a.repository, b.repository);
}

function attentionSection(
  portfolio: Portfolio,
  language: Language,
  W: ListWords,
  P: PageWords,
): string {
  const open = portfolio.repositories.filter((r) => r.gaps.total > 0 || r.overdue_decisions > 0);
  if (open.length === 0)
    return section("attention", P.attentionHeading, paragraph(P.attentionNone), true);
  const first = [...open].sort(byConcern).slice(0, ATTENTION_ROWS);
  return section(
    "attention",
    P.attentionHeading,
    `${paragraph(P.attentionIntro(first.length))}\n${rowsTable(first, language, W, P)}`,
  );
}

function repositoriesSection(
  portfolio: Portfolio,
  language: Language,
  W: ListWords,
  P: PageWords,
): string {
  const rows = portfolio.repositories;
  const heading = P.repositoriesHeading(rows.length);
  if (rows.length === 0) return section("repositories", heading, paragraph(P.repositoriesNone));
  return section(
    "repositories",
    heading,
    `${paragraph(P.repositoriesIntro)}\n${rowsTable(rows, language, W, P)}`,
  );
}

/** Repository, status, score, open points by severity, overdue decisions, last evaluation. */
function rowsTable(
  rows: readonly PortfolioRow[],
  language: Language,
  W: ListWords,
  P: PageWords,
): string {
  const head = [
    `<th scope="col">${e(W.repository)}</th>`,
    `<th scope="col">${e(W.status)}</th>`,
    `<th scope="col" class="num">${e(W.score)}</th>`,
    ...MOST_SEVERE_FIRST.map(
      (s) => `<th scope="col" class="num">${e(severityLabel(s, language))}</th>`,
    ),
    `<th scope="col" class="num">${e(W.overdue)}</th>`,
    `<th scope="col">${e(W.lastEvaluation)}</th>`,
  ].join("");
  const body = rows
    .map((row) => {
      const din = row.din_spec_27076;
      const status =
        row.status === "ok"
          ? `<span class="sev lvl-low">${e(P.statusOk)}</span>`
          : `<span class="sev sev-medium">${e(P.statusGaps)}</span>`;
      return `<tr><td class="name">${e(row.repository)}</td><td>${status}</td><td class="num">${e(
        din ? `${din.score} / ${din.max_score}` : W.none,
      )}</td>${MOST_SEVERE_FIRST.map((s) => countCell(s, row.gaps.by_severity[s])).join("")}${countCell(
        "high",
        row.overdue_decisions,
      )}<td class="num">${e(row.last_evaluation ? formatDate(row.last_evaluation, language) : W.none)}</td></tr>`;
    })
    .join("\n");
  return `<table class="repos">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

/** A count, marked when it is a critical or high one that is not zero (overdue decisions: high). */
function countCell(severity: Severity, value: number): string {
  const className =
    value === 0 ? "n-zero" : severity === "critical" || severity === "high" ? `n-${severity}` : "";
  return `<td class="num${className ? ` ${className}` : ""}">${e(value)}</td>`;
}

function namesSection(id: string, heading: string, intro: string, names: readonly string[]) {
  return section(
    id,
    heading,
    `${paragraph(intro)}
<ul class="names">
${names.map((name) => `<li>${e(name)}</li>`).join("\n")}
</ul>`,
  );
}

function unreadableSection(portfolio: Portfolio, W: ListWords, P: PageWords): string {
  const rows = portfolio.unreadable
    .map(
      (u) =>
        `<tr><td class="name">${e(u.repository)}</td><td class="why">${e(u.message)} <span class="rule">${e(u.reason)}</span></td><td class="num">${e(u.line > 0 ? u.line : W.none)}</td></tr>`,
    )
    .join("\n");
  return section(
    "unreadable",
    P.unreadableHeading(portfolio.unreadable.length),
    `${paragraph(P.unreadableIntro)}
<table>
<thead><tr><th scope="col">${e(W.repository)}</th><th scope="col">${e(W.reason)}</th><th scope="col" class="num">${e(W.line)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}
