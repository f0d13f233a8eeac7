import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import { checkManifestFile } from "../../src/check-manifest.js";
import { renderJson } from "../../src/formats/json.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const MANIFESTS = [
  "examples/crafts-webshop/security-manifest.yml",
  "examples/remote-maintenance-portal/security-manifest.yml",
  "examples/logistics-nis2/security-manifest.yml",
  "tests/fixtures/normative-example.yml",
  "tests/fixtures/cli/bad-role.yml",
  "tests/fixtures/cli/medium-gap-only.yml",
  // Unreadable: the report has errors and no risk overview.
  "tests/fixtures/cli/duplicate-key.yml",
] as const;

function validator(strict: boolean) {
  const ajv = new Ajv({ allErrors: true, strict });
  addFormats.default(ajv);
  return ajv.compile(reportSchema);
}
/** As other tools would compile it (not strict), listing every error. */
const validate = validator(false);

const cache = new Map<string, string>();

/** What the Action publishes: the report as JSON text, read back (a fresh copy per call). */
async function reportJson(file: string, language: "en" | "de"): Promise<unknown> {
  const key = `${file} ${language}`;
  if (!cache.has(key)) cache.set(key, renderJson(await report(file, language)));
  return JSON.parse(cache.get(key) ?? "null");
}

async function report(file: string, language: "en" | "de") {
  return checkManifestFile(path.join(REPO_ROOT, file), {
    today: "2026-11-26",
    language,
    ruleSet: await loadRuleSet(),
    displayName: file,
  });
}

const HEATMAP_ROW = { rare: [], occasional: [], frequent: [], "very-frequent": [] };
const HEATMAP = {
  negligible: HEATMAP_ROW,
  limited: HEATMAP_ROW,
  considerable: HEATMAP_ROW,
  existential: HEATMAP_ROW,
};
const ROW = {
  threat: "T-01",
  pointer: "/threat_model/threats/0",
  title: "Phishing",
  level: "high",
  treatment: "mitigate",
  expectedAnnualLoss: 1000,
  measuresCostPerYear: 100,
  paysOff: true,
};

describe("the JSON report schema", () => {
  it("compiles in Ajv's strict mode (no unknown keywords or loose types)", () => {
    expect(() => validator(true)).not.toThrow();
  });

  it.each(
    MANIFESTS.flatMap((file) => [
      [file, "en"],
      [file, "de"],
    ]) as [string, "en" | "de"][],
  )("accepts the report of %s (%s)", async (file, language) => {
    const data = await reportJson(file, language);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("accepts a risk overview with only the required fields", async () => {
    const data = (await reportJson(MANIFESTS[0], "en")) as Record<string, unknown>;
    const minimal = { threat: "T-01", pointer: "/x", title: "", expectedAnnualLoss: 0 };
    expect(validate({ ...data, risk: { heatmap: HEATMAP, economics: [minimal] } })).toBe(true);
  });

  const MALFORMED: [string, unknown][] = [
    ["an empty object", {}],
    ["not an object", "risky"],
    ["no economics", { heatmap: HEATMAP }],
    ["no heat map", { economics: [] }],
    ["an extra property", { heatmap: HEATMAP, economics: [], note: "x" }],
    ["an impact missing", { heatmap: { ...HEATMAP, existential: undefined }, economics: [] }],
    ["an unknown impact", { heatmap: { ...HEATMAP, fatal: HEATMAP_ROW }, economics: [] }],
    [
      "a likelihood missing",
      {
        heatmap: { ...HEATMAP, limited: { rare: [], occasional: [], frequent: [] } },
        economics: [],
      },
    ],
    [
      "an unknown likelihood",
      { heatmap: { ...HEATMAP, limited: { ...HEATMAP_ROW, always: [] } }, economics: [] },
    ],
    [
      "a cell that is not a list",
      { heatmap: { ...HEATMAP, limited: { ...HEATMAP_ROW, rare: "T-01" } }, economics: [] },
    ],
    [
      "a threat id that is a number",
      { heatmap: { ...HEATMAP, limited: { ...HEATMAP_ROW, rare: [5] } }, economics: [] },
    ],
    [
      "a threat id of 1,001 characters",
      {
        heatmap: { ...HEATMAP, limited: { ...HEATMAP_ROW, rare: ["x".repeat(1001)] } },
        economics: [],
      },
    ],
    [
      "10,001 threats in one cell",
      {
        heatmap: { ...HEATMAP, limited: { ...HEATMAP_ROW, rare: Array(10_001).fill("T") } },
        economics: [],
      },
    ],
    ["economics not a list", { heatmap: HEATMAP, economics: {} }],
    ["an economics row {threat: 5}", { heatmap: HEATMAP, economics: [{ threat: 5 }] }],
    [
      "an economics row without its loss",
      { heatmap: HEATMAP, economics: [{ ...ROW, expectedAnnualLoss: undefined }] },
    ],
    [
      "a negative expected loss",
      { heatmap: HEATMAP, economics: [{ ...ROW, expectedAnnualLoss: -1 }] },
    ],
    [
      "a loss that is a string",
      { heatmap: HEATMAP, economics: [{ ...ROW, expectedAnnualLoss: "1e9" }] },
    ],
    [
      "a loss that was Infinity (null in JSON)",
      { heatmap: HEATMAP, economics: [{ ...ROW, expectedAnnualLoss: null }] },
    ],
    ["an unknown risk level", { heatmap: HEATMAP, economics: [{ ...ROW, level: "extreme" }] }],
    ["paysOff as a string", { heatmap: HEATMAP, economics: [{ ...ROW, paysOff: "yes" }] }],
    [
      "a cost that is a string",
      { heatmap: HEATMAP, economics: [{ ...ROW, measuresCostPerYear: "100" }] },
    ],
    [
      "a title of 5,001 characters",
      { heatmap: HEATMAP, economics: [{ ...ROW, title: "x".repeat(5001) }] },
    ],
    ["an extra economics field", { heatmap: HEATMAP, economics: [{ ...ROW, html: "<b>" }] }],
    ["10,001 economics rows", { heatmap: HEATMAP, economics: Array(10_001).fill(ROW) }],
  ];

  it.each(MALFORMED)("rejects risk with %s", async (_name, risk) => {
    const data = (await reportJson(MANIFESTS[0], "en")) as Record<string, unknown>;
    // Through JSON, as the publisher reads it (undefined fields disappear).
    const report = JSON.parse(JSON.stringify({ ...data, risk }));
    expect(validate(report)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath.startsWith("/risk"))).toBe(true);
  });

  it("bounds the other lists and texts too", async () => {
    const data = (await reportJson(MANIFESTS[0], "en")) as {
      findings: { references: string[]; cases: string[] }[];
      errors: unknown[];
    };
    const [first] = data.findings;
    if (!first) throw new Error("the example has findings");
    const error = { file: "m.yml", line: 1, column: 1, code: "syntax", message: "m", hint: "h" };
    const variants = [
      { ...data, findings: [{ ...first, references: Array(101).fill("ref") }] },
      { ...data, findings: [{ ...first, cases: Array(101).fill("case") }] },
      { ...data, errors: Array(101).fill(error) },
      { ...data, errors: [{ ...error, message: "x".repeat(5001) }] },
      { ...data, errors: [{ ...error, hint: "x".repeat(5001) }] },
      { ...data, errors: [{ ...error, file: "x".repeat(1001) }] },
    ];
    for (const variant of variants) expect(validate(variant)).toBe(false);
    expect(validate({ ...data, errors: [error] })).toBe(true);
  });
});
