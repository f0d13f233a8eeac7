import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifestText } from "../../src/check-manifest.js";
import { evidenceInRepository } from "../../src/manifest/evidence-files.js";
import { SourceError, type SourceProblem } from "../../src/manifest/manifest-error.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { FIXTURES } from "../fixtures/fixtures.js";
import { COMPLIANT, COMPLIANT_DIR, TODAY } from "../rules/rule-harness.js";

const ORG_PACK = path.join(FIXTURES, "packs/org-pack.yml");

/** Writes a variant of the organisation pack with one change and returns the load problem. */
async function problemWith(search: string, replacement: string): Promise<SourceProblem> {
  const text = readFileSync(ORG_PACK, "utf8");
  const changed = text.replace(search, replacement);
  if (changed === text) throw new Error(`edit did not apply: ${search}`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sm-pack-")), "pack.yml");
  writeFileSync(file, changed);
  try {
    await loadRuleSet([file]);
  } catch (error) {
    if (error instanceof SourceError) return error.problem;
    throw error;
  }
  throw new Error("expected the pack to be refused");
}

describe("rule packs", () => {
  it("loads our packs with unique ids, both languages and at least one reference per rule", async () => {
    // verifyBuiltin: schemas, cases, parameters, safe patterns and every check compiled.
    const ruleSet = await loadRuleSet([], { verifyBuiltin: true });
    const ids = ruleSet.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ruleSet.rules) {
      for (const text of [rule.title, rule.description, rule.remediation, rule.message]) {
        expect(text.en.length, rule.id).toBeGreaterThan(0);
        expect(text.de.length, rule.id).toBeGreaterThan(0);
      }
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("has at least three rules for every thesis and the minimum per area", async () => {
    const ruleSet = await loadRuleSet();
    for (const thesis of [1, 2, 3, 4, 5, 6]) {
      const count = ruleSet.rules.filter((r) => r.thesis === thesis).length;
      expect(count, `thesis ${thesis}`).toBeGreaterThanOrEqual(3);
    }
    const perArea = (area: string) => ruleSet.rules.filter((r) => r.area === area).length;
    expect(perArea("threat-modelling")).toBeGreaterThanOrEqual(8);
    expect(perArea("reviews")).toBeGreaterThanOrEqual(6);
    expect(perArea("training")).toBeGreaterThanOrEqual(6);
    expect(perArea("governance")).toBeGreaterThanOrEqual(6);
    expect(perArea("risk")).toBeGreaterThanOrEqual(5);
  });

  it("adds an organisation's own pack, whose rules report like ours", async () => {
    const ruleSet = await loadRuleSet([ORG_PACK]);
    const report = checkManifestText("security-manifest.yml", COMPLIANT, {
      today: TODAY,
      language: "en",
      ruleSet,
      evidenceExists: evidenceInRepository(COMPLIANT_DIR),
    });
    const own = report.findings.filter((f) => f.rule === "ACME-001");
    expect(own.length).toBeGreaterThan(0);
    expect(own[0]).toMatchObject({
      area: "governance",
      severity: "medium",
      thesis: 2,
      pointer: "/components/0",
    });
    expect(own[0]?.message).toBe("Component portal does not state its protection needs");
  });

  it("refuses a rule id that is already taken, at the duplicate", async () => {
    const problem = await problemWith("id: ACME-001", "id: TR-001");
    expect(problem).toMatchObject({ code: "duplicate-rule-id", line: 5, column: 5 });
    expect(problem.message).toBe("rule TR-001: the id is already used in rules/training.yml");
  });

  it("refuses a pack that breaks the pack format, with line, column and fix", async () => {
    const problem = await problemWith("severity: medium", "severity: urgent");
    expect(problem).toMatchObject({ code: "invalid-rule-pack", line: 10, column: 5 });
    expect(problem.message).toContain(
      'rules[0].severity: "urgent" is not one of `low`, `medium`, `high`, `critical`',
    );
  });

  it("refuses superseded_by naming a rule that is not loaded, at the entry", async () => {
    const problem = await problemWith(
      'references: ["ISO 27001 A.5.2"]',
      'references: ["ISO 27001 A.5.2"]\n    superseded_by: [{rule: TM-999}]',
    );
    expect(problem).toMatchObject({ code: "invalid-rule", line: 13 });
    expect(problem.message).toBe('rule ACME-001: superseded_by names the unknown rule "TM-999"');
  });

  it("refuses an unknown worst-practice case", async () => {
    const problem = await problemWith(
      'references: ["ISO 27001 A.5.2"]',
      'references: ["ISO 27001 A.5.2"]\n    cases: [alien-invasion]',
    );
    expect(problem.message).toBe('rule ACME-001: unknown case "alien-invasion"');
    expect(problem.hint).toContain("phishing");
  });

  it("refuses an unknown parameter", async () => {
    const problem = await problemWith(
      "require: {required: [protection_needs]}",
      "require: {properties: {protection_needs: {maxProperties: {$param: nope}}}}",
    );
    expect(problem.message).toBe('rule ACME-001: unknown parameter "nope"');
  });

  it("refuses a check with an unknown keyword, pointing at the check", async () => {
    const problem = await problemWith(
      "require: {required: [protection_needs]}",
      "require: {requird: [protection_needs]}",
    );
    expect(problem).toMatchObject({ line: 13, column: 5 });
    expect(problem.message).toContain('unknown keyword: "requird"');
  });

  it("refuses a pattern that could backtrack for ever", async () => {
    const problem = await problemWith(
      "require: {required: [protection_needs]}",
      'require: {properties: {id: {pattern: "^(a+)+$"}}}',
    );
    expect(problem.message).toContain("nested quantifier");
  });

  it("treats placeholders as plain names: no expressions, no prototype lookups", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "sm-pack-")), "pack.yml");
    const hostile = readFileSync(ORG_PACK, "utf8").replace(
      'en: "Component {id} does not state its protection needs"',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the point is text that looks like code.
      'en: "{constructor} {__proto__} {toString} ${process.exit(1)} {id}"',
    );
    writeFileSync(file, hostile);
    const ruleSet = await loadRuleSet([file]);
    const report = checkManifestText("security-manifest.yml", COMPLIANT, {
      today: TODAY,
      language: "en",
      ruleSet,
      evidenceExists: evidenceInRepository(COMPLIANT_DIR),
    });
    const finding = report.findings.find((f) => f.rule === "ACME-001");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the point is text that looks like code.
    expect(finding?.message).toBe("{constructor} {__proto__} {toString} ${process.exit(1)} portal");
  });
});
