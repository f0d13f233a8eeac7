import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Language } from "../../src/i18n/language.js";
import type { Portfolio } from "../../src/org/portfolio.js";
import { renderPortfolioHtml } from "../../src/org/portfolio-html.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { BROWSER, runBrowser } from "../support/browser-layout.js";
import { inspectPage } from "../support/chromium-devtools.js";
import { A4, pdfPages } from "../support/pdf-pages.js";
import { generatedPortfolio } from "./generated-portfolio.js";
import { portfolio as small } from "./portfolio-fixture.js";

// The portfolio page as management gets it: opened in headless Chromium (Debian package
// chromium), checked with axe-core, printed to PDF on A4 — for a small portfolio and for the
// generated organisation of 1,000 repositories. A screenshot is kept in test-artifacts/.
const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const HEADLESS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"];

/**
 * A4 pages of the printed portfolio, as this layout gives them with Debian's Chromium and fonts.
 * The small one fits on two; the 1,000 repositories (852 rows checked, 105 without a manifest,
 * 23 unreadable, 20 archived) take 27 in English and 28 in German. A change here is a change of
 * the printed page: look at the PDF.
 */
const PAGES = { small: { en: 2, de: 2 }, thousand: { en: 27, de: 28 } } as const;

const installed = spawnSync(BROWSER, ["--version"], { encoding: "utf8" }).status === 0;
// On CI a missing browser fails the tests (runBrowser says what to install); locally they skip.
const skip = !installed && !process.env.CI;
if (skip)
  console.warn(
    `Skipping the portfolio page's browser tests: ${BROWSER} is not installed (Debian package chromium). CI runs them.`,
  );

const dir = mkdtempSync(path.join(tmpdir(), "sm-portfolio-page-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let thousand: Portfolio;
beforeAll(async () => {
  if (!skip) thousand = await generatedPortfolio(1000, "acme-gmbh", "2026-12-03");
}, 600_000);

const portfolios = (): Record<keyof typeof PAGES, Portfolio> => ({ small, thousand });

function pageFile(name: keyof typeof PAGES, language: Language): string {
  const file = path.join(dir, `${name}-${language}.html`);
  writeFileSync(file, renderPortfolioHtml(portfolios()[name], language));
  return file;
}

/** What the browser made of the page: axe's serious and critical violations, the rows it parsed. */
const INSPECT = `axe.run(document, { resultTypes: ["violations"] }).then((r) => ({
  violations: r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })),
  names: [...document.querySelectorAll("#repositories tbody tr")].map((tr) => tr.cells[0].textContent),
  unreadable: [...document.querySelectorAll("#unreadable tbody tr")].map((tr) => tr.cells[0].textContent),
  listed: [...document.querySelectorAll("#without-manifest li, #archived li")].map((li) => li.textContent),
  headerRepeats: [...document.querySelectorAll("thead")].every((t) => getComputedStyle(t).display === "table-header-group"),
  rowsKeptWhole: [...document.querySelectorAll("tbody tr")].every((tr) => getComputedStyle(tr).breakInside === "avoid"),
  scripts: document.scripts.length,
  overflowing: [...document.querySelectorAll("table")].filter((t) => {
    const main = document.querySelector("main");
    const edge = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
    return t.getBoundingClientRect().right > edge + 0.5;
  }).length,
}))`;

interface Inspection {
  violations: unknown[];
  names: string[];
  unreadable: string[];
  listed: string[];
  headerRepeats: boolean;
  rowsKeptWhole: boolean;
  scripts: number;
  overflowing: number;
}

describe.skipIf(skip)("the portfolio page in headless Chromium", () => {
  describe.each(Object.keys(PAGES) as (keyof typeof PAGES)[])("%s portfolio", (name) => {
    it.each(["en", "de"] as const)(
      "%s: opens without a console message, axe-core finds no serious or critical violation, every repository is a row",
      async (language) => {
        const portfolio = portfolios()[name];
        const page = await inspectPage(`file://${pageFile(name, language)}`, {
          evaluate: [AXE, INSPECT],
          timeoutMs: 180_000,
        });
        expect(page.messages).toEqual([]);
        const seen = page.value as Inspection;
        expect(seen.violations).toEqual([]);
        // As the browser parsed them: the escaped names read as they are in the portfolio.
        expect(seen.names).toEqual(portfolio.repositories.map((r) => r.repository));
        expect(seen.unreadable).toEqual(portfolio.unreadable.map((u) => u.repository));
        expect(seen.listed).toEqual([...portfolio.without_manifest, ...portfolio.archived]);
        expect(seen.headerRepeats).toBe(true);
        expect(seen.rowsKeptWhole).toBe(true);
        expect(seen.scripts).toBe(0);
        // Every table fits the page's width on screen (print is wider): none runs past the text.
        expect(seen.overflowing).toBe(0);
      },
      240_000,
    );

    it.each(["en", "de"] as const)(
      "%s: prints on A4 pages, as many as expected",
      async (language) => {
        const pdf = path.join(dir, `${name}-${language}.pdf`);
        runBrowser([
          ...HEADLESS,
          "--no-pdf-header-footer",
          `--print-to-pdf=${pdf}`,
          `file://${pageFile(name, language)}`,
        ]);
        const { count, sizes } = pdfPages(readFileSync(pdf));
        expect(count).toBe(PAGES[name][language]);
        expect(sizes).toEqual(Array.from({ length: count }, () => A4));
      },
      120_000,
    );
  });

  it("the 1,000 repositories are the generated organisation's: rows, lists and summary agree", () => {
    const { summary } = thousand;
    expect(thousand.repositories).toHaveLength(summary.checked);
    expect(summary.checked + summary.without_manifest + summary.unreadable).toBe(
      summary.repositories,
    );
    expect(summary.repositories + summary.archived).toBe(1000);
    expect(summary.unreadable).toBeGreaterThan(0);
  });

  it("keeps a screenshot of the German small portfolio as a CI artifact", () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const png = path.join(ARTIFACTS, "portfolio-page.png");
    rmSync(png, { force: true });
    runBrowser([
      ...HEADLESS,
      "--window-size=1000,1800",
      `--screenshot=${png}`,
      `file://${pageFile("small", "de")}`,
    ]);
    expect(readFileSync(png).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(statSync(png).size).toBeGreaterThan(30_000);
  });
});
