import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  generateManifest,
  SIZES,
  type SizeName,
  TODAY,
  writeWorkspace,
} from "../../scripts/bench/generate-manifest.mjs";
import { checkManifestFile } from "../../src/check-manifest.js";
import { parseManifestText } from "../../src/manifest/load-manifest.js";
import { validateManifestSchema } from "../../src/manifest/validate-schema.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";

type Data = Record<string, unknown>;
const list = (value: unknown): Data[] => (Array.isArray(value) ? (value as Data[]) : []);
const SIZE_NAMES = Object.keys(SIZES) as SizeName[];

/** Parsed once per size: the large sizes take seconds. */
const parsed = new Map<SizeName, { text: string; data: Data; schemaFindings: number }>();
function manifestOf(size: SizeName) {
  let entry = parsed.get(size);
  if (!entry) {
    const { text } = generateManifest(size);
    const source = parseManifestText(`${size}.yml`, text);
    entry = {
      text,
      data: source.data as Data,
      schemaFindings: validateManifestSchema(source, "en").length,
    };
    parsed.set(size, entry);
  }
  return entry;
}

describe("the benchmark's manifest generator", () => {
  it.each(SIZE_NAMES)(
    "%s is valid against format v1 (no schema findings)",
    (size) => {
      expect(manifestOf(size).schemaFindings).toBe(0);
    },
    60_000,
  );

  it.each(SIZE_NAMES)(
    "%s: every reference points at something that exists",
    (size) => {
      const { data } = manifestOf(size);
      const model = (data.threat_model ?? {}) as Data;
      const components = new Set(list(data.components).map((c) => c.id));
      const mitigations = new Set(list(model.mitigations).map((m) => m.id));
      const threats = new Set(list(model.threats).map((t) => t.id));
      const people = new Set(list(data.team).map((p) => p.name));
      for (const threat of list(model.threats)) {
        expect(components.has(threat.component), `${threat.id} → ${threat.component}`).toBe(true);
        for (const id of list(threat.mitigations)) expect(mitigations.has(id)).toBe(true);
        expect(people.has(threat.owner), `owner ${threat.owner}`).toBe(true);
      }
      for (const acceptance of list(data.risk_acceptances)) {
        expect(threats.has(acceptance.threat)).toBe(true);
        expect(people.has(acceptance.accepted_by)).toBe(true);
      }
      for (const review of list(data.reviews))
        for (const id of list(review.scope)) expect(components.has(id), `scope ${id}`).toBe(true);
      for (const component of list(data.components)) expect(people.has(component.owner)).toBe(true);
      expect(new Set(list(data.team).map((p) => p.name)).size).toBe(list(data.team).length);
    },
    60_000,
  );

  it("has the sizes the benchmark promises", () => {
    const counts = (size: SizeName) => {
      const { data } = manifestOf(size);
      const model = (data.threat_model ?? {}) as Data;
      const team = list(data.team);
      return {
        people: team.length,
        trainings: team.reduce((sum, p) => sum + list(p.trainings).length, 0),
        components: list(data.components).length,
        threats: list(model.threats).length,
        reviews: list(data.reviews).length,
        mib: Buffer.byteLength(manifestOf(size).text) / 1024 / 1024,
      };
    };
    // 1× is the shape of examples/remote-maintenance-portal; 10× and 100× scale every list.
    expect(counts("1x")).toMatchObject({ people: 6, components: 4, threats: 9, reviews: 4 });
    expect(counts("10x")).toMatchObject({ people: 60, components: 40, threats: 90 });
    expect(counts("100x")).toMatchObject({ people: 600, components: 400, threats: 900 });
    const large = counts("large-company");
    expect(large).toMatchObject({ people: 5000, components: 500, threats: 2000, reviews: 300 });
    expect(large.trainings).toBeGreaterThan(13_000);
    expect(large.trainings).toBeLessThan(14_000);
    expect(large.mib).toBeGreaterThan(4);
    expect(large.mib).toBeLessThan(6);
    expect(counts("wide-team").people).toBe(50_000);
  }, 60_000);

  it("is deterministic: the same seed gives the same bytes, another seed other ones", () => {
    expect(generateManifest("10x", 7).text).toBe(generateManifest("10x", 7).text);
    expect(generateManifest("10x", 7).text).not.toBe(generateManifest("10x", 8).text);
  });

  it("writes the evidence files it names, and the check finds them", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-generated-"));
    try {
      const generated = generateManifest("1x");
      const manifest = writeWorkspace(dir, generated);
      for (const file of generated.files) expect(existsSync(path.join(dir, file))).toBe(true);
      const report = await checkManifestFile(manifest, {
        today: TODAY,
        language: "en",
        ruleSet: await loadRuleSet(),
      });
      expect(report.errors).toEqual([]);
      // Only the deliberate gaps: no format finding and no evidence file reported missing
      // except the deliberately moved ones (under …/archive/).
      expect(report.findings.filter((f) => f.area === "schema")).toEqual([]);
      for (const finding of report.findings.filter((f) => f.rule === "TR-008"))
        expect(finding.message).toContain("/archive/");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
