import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifestFile, checkManifestText } from "../../src/check-manifest.js";
import { FORMAT_NAMES, outputFormat } from "../../src/formats/formats.js";
import { escapeHtml } from "../../src/formats/html/escape-html.js";
import { renderHtmlReport } from "../../src/formats/html-report.js";
import type { Language } from "../../src/i18n/language.js";
import { MANAGEMENT_REPORT_LABELS } from "../../src/i18n/management-report-labels.js";
import type { Report } from "../../src/report/report.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import type { Finding } from "../../src/vocabulary/finding.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { runCli } from "../support/run-cli.js";

const TODAY = "2026-11-26";
const EXAMPLES = [
  "crafts-webshop",
  "logistics-nis2",
  "medical-practice-portal",
  "remote-maintenance-portal",
] as const;
const SECTIONS = [
  "verdict",
  "din-spec",
  "heat-map",
  "decisions",
  "expiry",
  "training",
  "due",
  "areas",
];
const ruleSet = await loadRuleSet();

const manifestOf = (example: string) =>
  path.join(REPO_ROOT, "examples", example, "security-manifest.yml");

async function reportOf(example: string, language: Language, today = TODAY): Promise<Report> {
  return checkManifestFile(manifestOf(example), {
    today,
    language,
    ruleSet,
    displayName: `examples/${example}/security-manifest.yml`,
  });
}

const render = (report: Report, language: Language, since?: Report) =>
  renderHtmlReport(report, { language, ruleSet, ...(since ? { since } : {}) });

/** The text a reader sees: no style sheet, no tags, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<title>[\s\S]*?<\/title>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

/** Every leaf of a label table, functions called with sample numbers: "path" → text. */
function leaves(value: unknown, at = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(at, value);
  else if (typeof value === "function")
    out.set(at, (value as (a: number, b: number) => string)(7, 9));
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value))
      for (const [k, v] of leaves(inner, `${at}.${key}`)) out.set(k, v);
  return out;
}

/** English words German uses too: "Management" is in the area "Steuerung und Management". */
const SHARED_WORDS = new Set(["Management"]);

/** The tags the page is made of; anything else would have come from a manifest. */
const TAGS = new Set(
  "html head meta title style body main header h1 h2 h3 p dl dt dd div section table caption thead tbody tr th td span strong ul li footer".split(
    " ",
  ),
);

describe("the management report's words", () => {
  it("has the same keys in English and German, and no empty text", () => {
    const en = leaves(MANAGEMENT_REPORT_LABELS.en);
    const de = leaves(MANAGEMENT_REPORT_LABELS.de);
    expect([...de.keys()].sort()).toEqual([...en.keys()].sort());
    expect(en.size).toBeGreaterThan(60);
    for (const text of [...en.values(), ...de.values()]) expect(text.trim()).not.toBe("");
  });

  it("German speaks of open points, not of security holes", () => {
    const german = [...leaves(MANAGEMENT_REPORT_LABELS.de).values()].join(" ");
    expect(german).toContain("offene Punkte");
    expect(german).not.toMatch(/Sicherheitsl[üu]cke/);
  });

  it("the renderer keeps the contract: listed as html with both descriptions and an extension", async () => {
    const html = outputFormat("html");
    expect(html.extension).toBe("html");
    expect(html.description.en).not.toBe("");
    expect(html.description.de).not.toBe("");
    expect(typeof (await html.load()).render).toBe("function");
  });
});

describe.each(EXAMPLES)("the management report of %s (today %s)", (example) => {
  it.each(["en", "de"] as const)("has every section, in %s", async (language) => {
    const report = await reportOf(example, language);
    const html = render(report, language, await reportOf(example, language, "2026-06-01"));
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).toContain(`<html lang="${language}">`);
    for (const id of [...SECTIONS, "since"]) expect(html).toContain(`<section id="${id}"`);
    // Without --since there is nothing to compare with.
    expect(render(report, language)).not.toContain('<section id="since"');
    const T = MANAGEMENT_REPORT_LABELS[language];
    expect(html).toContain(escapeHtml(T.title));
    expect(html).toContain(`<h2 id="din-spec-h">${escapeHtml(T.dinHeading)}</h2>`);
    const din = report.din_spec_27076;
    expect(din).toBeDefined();
    expect(html).toContain(escapeHtml(T.dinScoreOf(din?.score ?? 0, din?.max_score ?? 0)));
  });

  it("says what to do for decisions and running-out acceptances only, not in the long lists", async () => {
    const html = render(await reportOf(example, "en"), "en");
    const part = (id: string) => {
      const start = html.indexOf(`<section id="${id}"`);
      return html.slice(start, html.indexOf("</section>", start));
    };
    const fix = `<strong>${MANAGEMENT_REPORT_LABELS.en.whatToDo}:</strong>`;
    expect(part("areas")).not.toContain(fix);
    if (part("decisions").includes("<table>")) expect(part("decisions")).toContain(fix);
  });

  it("loads nothing and runs nothing: no script, no external resource", async () => {
    for (const language of ["en", "de"] as const) {
      const html = render(await reportOf(example, language), language);
      expect(html).not.toMatch(
        /<script|<link|<img|<iframe|<object|<embed|\ssrc=|\shref=|url\(|@import/i,
      );
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
    }
  });

  it("German has none of the English words of the label table", async () => {
    // Report texts blanked: they come from the manifest (some examples are written in English).
    const report = await reportOf(example, "de");
    const blank = (f: Finding): Finding => ({ ...f, message: "x", remediation: "x" });
    const neutral: Report = {
      ...report,
      manifest: "m.yml",
      findings: report.findings.map(blank),
      upcoming: (report.upcoming ?? []).map((u) => ({ ...u, what: "x" })),
      errors: report.errors.map((error) => ({ ...error, message: "x", hint: "x" })),
    };
    const since = { ...neutral, findings: [] };
    const text = visibleText(render(neutral, "de", since));
    const de = leaves(MANAGEMENT_REPORT_LABELS.de);
    let checked = 0;
    for (const [key, english] of leaves(MANAGEMENT_REPORT_LABELS.en)) {
      // The same word in both (Manifest), or one German has taken over (Management).
      if (english === de.get(key) || SHARED_WORDS.has(english)) continue;
      checked++;
      const escaped = english.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(text, key).not.toMatch(new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "u"));
    }
    expect(checked).toBeGreaterThan(60);
  });
});

describe("hostile text from the manifest", () => {
  const SCRIPT = "<script>alert(1)</script>";
  const IMG = '"><img src=x onerror=1>';
  const source = readFileSync(manifestOf("crafts-webshop"), "utf8")
    .replaceAll("Tobias Brandt", SCRIPT)
    .replaceAll("T-03", `'${IMG}'`.replaceAll("'", "''").slice(1, -1))
    .replaceAll("Pixelwerk Agentur UG", `Pixelwerk ${IMG} & <b>UG</b>`);

  it("the hostile source still has the strings (sanity), and the page escapes each of them", () => {
    expect(source).toContain(SCRIPT);
    for (const language of ["en", "de"] as const) {
      const report = checkManifestText(`x${SCRIPT}.yml`, source, {
        today: TODAY,
        language,
        ruleSet,
        displayName: `${IMG}${SCRIPT}.yml`,
      });
      // Readable, so the hostile threat id sits in the heat map and the names in the gap list.
      expect(report.errors).toEqual([]);
      expect(JSON.stringify(report.risk?.heatmap)).toContain("onerror");
      // As the earlier report (--since), with none of the points: every one is listed as new.
      const html = render(report, language, { ...report, findings: [], manifest: SCRIPT });
      expect(html).toContain('<section id="since"');
      expect(html).toContain(escapeHtml(SCRIPT));
      expect(html).toContain(escapeHtml(IMG));
      expect(html).not.toContain(SCRIPT);
      expect(html).not.toContain("<img");
      expect(html).not.toContain("<b>");
      // In tags, not in text: the escaped text may read "onerror=1", harmlessly.
      for (const [tag] of html.matchAll(/<[^>]*>/g)) expect(tag).not.toMatch(/\son\w+=|\ssrc=/i);
      const tags = new Set(
        [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]?.toLowerCase()),
      );
      for (const tag of tags) expect(TAGS.has(tag ?? ""), `tag <${tag}>`).toBe(true);
    }
  });

  it("escapes & < > \" ' and replaces control characters", () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    expect(escapeHtml("a\u0000b\u001bc\td\ne")).toBe("a\ufffdb\ufffdc\td\ne");
    expect(escapeHtml("\ud800x")).toBe("\ufffdx");
    expect(escapeHtml("😀")).toBe("😀");
  });
});

describe("a report with very many open points", () => {
  it("stays a short page: at most a dozen rows per area, the rest counted, rendered quickly", async () => {
    const report = await reportOf("crafts-webshop", "en");
    const first = report.findings[0] as Finding;
    const findings = Array.from({ length: 10_000 }, (_, i) => ({
      ...first,
      area: i % 2 === 0 ? ("training" as const) : ("governance" as const),
      fingerprint: `x:${i}`,
      message: `Point ${i}`,
    }));
    const many: Report = {
      ...report,
      findings,
      summary: {
        ...report.summary,
        total: 10_000,
        by_area: {
          ...report.summary.by_area,
          training: 5000,
          governance: 5000,
          reviews: 0,
          "threat-modelling": 0,
        },
      },
    };
    const started = performance.now();
    const html = render(many, "en", { ...many, findings: [] });
    expect(performance.now() - started).toBeLessThan(2000);
    const areas = html.slice(html.indexOf('<section id="areas"'));
    expect(areas.match(/<td>Point /g)?.length).toBe(2 * 12);
    expect(areas).toContain(escapeHtml(MANAGEMENT_REPORT_LABELS.en.moreInFullList(5000 - 12)));
    const since = html.slice(
      html.indexOf('<section id="since"'),
      html.indexOf('<section id="areas"'),
    );
    expect(since.match(/<td>Point /g)?.length).toBe(15);
    expect(html.length).toBeLessThan(200_000);
  });
});

describe("risk acceptances and waivers", () => {
  it("lists every one with who decided, until when and its state on the report date", async () => {
    const part = (html: string) =>
      html.slice(html.indexOf('<section id="expiry"'), html.indexOf('<section id="training"'));
    // The webshop's acceptance of T-03 runs to 2027-01-15: 50 days, past the 30-day warning.
    const webshop = part(render(await reportOf("crafts-webshop", "de"), "de"));
    expect(webshop).toContain(
      '<tr><td>Risikoübernahme</td><td>T-03</td><td>Michael Holzmann</td><td class="num">15.01.2027</td><td><span class="sev lvl-low">gültig</span></td></tr>',
    );
    expect(webshop).toContain(escapeHtml(MANAGEMENT_REPORT_LABELS.de.expiryNone(30)));
    // Five days before the end it is flagged, by its rule (what to do) and in the table.
    const soon = part(render(await reportOf("crafts-webshop", "en", "2027-01-10"), "en"));
    expect(soon).toContain("expires in 5 days");
    // The logistics company's acceptance of T-05 ran out on 2026-08-12 (RK-005 reports it).
    const logistics = part(render(await reportOf("logistics-nis2", "en"), "en"));
    expect(logistics).toContain('<span class="sev sev-critical">expired</span>');
    expect(logistics).toContain("RK-005");
    expect(logistics).toContain(`<strong>${MANAGEMENT_REPORT_LABELS.en.whatToDo}:</strong>`);
  });
});

describe("what changed since an earlier report", () => {
  it("lists points that are new and points closed since then, matched by fingerprint", async () => {
    const report = await reportOf("crafts-webshop", "en");
    const [first, ...rest] = report.findings;
    const gone: Finding = {
      ...(first as Finding),
      rule: "GV-099",
      message: "A point closed since then",
      fingerprint: "GV-099:closed",
    };
    const since: Report = {
      ...report,
      evaluated_at: "2026-08-31",
      findings: [...rest, gone],
      summary: { ...report.summary, total: report.summary.total + 3 },
    };
    const html = render(report, "en", since);
    const part = html.slice(
      html.indexOf('<section id="since"'),
      html.indexOf('<section id="areas"'),
    );
    const T = MANAGEMENT_REPORT_LABELS.en;
    expect(part).toContain("Compared with the report of 2026-08-31.");
    expect(part).toContain(escapeHtml(T.newPoints(1)));
    expect(part).toContain(escapeHtml((first as Finding).message));
    expect(part).toContain(escapeHtml(T.closedPoints(1)));
    expect(part).toContain("A point closed since then");
    expect(part).toContain(`<td>${report.summary.total + 3}</td><td>${report.summary.total}</td>`);
    expect(part).not.toContain(escapeHtml(T.sinceOtherManifest));
    const other = render(report, "en", { ...since, manifest: "other.yml" });
    expect(other).toContain(escapeHtml(T.sinceOtherManifest));
  });
});

describe("security-manifest report", () => {
  const run = (...args: string[]) => runCli(REPO_ROOT, TODAY, ...args);
  const webshop = "examples/crafts-webshop/security-manifest.yml";

  it("writes the page to standard output, exit 0 though there are open points", async () => {
    const result = await run("report", webshop, "--format", "html", "--lang", "de");
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith("<!doctype html>")).toBe(true);
    expect(result.stdout).toContain('<html lang="de">');
    expect(result.stdout).toContain("Stand:</dt><dd>26.11.2026</dd>");
  });

  it("accepts the listed formats only, html by default", async () => {
    const result = await run("report", webshop, "--format", "pdf");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `--format must be one of ${FORMAT_NAMES.join(", ")}, not "pdf"`,
    );
    const page = await run("report", webshop);
    expect(page.stdout).toMatch(/^<!DOCTYPE html>/i);
  });

  it("--output writes the file; --since compares with a JSON report of check", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-report-"));
    const json = await run("check", webshop, "--format", "json", "--today", "2026-06-01");
    writeFileSync(path.join(dir, "before.json"), json.stdout);
    const out = path.join(dir, "report.html");
    const result = await run(
      "report",
      webshop,
      "--since",
      path.join(dir, "before.json"),
      "--output",
      out,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const page = readFileSync(out, "utf8");
    expect(page).toContain('<section id="since"');
    expect(page).toContain("Compared with the report of 2026-06-01.");
  });

  it("--output creates missing folders, and refuses a folder before checking, in the reader's language", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-report-"));
    const nested = path.join(dir, "reports", "2026", "page.html");
    const written = await run("report", webshop, "-o", nested);
    expect(written.code).toBe(0);
    expect(readFileSync(nested, "utf8")).toMatch(/^<!DOCTYPE html>/i);
    const refused = await run("report", webshop, "--output", dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`cannot write --output ${dir}: it is a folder`);
    expect(refused.stderr).not.toMatch(/internal error|ENOENT|EISDIR/);
    const german = await run("report", webshop, "--lang", "de", "--output", dir);
    expect(german.stderr).toContain(
      `--output ${dir} kann nicht geschrieben werden: es ist ein Ordner`,
    );
  });

  it.each([
    ["not JSON", "{", "not JSON"],
    [
      "another tool's JSON",
      '{"version": 2, "runs": []}',
      "not a JSON report of security-manifest check",
    ],
    [
      "a report with a broken count",
      JSON.stringify({
        tool: { name: "security-manifest-check", version: "1" },
        manifest: "m.yml",
        evaluated_at: TODAY,
        profile: {},
        summary: { total: "many" },
        findings: [],
        fixed: [],
        errors: [],
      }),
      "/summary/total must be integer",
    ],
  ])(
    "refuses --since with %s, saying what is wrong, and writes nothing",
    async (_, text, message) => {
      const dir = mkdtempSync(path.join(tmpdir(), "sm-report-"));
      writeFileSync(path.join(dir, "since.json"), text);
      const out = path.join(dir, "report.html");
      const result = await run(
        "report",
        webshop,
        "--since",
        path.join(dir, "since.json"),
        "-o",
        out,
      );
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--since ${path.join(dir, "since.json")}: `);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe("");
      expect(() => readFileSync(out)).toThrow();
    },
  );

  it("a --since report is data from outside too: its texts are escaped", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-report-"));
    const before = JSON.parse((await run("check", webshop, "--format", "json")).stdout) as Report;
    const hostile = '<script>alert(1)</script>"><img src=x onerror=1>';
    const first = before.findings[0] as Finding;
    before.findings = [{ ...first, fingerprint: "x:closed", message: hostile }];
    before.manifest = hostile;
    writeFileSync(path.join(dir, "before.json"), JSON.stringify(before));
    const result = await run("report", webshop, "--since", path.join(dir, "before.json"));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(escapeHtml(hostile));
    expect(result.stdout).not.toContain("<script>");
    expect(result.stdout).not.toContain("<img");
  });

  it("refuses a --since file that does not exist", async () => {
    const result = await run("report", webshop, "--since", "no/such/report.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--since no/such/report.json: the report file does not exist");
  });

  it("an unreadable manifest gives a page that says so, and exit 2", async () => {
    const result = await run("report", "tests/fixtures/cli/duplicate-key.yml");
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(MANAGEMENT_REPORT_LABELS.en.verdicts.unreadable);
    expect(result.stdout).not.toContain('<section id="heat-map"');
    expect(result.stderr).toContain("duplicate-key.yml:");
  });

  it("has a help text that names every option, and the main help names the command", async () => {
    const help = await run("report", "--help");
    expect(help.code).toBe(0);
    for (const option of [
      "--format",
      "--lang",
      "--today",
      "--since",
      "--output",
      "--rules",
      "--root",
    ])
      expect(help.stdout).toContain(option);
    expect((await run("--help")).stdout).toContain("report [FILE]");
  });
});
