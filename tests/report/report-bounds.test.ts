import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import { checkManifestText } from "../../src/check-manifest.js";
import { checkPullRequest } from "../../src/check-pull-request.js";
import { renderJson } from "../../src/formats/json.js";
import { renderMarkdown } from "../../src/formats/markdown/markdown.js";
import { renderText } from "../../src/formats/text.js";
import { buildReport, type Report } from "../../src/report/report.js";
import {
  boundToSchema,
  listLimit,
  type SchemaNode,
  TRUNCATED_KEYS,
  type Truncated,
} from "../../src/report/report-bounds.js";
import { riskEconomics } from "../../src/rules/risk-economics.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { clipCodePoints } from "../../src/vocabulary/clip-text.js";
import { compareFindings, type Finding, type Severity } from "../../src/vocabulary/finding.js";
import type { ManifestChange } from "../../src/vocabulary/manifest-change.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const TODAY = "2026-11-26";
const EXAMPLE = readFileSync(
  path.join(REPO_ROOT, "examples/crafts-webshop/security-manifest.yml"),
  "utf8",
);

const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(reportSchema);

/** The report as a consumer reads it (through JSON: Infinity becomes null) is valid. */
function expectValid(report: Report): void {
  const data = JSON.parse(renderJson(report));
  const errors = validate(data)
    ? []
    : (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
  expect(errors).toEqual([]);
}

type Entry = Record<string, unknown>;
interface Data {
  [key: string]: unknown;
  team: Entry[];
  threat_model: { threats: Entry[] };
  components: Entry[];
  management: { sponsor: Entry };
  waivers?: Entry[];
}

const example = () => parse(EXAMPLE) as Data;

async function check(data: unknown): Promise<Report> {
  return checkManifestText("security-manifest.yml", stringify(data), {
    today: TODAY,
    language: "en",
    ruleSet: await loadRuleSet(),
  });
}

async function checkPr(head: unknown, base: unknown = example()): Promise<Report> {
  return checkPullRequest({
    head: { file: "security-manifest.yml", text: stringify(head) },
    base: { kind: "found", text: stringify(base) },
    options: {
      today: TODAY,
      language: "en",
      ruleSet: await loadRuleSet(),
      pullRequest: { author: "svogel-holzmann", changedFiles: ["theme/x.css"], approvedBy: [] },
    },
    decisions: "require-approval",
  });
}

const LONG = "ä".repeat(7000);

/** Long keys, names and values in every field a report copies from the manifest. */
function longEverything(): { head: Data; base: Data } {
  const head = example();
  head[`unknown_${"k".repeat(3000)}`] = 1;
  const [first, second] = head.threat_model.threats;
  if (!first || !second) throw new Error("the example has threats");
  first.id = `T${"i".repeat(3000)}`;
  Object.assign(second, {
    title: LONG,
    likelihood: "frequent",
    impact: "existential",
    treatment: "t".repeat(300),
    expected_damage_eur: 1000,
  });
  Object.assign(head.team[0] ?? {}, { name: LONG, github: "g".repeat(300) });
  head.management.sponsor.name = LONG;
  (head.components[0] ?? {}).id = `C${"c".repeat(3000)}`;
  head.waivers = [
    {
      rule: "TM-001",
      scope: `${LONG}!`,
      approved_by: `${LONG}?`,
      reason: LONG,
      expires: "2028-01-01",
    },
  ];
  const base = example();
  base.components.push({ id: `D${"d".repeat(3000)}`, exposure: "internet", paths: ["x/**"] });
  base.waivers = [
    { rule: "TM-001", scope: LONG, approved_by: LONG, reason: LONG, expires: "2027-01-01" },
  ];
  return { head, base };
}

describe("every report stays within schema/report.schema.json", () => {
  it("more than 10,000 gaps: the 10,000 most severe are kept, the rest counted", async () => {
    const data = example();
    data.team = Array.from({ length: 4000 }, (_, i) => ({
      name: `Person ${i}`,
      role: "developer",
    }));
    const report = await check(data);
    expect(report.summary.total).toBeGreaterThan(10_000);
    expect(report.findings).toHaveLength(10_000);
    expect(report.truncated?.findings).toBe(report.summary.total - 10_000);
    expectValid(report);
    // The most severe are kept, in report order.
    expect([...report.findings].sort(compareFindings)).toEqual(report.findings);
    // Reported in the comment and in the terminal.
    expect(renderMarkdown(report, { language: "en" })).toMatch(
      /This report is shortened to fit its format: left out are \d+ gaps \(the least severe\)/,
    );
    expect(renderText(report, { language: "de", color: false })).toMatch(
      /Dieser Bericht ist gekürzt, damit er in sein Format passt: weggelassen sind \d+ offene Punkte/,
    );
  });

  it("long keys, names and values, in a check and in a pull-request check", async () => {
    const { head, base } = longEverything();
    for (const report of [await check(head), await checkPr(head, base)]) {
      expect(report.errors).toEqual([]);
      expect(report.truncated?.texts).toBeGreaterThan(0);
      expectValid(report);
    }
    const pr = await checkPr(head, base);
    expect(pr.changes?.some((c) => c.subject.endsWith("…"))).toBe(true);
    expect(pr.findings.some((f) => f.message.endsWith("…"))).toBe(true);
  });

  it.each([1e308, 1.7e308, Number.MAX_VALUE])(
    "expected_damage_eur: %d (Infinity once multiplied) is no damage figure",
    async (damage) => {
      const data = example();
      const [threat = {}] = data.threat_model.threats;
      Object.assign(threat, { expected_damage_eur: damage, likelihood: "frequent" });
      const report = await check(data);
      expectValid(report);
      const ids = report.risk?.economics.map((row) => row.threat);
      expect(ids).not.toContain(threat.id);
      for (const row of report.risk?.economics ?? []) {
        expect(Number.isFinite(row.expectedAnnualLoss)).toBe(true);
      }
    },
  );

  it("measure costs that add up to Infinity are no cost figure", () => {
    const rows = riskEconomics({
      threat_model: {
        threats: [
          { id: "T", likelihood: "rare", expected_damage_eur: 10, mitigations: ["A", "B"] },
        ],
        mitigations: [
          { id: "A", cost_eur_per_year: 1e308 },
          { id: "B", cost_eur_per_year: 1e308 },
        ],
      },
    });
    expect(rows).toEqual([
      expect.objectContaining({ threat: "T", measuresCostPerYear: undefined, paysOff: undefined }),
    ]);
  });
});

/** Every string limit and list limit of the schema, as a path (`[]` for any list entry). */
function limitsOf(node: SchemaNode, at: string, out: Map<string, number>, seen: string[] = []) {
  const name = node.$ref?.replace("#/definitions/", "");
  const definitions = (reportSchema as { definitions: Record<string, SchemaNode> }).definitions;
  const resolved = name ? definitions[name] : node;
  if (!resolved || (name && seen.includes(name))) return;
  const path = name ? [...seen, name] : seen;
  if (resolved.maxLength !== undefined) out.set(at, resolved.maxLength);
  if (resolved.maxItems !== undefined) out.set(`${at}#items`, resolved.maxItems);
  if (resolved.items) limitsOf(resolved.items, `${at}[]`, out, path);
  for (const [key, inner] of Object.entries(resolved.properties ?? {})) {
    limitsOf(inner, at ? `${at}.${key}` : key, out, path);
  }
}

const FINDING: Finding = {
  rule: "TM-001",
  area: "threat-modelling",
  severity: "high",
  thesis: 1,
  message: "m",
  pointer: "/p",
  line: 1,
  column: 1,
  remediation: "r",
  references: ["ref"],
  cases: ["phishing"],
  status: "pending-approval",
  fingerprint: "fp",
  item: "i",
  applies_because: "a",
  supersedes: ["TM-015"],
  pending: {
    change: 0,
    waiting_for: [{ name: "n", login: "l" }],
    state: "pending",
    on_base: false,
  },
  because: "b",
};
const CHANGE: ManifestChange = {
  kind: "waiver-added",
  message: "m",
  subject: "s",
  side: "head",
  pointer: "/w",
  line: 1,
  column: 1,
  gated: true,
  approval: { by: "decider", people: [{ name: "n", login: "l" }], state: "pending" },
};

/** A report with one entry in every list the schema knows. */
function fullReport(): Report {
  const ids = { rare: ["T-1"], occasional: ["T-2"], frequent: ["T-3"], "very-frequent": ["T-4"] };
  return {
    ...buildReport({
      manifest: "m.yml",
      evaluatedAt: TODAY,
      profile: {},
      findings: [FINDING],
      fixed: [{ ...FINDING, status: "new" }],
      noLongerChecked: [{ ...FINDING, status: "unchanged" }],
      changes: [CHANGE],
      upcoming: [{ rule: "TR-001", pointer: "/team/0/trainings/0/date", due: TODAY, what: "w" }],
      trainingCoverage: [{ role: "developer", members: 2, with_gaps: 1 }],
      standingDecisions: [
        {
          kind: "waiver",
          subject: "RV-003",
          decided_by: "A",
          expires: TODAY,
          pointer: "/waivers/0",
        },
      ],
      errors: [{ file: "m.yml", line: 1, column: 1, code: "syntax", message: "m", hint: "h" }],
      risk: {
        heatmap: { negligible: ids, limited: ids, considerable: ids, existential: ids },
        economics: [
          {
            threat: "T-1",
            pointer: "/t",
            title: "t",
            level: "high",
            treatment: "mitigate",
            expectedAnnualLoss: 1,
            measuresCostPerYear: 1,
            paysOff: true,
          },
        ],
      },
    }),
    pull_request: { number: 1, head_sha: "0".repeat(40) },
  };
}

/** Sets the first value at a limit path (`a[].b`, `a#items`) to one over the limit. */
function overLimit(report: Report, at: string, limit: number): boolean {
  const [route = "", items] = at.split("#");
  const keys = route
    .split(".")
    .flatMap((part) => (part.endsWith("[]") ? [part.slice(0, -2), 0] : [part]));
  let parent: Record<string | number, unknown> = report as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    const next = parent[key];
    if (next === null || typeof next !== "object") return false;
    parent = next as Record<string | number, unknown>;
  }
  const last = keys[keys.length - 1] as string | number;
  const current = parent[last];
  if (items !== undefined) {
    if (!Array.isArray(current) || current.length === 0) return false;
    parent[last] = Array.from({ length: limit + 1 }, () => structuredClone(current[0]));
  } else {
    if (typeof current !== "string") return false;
    parent[last] = "x".repeat(limit + 1);
  }
  return true;
}

describe("the limits come from the schema, and every one of them is kept", () => {
  const limits = new Map<string, number>();
  limitsOf(reportSchema as SchemaNode, "", limits);

  it("finds the schema's limits (sanity)", () => {
    expect(limits.get("findings#items")).toBe(10_000);
    expect(limits.get("findings[].message")).toBe(5000);
    expect(limits.get("changes[].subject")).toBe(2000);
    expect(listLimit("findings")).toBe(10_000);
    expect(listLimit("changes")).toBe(reportSchema.properties.changes.maxItems);
    expect(limits.size).toBeGreaterThan(30);
  });

  it("the full report is valid as it is", () => expectValid(fullReport()));

  it.each([...limits].filter(([at]) => !at.startsWith("truncated")))(
    "%s over its limit of %d comes out within it, and is counted",
    (at, limit) => {
      const report = fullReport();
      expect(overLimit(report, at, limit)).toBe(true);
      const cut: Truncated = {};
      const bounded = boundToSchema(report, cut);
      expectValid(bounded);
      expect(Object.values(cut).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBeGreaterThan(0);
    },
  );

  it("`truncated` names every list the schema limits, as the code does", () => {
    const listNames = new Set<string>();
    for (const at of limits.keys()) {
      if (!at.endsWith("#items") || at.startsWith("truncated")) continue;
      const name =
        at
          .replace(/#items$/, "")
          .split(".")
          .pop()
          ?.replace("[]", "") ?? "";
      // Heat-map cells are named by their definition.
      listNames.add(
        ["rare", "occasional", "frequent", "very-frequent"].includes(name) ? "threat_ids" : name,
      );
    }
    const schemaKeys = Object.keys(reportSchema.properties.truncated.properties);
    expect(schemaKeys).toEqual([...TRUNCATED_KEYS]);
    expect([...listNames].sort()).toEqual(TRUNCATED_KEYS.filter((k) => k !== "texts").sort());
  });

  it("buildReport bounds what it is given (texts, lists, numbers)", () => {
    const long = (n: number) => "y".repeat(n);
    const many = Array.from(
      { length: 10_050 },
      (_, i): Finding => ({
        ...FINDING,
        status: "new",
        pending: undefined,
        severity: (["low", "medium", "high", "critical"] as Severity[])[i % 4] as Severity,
        fingerprint: `fp-${i}`,
        line: i + 1,
      }),
    );
    const report = buildReport({
      manifest: long(2000),
      evaluatedAt: TODAY,
      profile: {},
      findings: [
        ...many,
        {
          ...FINDING,
          severity: "critical",
          message: long(6000),
          pointer: long(1500),
          remediation: long(6000),
          fingerprint: long(3000),
          item: long(1500),
          applies_because: long(2500),
          because: long(2500),
          references: Array(150).fill("r"),
          pending: {
            ...FINDING.pending,
            waiting_for: Array(1200).fill({ name: long(1200), login: long(150) }),
          } as Finding["pending"],
        },
      ],
      changes: Array.from({ length: 10_002 }, (_, i) => ({
        ...CHANGE,
        gated: i === 10_001,
        subject: long(2500),
      })),
      risk: {
        heatmap: fullReport().risk?.heatmap as NonNullable<Report["risk"]>["heatmap"],
        economics: [
          {
            threat: "T",
            pointer: "/t",
            title: "t",
            level: "high",
            treatment: long(300),
            expectedAnnualLoss: Number.POSITIVE_INFINITY,
            measuresCostPerYear: Number.NaN,
            paysOff: true,
          },
        ],
      },
    });
    expectValid(report);
    expect(report.findings).toHaveLength(10_000);
    // Every critical and high gap is kept; low ones go first.
    expect(report.findings.filter((f) => f.severity === "critical")).toHaveLength(2513);
    expect(report.truncated).toMatchObject({
      findings: 51,
      changes: 2,
      waiting_for: 200,
      references: 50,
    });
    // The gated change is kept although it came last; the pending pointer follows it.
    expect(report.changes?.[report.changes.length - 1]?.gated).toBe(true);
    expect(report.summary.total).toBe(10_051);
  });

  it("clipped fingerprints stay distinct", () => {
    const a = buildReport({
      manifest: "m",
      evaluatedAt: TODAY,
      profile: {},
      findings: [
        { ...FINDING, pending: undefined, fingerprint: `${"z".repeat(3000)}a` },
        { ...FINDING, pending: undefined, fingerprint: `${"z".repeat(3000)}b` },
      ],
    });
    const [x, y] = a.findings.map((f) => f.fingerprint);
    expect(x).not.toBe(y);
    expect([...(x ?? "")].length).toBeLessThanOrEqual(2000);
  });

  it("clips by code points, never inside a surrogate pair", () => {
    expect(clipCodePoints("😀😀😀", 3)).toBe("😀😀😀");
    expect(clipCodePoints("😀😀😀😀", 3)).toBe("😀😀…");
    expect(clipCodePoints("abcd", 3)).toBe("ab…");
    expect(clipCodePoints("abc", 3)).toBe("abc");
  });
});
