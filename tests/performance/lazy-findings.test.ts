import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { TODAY, wideTeamManifest } from "../../scripts/bench/generate-manifest.mjs";
import { checkManifestText, evaluateFindings } from "../../src/check-manifest.js";
import { parseManifestText } from "../../src/manifest/load-manifest.js";
import { YamlSource } from "../../src/manifest/yaml-source.js";
import { listLimit } from "../../src/report/report-bounds.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { isIntroduced, isOpen, severityRank } from "../../src/vocabulary/finding.js";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const EXAMPLES = ["remote-maintenance-portal", "crafts-webshop", "logistics-nis2"];
const ORDER = [
  "rule",
  "area",
  "severity",
  "thesis",
  "message",
  "pointer",
  "line",
  "column",
  "remediation",
  "references",
  "cases",
  "status",
  "fingerprint",
  "item",
];

async function findingsOf(example: string, language: "en" | "de" = "en") {
  const file = path.join(REPO_ROOT, "examples", example, "security-manifest.yml");
  const source = parseManifestText(file, readFileSync(file, "utf8"));
  const ruleSet = await loadRuleSet();
  const options = { today: "2026-11-26", language, ruleSet, evidenceExists: () => false };
  return evaluateFindings(source, source.data as Record<string, unknown>, options).findings;
}

describe("findings whose texts and position are worked out on first read", () => {
  it.each(EXAMPLES)(
    "%s: read as plain objects by JSON, spreads and structuredClone, keys in report order",
    async (example) => {
      const findings = await findingsOf(example);
      expect(findings.length).toBeGreaterThan(3);
      for (const finding of findings) {
        const json = JSON.parse(JSON.stringify(finding));
        expect({ ...finding }).toEqual(json);
        expect(structuredClone(finding)).toEqual(json);
        expect(Object.keys(finding).slice(0, ORDER.length)).toEqual(ORDER);
        expect(typeof finding.message).toBe("string");
        expect(finding.message).not.toMatch(/\{[a-z_]+\}/);
        expect(finding.line).toBeGreaterThan(0);
      }
    },
  );

  it("give the same values whatever is read first", async () => {
    const first = await findingsOf("crafts-webshop", "de");
    const second = await findingsOf("crafts-webshop", "de");
    for (const [index, finding] of first.entries()) {
      const other = second[index];
      if (!other) throw new Error("the second evaluation has fewer findings");
      // One reads its position before its texts, the other after.
      const position = [other.line, other.column];
      expect([finding.remediation, finding.message]).toEqual([other.remediation, other.message]);
      expect([finding.line, finding.column]).toEqual(position);
    }
  });

  it("take an assigned value like a data property, in place", async () => {
    const [finding] = await findingsOf("remote-maintenance-portal");
    if (!finding) throw new Error("the example has no findings");
    finding.message = "replaced";
    finding.line = 99;
    expect(finding.message).toBe("replaced");
    expect(JSON.parse(JSON.stringify(finding))).toMatchObject({ message: "replaced", line: 99 });
    expect(Object.keys(finding).slice(0, ORDER.length)).toEqual(ORDER);
  });

  it("are placed only when the report keeps them or must order them to decide", async () => {
    const { text } = wideTeamManifest(4_500);
    const ruleSet = await loadRuleSet();
    const placed = vi.spyOn(YamlSource.prototype, "positionOf");
    try {
      const source = parseManifestText("wide.yml", text);
      const all = evaluateFindings(source, source.data as Record<string, unknown>, {
        today: TODAY,
        language: "en",
        ruleSet,
      }).findings;
      const limit = listLimit("findings");
      expect(all.length).toBeGreaterThan(limit);
      // The tiers the cut orders by: severity, open, introduced.
      const tier = (f: (typeof all)[number]) =>
        severityRank(f.severity) * 4 + Number(isOpen(f)) * 2 + Number(isIntroduced(f));
      const sizes = new Map<number, number>();
      for (const f of all) sizes.set(tier(f), (sizes.get(tier(f)) ?? 0) + 1);
      let above = 0;
      let crossing = 0;
      for (const t of [...sizes.keys()].sort((a, b) => b - a)) {
        const size = sizes.get(t) ?? 0;
        if (above + size <= limit) above += size;
        else {
          crossing = size;
          break;
        }
      }
      placed.mockClear();
      const report = checkManifestText("wide.yml", text, { today: TODAY, language: "en", ruleSet });
      expect(report.findings).toHaveLength(limit);
      expect(report.truncated?.findings).toBe(all.length - limit);
      // Every finding of a tier above the cut, and of the tier it cuts through; nothing below.
      const gapPositions = placed.mock.calls.length;
      expect(gapPositions).toBeLessThan(all.length);
      expect(gapPositions).toBeLessThanOrEqual(above + crossing + 100);
    } finally {
      placed.mockRestore();
    }
  }, 60_000);
});

describe("a gap's placeholders, read from its item when a template asks", () => {
  it("give the item's fields, the parent's as parent_…, the label, in that precedence", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-placeholders-"));
    const pack = path.join(dir, "pack.yml");
    writeFileSync(
      pack,
      [
        "pack: placeholders",
        "area: training",
        "rules:",
        "  - id: PH-001",
        '    title: {en: "Placeholders", de: "Platzhalter"}',
        '    description: {en: "Placeholders.", de: "Platzhalter."}',
        '    message: {en: "{label}|{topic}|{parent_name}|{parent_role}|{__proto__}|{trainings}|{missing}", de: "x"}',
        '    remediation: {en: "{parent_topic}|{label}", de: "x"}',
        "    severity: low",
        "    thesis: 3",
        '    references: ["ISO 27001 A.6.3"]',
        "    check:",
        "      for_each: /team/*/trainings",
        '      label: "{topic} of {parent_name} ({label})"',
        "      require: {required: [certificate]}",
      ].join("\n"),
    );
    const manifest = [
      "manifest_version: 1",
      "project: {name: Portal}",
      "organisation: {size: small, sector: manufacturing}",
      "team:",
      "  - name: Ana",
      "    role: developer",
      "    trainings:",
      // An item field named like a parent's placeholder, a label field and a __proto__ field.
      "      - {topic: phishing, date: 2026-01-01, parent_name: shadowed, label: own, __proto__: p, parent_topic: kept}",
      "",
    ].join("\n");
    const ruleSet = await loadRuleSet([pack]);
    const report = checkManifestText("m.yml", manifest, { today: TODAY, language: "en", ruleSet });
    const finding = report.findings.find((f) => f.rule === "PH-001");
    expect(report.errors).toEqual([]);
    // {parent_name}: the parent's field wins over the item's `parent_name`; {label} in the label
    // template is the item's own field, in the message the label; a list is no placeholder value.
    expect(finding?.message).toBe(
      "phishing of Ana (own)|phishing|Ana|developer|p|{trainings}|{missing}",
    );
    // The parent has no `topic`, so {parent_topic} is the item's own field of that name.
    expect(finding?.remediation).toBe("kept|phishing of Ana (own)");
  });
});
