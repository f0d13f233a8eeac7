import { describe, expect, it } from "vitest";
import { severityLabel } from "../../src/i18n/report-labels.js";
import { words } from "../../src/i18n/words/words.js";
import { buildPortfolio, type PortfolioRow } from "../../src/org/portfolio.js";
import { ATTENTION_ROWS, renderPortfolioHtml } from "../../src/org/portfolio-html.js";
import { SEVERITIES } from "../../src/vocabulary/finding.js";
import { HOSTILE_NAME, portfolio, row } from "./portfolio-fixture.js";

const MOST_SEVERE_FIRST = [...SEVERITIES].reverse();

function textOf(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

/** The HTML of the section with this id. */
function part(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start < 0) return "";
  return html.slice(start, html.indexOf("</section>", start));
}

/** The body rows of the first table in `html`, each as the text of its cells. */
function bodyRows(html: string): string[][] {
  const body = /<tbody>\n([\s\S]*?)\n<\/tbody>/.exec(html)?.[1] ?? "";
  return body
    .split("\n")
    .map((tr) =>
      [...tr.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) =>
        textOf((m[1] as string).replace(/<[^>]+>/g, "")),
      ),
    );
}

/** The row a reader should see for a repository, from the portfolio object. */
function expectedCells(r: PortfolioRow, language: "en" | "de"): string[] {
  const W = words(language).portfolio;
  const P = words(language).portfolioPage;
  const din = r.din_spec_27076;
  const date = r.last_evaluation;
  return [
    r.repository,
    r.status === "ok" ? P.statusOk : P.statusGaps,
    din ? `${din.score} / ${din.max_score}` : W.none,
    ...MOST_SEVERE_FIRST.map((s) => String(r.gaps.by_severity[s])),
    String(r.overdue_decisions),
    date ? (language === "de" ? date.split("-").reverse().join(".") : date) : W.none,
  ];
}

/** The tags the page is made of; anything else would have come from the portfolio. */
const TAGS = new Set(
  "html head meta title style body main header h1 h2 p dl dt dd div section table caption thead tbody tr th td span ul li footer".split(
    " ",
  ),
);

describe.each(["en", "de"] as const)("the portfolio page in %s", (language) => {
  const html = renderPortfolioHtml(portfolio, language);
  const W = words(language).portfolio;
  const P = words(language).portfolioPage;

  it("is one self-contained page in the chosen language, titled with the organisation", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain(`<title>${W.title("acme-gmbh")}</title>`);
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'',
    );
    expect(html).toContain("@page { size: A4;");
    expect(html).not.toMatch(/<(?:script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\s(?:src|href)=|url\(|@import/i);
  });

  it("puts the summary on top with every count of the portfolio's summary", () => {
    const sections = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual([
      "summary",
      "attention",
      "repositories",
      "without-manifest",
      "unreadable",
      "archived",
    ]);
    const summary = part(html, "summary");
    const { summary: s } = portfolio;
    const figures = [
      [P.repositories, s.repositories],
      [P.checked, s.checked],
      [P.ok, s.ok],
      [P.withGaps, s.with_gaps],
      [P.withoutManifest, s.without_manifest],
      [P.unreadable, s.unreadable],
      [P.archived, s.archived],
      [P.overdue, s.overdue_decisions],
    ] as const;
    const shown = [
      ...summary.matchAll(/<div class="figure"><span class="n">([^<]*)<\/span>([^<]*)<\/div>/g),
    ].map((m) => [textOf(m[2] as string), Number(m[1])]);
    expect(shown).toEqual(figures.map(([label, n]) => [label, n]));
    expect(summary).toContain(P.overdueText(s.overdue_decisions));
    expect(bodyRows(summary)).toEqual(
      MOST_SEVERE_FIRST.map((sev) => [
        severityLabel(sev, language),
        String(s.gaps_by_severity[sev]),
      ]),
    );
  });

  it("has one row per repository checked, in the portfolio's order, with its figures", () => {
    const rows = bodyRows(part(html, "repositories"));
    expect(rows).toEqual(portfolio.repositories.map((r) => expectedCells(r, language)));
    expect(part(html, "repositories")).toContain(P.repositoriesHeading(5));
  });

  it("starts with the repositories of most concern: critical, then high, then the rest", () => {
    const rows = bodyRows(part(html, "attention"));
    const open = portfolio.repositories.filter((r) => r.gaps.total > 0);
    expect(rows.map((r) => r[0])).toEqual(["webshop", "billing", HOSTILE_NAME, "Zeiterfassung"]);
    expect(rows).toHaveLength(open.length);
  });

  it("lists the repositories without a manifest, the unreadable ones with why, and the archived", () => {
    const names = (id: string) =>
      [...part(html, id).matchAll(/<li>([^<]*)<\/li>/g)].map((m) => textOf(m[1] as string));
    expect(names("without-manifest")).toEqual(portfolio.without_manifest);
    expect(names("archived")).toEqual(portfolio.archived);
    expect(part(html, "without-manifest")).toContain(
      P.withoutManifestIntro("security-manifest.yml"),
    );
    expect(bodyRows(part(html, "unreadable"))).toEqual(
      portfolio.unreadable.map((u) => [
        u.repository,
        `${u.message} ${u.reason}`,
        u.line > 0 ? String(u.line) : W.none,
      ]),
    );
  });

  it("escapes every name and message: they stay text, never markup", () => {
    const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]?.toLowerCase()));
    expect([...tags].filter((t) => !TAGS.has(t as string))).toEqual([]);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("<li>a&quot;b&amp;c&lt;d&gt;</li>");
    expect(html).not.toContain("<b>");
  });
});

describe("the portfolio page's variants", () => {
  it("has the same rows and cells in German as in English", () => {
    const shape = (html: string) =>
      ["summary", "attention", "repositories", "unreadable"].map((id) =>
        bodyRows(part(html, id)).map((cells) => cells.length),
      );
    expect(shape(renderPortfolioHtml(portfolio, "de"))).toEqual(
      shape(renderPortfolioHtml(portfolio, "en")),
    );
  });

  it("names the shard a page was written from", () => {
    const shard = { ...portfolio, shard: { index: 2, count: 3 } };
    expect(renderPortfolioHtml(shard, "en")).toContain("<dd>shard 2 of 3</dd>");
    expect(renderPortfolioHtml(portfolio, "en")).not.toContain("shard");
  });

  it(`names at most ${ATTENTION_ROWS} repositories to start with`, () => {
    const many = buildPortfolio({
      ...portfolio,
      evaluatedAt: portfolio.evaluated_at,
      manifestPath: portfolio.manifest_path,
      rows: Array.from({ length: 25 }, (_, i) =>
        row(`r-${String(i).padStart(2, "0")}`, { high: i }),
      ),
      withoutManifest: [],
      unreadable: [],
      archived: [],
    });
    const html = renderPortfolioHtml(many, "en");
    const first = bodyRows(part(html, "attention")).map((r) => r[0]);
    expect(first).toEqual(Array.from({ length: ATTENTION_ROWS }, (_, i) => `r-${24 - i}`));
    expect(bodyRows(part(html, "repositories"))).toHaveLength(25);
  });

  it("speaks of the only repository to start with when there is one", () => {
    const one = buildPortfolio({
      owner: "acme",
      evaluatedAt: "2026-12-03",
      manifestPath: "security-manifest.yml",
      rows: [row("a", { low: 1 }), row("b", {})],
      withoutManifest: [],
      unreadable: [],
      archived: [],
    });
    for (const language of ["en", "de"] as const) {
      const attention = part(renderPortfolioHtml(one, language), "attention");
      expect(attention).toContain(words(language).portfolioPage.attentionIntro(1));
      expect(bodyRows(attention).map((r) => r[0])).toEqual(["a"]);
    }
    expect(words("en").portfolioPage.attentionIntro(1)).toMatch(/only repository/);
  });

  it("says so when nothing was checked, and leaves out the empty lists", () => {
    const empty = buildPortfolio({
      owner: "nobody",
      evaluatedAt: "2026-12-03",
      manifestPath: "security-manifest.yml",
      rows: [],
      withoutManifest: [],
      unreadable: [],
      archived: [],
    });
    for (const language of ["en", "de"] as const) {
      const html = renderPortfolioHtml(empty, language);
      const P = words(language).portfolioPage;
      expect(part(html, "repositories")).toContain(P.repositoriesNone);
      expect(part(html, "attention")).toContain(P.attentionNone);
      expect(html).not.toContain('<section id="without-manifest"');
      expect(html).not.toContain('<section id="unreadable"');
      expect(html).not.toContain('<section id="archived"');
    }
  });
});
