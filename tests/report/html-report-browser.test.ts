import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkManifestFile } from "../../src/check-manifest.js";
import { renderHtmlReport } from "../../src/formats/html-report.js";
import type { Language } from "../../src/i18n/language.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { BROWSER, runBrowser } from "../support/browser-layout.js";
import { inspectPage } from "../support/chromium-devtools.js";
import { pdfPages } from "../support/pdf-pages.js";

// The management report as management gets it: opened in headless Chromium (Debian package
// chromium), printed to PDF on A4, checked with axe-core for accessibility. The screenshot of
// the webshop's German page is kept for CI in test-artifacts/ (git-ignored).
const TODAY = "2026-11-26";
const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * A4 pages of each example's printed report (no --since), as this layout gives them with
 * Debian's Chromium and fonts: the compliant portal (no open point) fits on two, the webshop
 * (34 open points) takes five. A change here is a change of the printed page: look at the PDF.
 */
const PAGES: Record<string, Record<Language, number>> = {
  "crafts-webshop": { en: 5, de: 5 },
  "logistics-nis2": { en: 4, de: 4 },
  "medical-practice-portal": { en: 3, de: 3 },
  "remote-maintenance-portal": { en: 2, de: 2 },
};

const installed = spawnSync(BROWSER, ["--version"], { encoding: "utf8" }).status === 0;
// On CI a missing browser fails the tests (runBrowser says what to install); locally they skip.
const skip = !installed && !process.env.CI;
if (skip)
  console.warn(
    `Skipping the management report's browser tests: ${BROWSER} is not installed (Debian package chromium). CI runs them.`,
  );

const ruleSet = await loadRuleSet();
const dir = mkdtempSync(path.join(tmpdir(), "sm-report-page-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pageOf(example: string, language: Language): Promise<string> {
  const report = await checkManifestFile(
    path.join(REPO_ROOT, "examples", example, "security-manifest.yml"),
    { today: TODAY, language, ruleSet, displayName: `examples/${example}/security-manifest.yml` },
  );
  const file = path.join(dir, `${example}-${language}.html`);
  writeFileSync(file, renderHtmlReport(report, { language, ruleSet }));
  return file;
}

const HEADLESS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"];

describe.skipIf(skip)("the management report in headless Chromium", () => {
  describe.each(Object.keys(PAGES))("%s", (example) => {
    it.each(["en", "de"] as const)(
      "%s: opens without a console message, and axe-core finds no serious or critical violation",
      async (language) => {
        const file = await pageOf(example, language);
        const page = await inspectPage(`file://${file}`, {
          evaluate: [
            AXE,
            `axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })))`,
          ],
        });
        expect(page.messages).toEqual([]);
        const violations = page.value as { id: string; impact: string }[];
        expect(Array.isArray(violations)).toBe(true);
        expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual(
          [],
        );
      },
    );

    it.each(["en", "de"] as const)(
      "%s: prints on A4 pages, as many as expected",
      async (language) => {
        const file = await pageOf(example, language);
        const pdf = path.join(dir, `${example}-${language}.pdf`);
        runBrowser([
          ...HEADLESS,
          "--no-pdf-header-footer",
          `--print-to-pdf=${pdf}`,
          `file://${file}`,
        ]);
        const { count, sizes } = pdfPages(readFileSync(pdf));
        expect(count).toBe(PAGES[example]?.[language]);
        expect(sizes.length).toBe(count);
        // A4 is 595 × 842 points.
        for (const size of sizes) expect(size).toBe("595x842");
      },
    );
  });

  it("a page that loads a script or an image is caught (the check can fail)", async () => {
    const file = path.join(dir, "bad.html");
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>t</title></head><body><main><img src="https://example.invalid/x.png"><script>console.error("boom")</script></main></body></html>`,
    );
    const page = await inspectPage(`file://${file}`, {
      evaluate: [AXE, `axe.run(document).then((r) => r.violations.map((v) => v.id))`],
    });
    expect(page.messages.join("\n")).toMatch(/Content Security Policy/);
    expect(page.value).toContain("image-alt");
  });

  it("keeps a screenshot of the webshop's German report as a CI artifact", async () => {
    const file = await pageOf("crafts-webshop", "de");
    mkdirSync(ARTIFACTS, { recursive: true });
    const png = path.join(ARTIFACTS, "management-report.png");
    rmSync(png, { force: true });
    runBrowser([...HEADLESS, "--window-size=1000,2400", `--screenshot=${png}`, `file://${file}`]);
    expect(readFileSync(png).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(statSync(png).size).toBeGreaterThan(50_000);
  });
});
