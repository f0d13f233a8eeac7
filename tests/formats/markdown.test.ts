import { describe, expect, it } from "vitest";
import { ECONOMICS_ROWS, HEATMAP_IDS_PER_CELL } from "../../src/formats/markdown/layout.js";
import { COMMENT_LIMIT } from "../../src/formats/markdown/limits.js";
import { renderMarkdown } from "../../src/formats/markdown/markdown.js";
import { buildReport, type Report } from "../../src/report/report.js";
import type { RiskOverview } from "../../src/report/risk-overview.js";
import { IMPACTS, LIKELIHOODS } from "../../src/rules/risk-matrix.js";
import type { Area, Finding, Severity } from "../../src/vocabulary/finding.js";
import { renderGfm } from "../support/cmark.js";

const bytes = (text: string) => Buffer.byteLength(text, "utf8");

let counter = 0;
function finding(overrides: Partial<Finding> & { severity: Severity }): Finding {
  counter++;
  return {
    rule: `TM-${String(counter % 1000).padStart(3, "0")}`,
    area: "threat-modelling" as Area,
    thesis: 1,
    message: `Gap number ${counter} in the threat model`,
    pointer: `/threat_model/threats/${counter}`,
    line: counter,
    column: 1,
    remediation: "Describe the threat and its measures.",
    references: [],
    cases: [],
    status: "new",
    fingerprint: `fp-${counter}`,
    ...overrides,
  };
}

/** A 61-character threat id, unique per number. */
const threatId = (n: number) => `T-${String(n).padStart(5, "0")}-${"x".repeat(53)}`;

function bigRisk(threats: number, economicsRows = 0): RiskOverview {
  const heatmap = Object.fromEntries(
    IMPACTS.map((impact) => [impact, Object.fromEntries(LIKELIHOODS.map((l) => [l, []]))]),
  ) as unknown as RiskOverview["heatmap"];
  for (let n = 0; n < threats; n++) {
    const impact = IMPACTS[n % IMPACTS.length] ?? "limited";
    const likelihood = LIKELIHOODS[Math.floor(n / IMPACTS.length) % LIKELIHOODS.length] ?? "rare";
    heatmap[impact][likelihood].push(threatId(n));
  }
  const economics = Array.from({ length: economicsRows }, (_, n) => ({
    threat: threatId(n),
    pointer: `/threat_model/threats/${n}`,
    title: `Threat ${n}`,
    level: "high" as const,
    treatment: "mitigate",
    expectedAnnualLoss: (n * 7919) % 100_000,
    measuresCostPerYear: 1000,
    paysOff: (n * 7919) % 100_000 >= 1000,
  }));
  return { heatmap, economics };
}

function report(findings: Finding[], risk?: RiskOverview, fixed: Finding[] = []): Report {
  return buildReport({
    manifest: "security-manifest.yml",
    evaluatedAt: "2026-11-26",
    profile: {},
    findings,
    fixed,
    ...(risk ? { risk } : {}),
  });
}

/** Every `<details>` closed, in order, in the HTML GitHub would render. */
function expectBalancedDetails(markdown: string): void {
  const html = renderGfm(markdown);
  let depth = 0;
  for (const [tag] of html.matchAll(/<\/?details>/g)) {
    depth += tag.startsWith("</") ? -1 : 1;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
  expect(html.match(/<details>/g)?.length ?? 0).toBe(markdown.match(/<details>/g)?.length ?? 0);
}

/** No table row cut short: every line that starts a row ends it. */
function expectWholeTableRows(markdown: string): void {
  for (const line of markdown.split("\n").filter((l) => l.startsWith("|"))) {
    expect(line.endsWith("|"), line.slice(-80)).toBe(true);
  }
}

const severeAndMild = () => [
  finding({ severity: "critical", message: "Critical: no threat model at all" }),
  finding({ severity: "high", message: "High: ransomware threat without a measure" }),
  finding({
    severity: "high",
    message: "High: phishing threat without a measure",
    area: "training",
  }),
  ...Array.from({ length: 40 }, () => finding({ severity: "low" })),
];

describe("a large risk overview in the PR comment", () => {
  it("3,000 threats with 61-character ids no longer push the gaps out", () => {
    const findings = severeAndMild();
    const body = renderMarkdown(report(findings, bigRisk(3000)), {
      language: "en",
      limit: COMMENT_LIMIT,
    });
    expect(bytes(body)).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toContain("Critical: no threat model at all");
    expect(body).toContain("High: ransomware threat without a measure");
    expect(body).toContain("High: phishing threat without a measure");
    // Nothing had to give: every gap row is there, and the heat map with five ids per cell.
    for (const f of findings) expect(body).toContain(f.message);
    expect(body).not.toContain("more. The full list is in");
    expect(body).toContain(`${threatId(0)}, `);
    // 3,000 threats over 16 cells: 187 or 188 per cell.
    expect(body).toContain(`+${187 - HEATMAP_IDS_PER_CELL} more`);
    expect(body).toContain(`+${188 - HEATMAP_IDS_PER_CELL} more`);
    expect(body.match(/T-\d{5}-x{53}/g)).toHaveLength(16 * HEATMAP_IDS_PER_CELL);
    expectBalancedDetails(body);
    expectWholeTableRows(body);
  });

  it("lists the twenty threats with the highest expected loss, then says how many more", () => {
    const risk = bigRisk(40, 3000);
    const body = renderMarkdown(report(severeAndMild(), risk), { language: "en" });
    expect(bytes(body)).toBeLessThanOrEqual(COMMENT_LIMIT);
    const losses = [...body.matchAll(/^\| T-\d{5}-x{53} Threat \d+ \| €([\d,]+) \|/gm)].map((m) =>
      Number(m[1]?.replace(/,/g, "")),
    );
    expect(losses).toHaveLength(ECONOMICS_ROWS);
    const top = risk.economics
      .map((row) => row.expectedAnnualLoss)
      .sort((a, b) => b - a)
      .slice(0, ECONOMICS_ROWS);
    expect(losses).toEqual(top);
    expect(body).toContain(`… and ${3000 - ECONOMICS_ROWS} more threats, none with a higher`);
    expectBalancedDetails(body);
  });

  it("shortens, then drops the risk sections before it drops a single gap row", () => {
    const findings = severeAndMild();
    const risk = bigRisk(3000, 3000);
    const full = renderMarkdown(report(findings, risk), { language: "en", limit: 1_000_000 });
    const withoutRisk = renderMarkdown(report(findings), { language: "en", limit: 1_000_000 });
    // Room for every gap row, but not for the risk sections.
    const limit = bytes(withoutRisk) + 300;
    expect(bytes(full)).toBeGreaterThan(limit);
    const body = renderMarkdown(report(findings, risk), { language: "en", limit });
    expect(bytes(body)).toBeLessThanOrEqual(limit);
    for (const f of findings) expect(body).toContain(f.message);
    expect(body).toContain("The risk heat map and the expected losses are left out to fit");
    expect(body).not.toContain("Risk heat map (BSI 200-3)");
    expectBalancedDetails(body);

    // A little more room: the compact heat map (counts only) comes back first.
    const compact = renderMarkdown(report(findings, risk), {
      language: "en",
      limit: bytes(withoutRisk) + 2500,
    });
    for (const f of findings) expect(compact).toContain(f.message);
    expect(compact).toContain("Number of threats per cell");
    expect(compact).not.toMatch(/T-\d{5}-x{53},/);
    expectBalancedDetails(compact);
  });

  it("when gap rows must go, the least severe go first", () => {
    const findings = severeAndMild();
    const body = renderMarkdown(report(findings, bigRisk(3000)), { language: "en", limit: 4000 });
    expect(bytes(body)).toBeLessThanOrEqual(4000);
    expect(body).toContain("Critical: no threat model at all");
    expect(body).toContain("High: ransomware threat without a measure");
    expect(body).toMatch(/… and \d+ more\. The full list is in/);
    const shown = findings.filter((f) => body.includes(`${f.message} \``));
    expect(shown.length).toBeLessThan(findings.length);
    // The shown rows are a prefix of the list sorted most severe first.
    expect(shown).toEqual(findings.slice(0, shown.length));
    expectBalancedDetails(body);
    expectWholeTableRows(body);
  });

  it("still shows the worst gap when its texts alone exceed the limit (clipped)", () => {
    const huge = "@".repeat(5000);
    const findings = [
      finding({ severity: "critical", message: `Critical ${huge}`, remediation: huge }),
      finding({ severity: "low" }),
    ];
    const body = renderMarkdown(report(findings), { language: "en", limit: 20_000 });
    expect(bytes(body)).toBeLessThanOrEqual(20_000);
    expect(body).toContain("| 🔴 critical | Critical @");
    expect(body).toContain("…");
    expectWholeTableRows(body);
  });

  it("never leaves a <details> open or a table row cut, whatever the limit", () => {
    const fresh = severeAndMild();
    const unchanged = Array.from({ length: 30 }, () =>
      finding({ severity: "medium", status: "unchanged" }),
    );
    const waived = Array.from({ length: 10 }, () =>
      finding({ severity: "high", status: "waived" }),
    );
    const fixed = Array.from({ length: 5 }, () => finding({ severity: "low" }));
    const r = report([...fresh, ...unchanged, ...waived], bigRisk(500, 500), fixed);
    for (let limit = 200; limit <= 40_000; limit += 397) {
      const body = renderMarkdown(r, { language: "de", limit, marker: "<!-- marker -->" });
      expect(bytes(body), `limit ${limit}`).toBeLessThanOrEqual(limit);
      expectWholeTableRows(body);
      const opened = body.match(/<details>/g)?.length ?? 0;
      expect(body.match(/<\/details>/g)?.length ?? 0, `limit ${limit}`).toBe(opened);
    }
    // cmark-gfm agrees for a few of them (it is slow to start, so not for all).
    for (const limit of [700, 1500, 3000, 9000]) {
      const body = renderMarkdown(r, { language: "en", limit });
      expectBalancedDetails(body);
    }
  });

  it("a pathological report is cut between sections, with a pointer to the full report", () => {
    const errors = Array.from({ length: 100 }, (_, n) => ({
      file: "security-manifest.yml",
      line: n + 1,
      column: 1,
      code: "syntax",
      message: "ä".repeat(5000),
      hint: "fix the YAML",
    }));
    const r = { ...report([]), errors };
    // Long texts are clipped first (to 300 characters); 100 of them still do not fit in 20 kB.
    const body = renderMarkdown(r, { language: "en", limit: 20_000, marker: "<!-- marker -->" });
    expect(bytes(body)).toBeLessThanOrEqual(20_000);
    expect(body).toContain("security-manifest.yml:1:1: ää");
    expect(body.startsWith("<!-- marker -->\n")).toBe(true);
    expect(body).toMatch(
      /\n_… shortened to fit\. The full report is in the job summary of this run\._\n$/,
    );
    // Only whole list items: each kept error ends with its hint.
    const items = body.split("\n").filter((l) => l.startsWith("- "));
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(100);
    expect(items.every((line) => line.endsWith("… — fix the YAML"))).toBe(true);
  });
});

describe("robust against malformed risk data (reports from another run)", () => {
  it.each([
    ["risk: {}", {}],
    ["economics: [{threat: 5}]", { heatmap: bigRisk(0).heatmap, economics: [{ threat: 5 }] }],
    ["heat map rows missing", { heatmap: { limited: {} }, economics: "none" }],
  ])("does not throw for %s", (_name, risk) => {
    const r = { ...report(severeAndMild()), risk: risk as unknown as RiskOverview };
    const body = renderMarkdown(r, { language: "en" });
    expect(body).toContain("Critical: no threat model at all");
  });
});

describe("the paragraph for management", () => {
  const findings = () => [
    finding({ severity: "high", area: "threat-modelling" }),
    finding({ severity: "high", area: "threat-modelling" }),
    finding({ severity: "low", area: "training" }),
  ];

  it("keeps German area names capitalised and names them as areas", () => {
    const body = renderMarkdown(report(findings()), { language: "de" });
    expect(body).toContain(
      "Die meisten betreffen die Bereiche „Bedrohungsmodellierung“ und „Schulung und Sensibilisierung“.",
    );
    expect(body).not.toMatch(/betreffen [a-zäöü]+ und/);
  });

  it("uses the singular for a single area in German", () => {
    const only = [finding({ severity: "high", area: "reviews" })];
    expect(renderMarkdown(report(only), { language: "de" })).toContain(
      "Die meisten betreffen den Bereich „Sicherheitsprüfungen“.",
    );
  });

  it("lower-cases area names inside the English sentence", () => {
    expect(renderMarkdown(report(findings()), { language: "en" })).toContain(
      "Most concern threat modelling and training and awareness.",
    );
  });
});
