import { describe, expect, it } from "vitest";
import { dinSpecStatus } from "../../src/report/din-spec-status.js";
import { renderDinSpecDoc } from "../../src/report/render-din-spec-doc.js";
import type { DinSpecCatalogue } from "../../src/rules/din-spec-catalogue.js";
import { profileFacts } from "../../src/rules/profile.js";
import type { Finding } from "../../src/vocabulary/finding.js";
import { builtinRules } from "./rule-harness.js";

async function catalogue(): Promise<DinSpecCatalogue> {
  const ruleSet = await builtinRules();
  if (!ruleSet.dinSpec27076) throw new Error("the rule set carries no DIN SPEC 27076 catalogue");
  return ruleSet.dinSpec27076;
}

describe("DIN SPEC 27076 catalogue against the rule packs", () => {
  it("has 27 requirements in the six topic areas, with unique ids", async () => {
    const { requirements, topics } = await catalogue();
    expect(requirements).toHaveLength(27);
    expect(new Set(requirements.map((r) => r.id)).size).toBe(27);
    expect(Object.keys(topics)).toEqual([
      "organisation",
      "identity",
      "backup",
      "updates",
      "protection",
      "infrastructure",
    ]);
    for (const requirement of requirements)
      expect(topics[requirement.topic], requirement.id).toBeDefined();
  });

  it("names only rules that exist", async () => {
    const ids = new Set((await builtinRules()).rules.map((rule) => rule.id));
    for (const requirement of (await catalogue()).requirements)
      for (const id of requirement.rules ?? [])
        expect(ids.has(id), `${requirement.id}: ${id}`).toBe(true);
  });

  it("covers every requirement by a rule or says why a manifest cannot show it", async () => {
    for (const requirement of (await catalogue()).requirements) {
      const covered = (requirement.rules?.length ?? 0) > 0;
      expect(covered !== (requirement.not_checkable !== undefined), requirement.id).toBe(true);
      expect(requirement.summary.de, requirement.id).not.toBe(requirement.summary.en);
    }
  });

  it("checks every operational TOP requirement the issue names (backup, updates, macros)", async () => {
    const byId = new Map((await catalogue()).requirements.map((r) => [r.id, r]));
    for (const id of ["BAK-1", "BAK-2", "UPD-1", "PRO-2"]) {
      expect(byId.get(id)?.top, id).toBe(true);
      expect(byId.get(id)?.rules?.length, id).toBeGreaterThan(0);
    }
  });

  it("is described in docs/din-spec-27076.md exactly as generated", async () => {
    const doc = renderDinSpecDoc(await catalogue(), (await builtinRules()).rules);
    await expect(doc).toMatchFileSnapshot("../../docs/din-spec-27076.md");
  });
});

describe("DIN SPEC 27076 status value", () => {
  const finding = (rule: string): Finding => ({ rule }) as Finding;
  const small = profileFacts({ organisation: { size: "small" } });

  it("scores met 1, TOP met 3, TOP not met -3, not met 0, and leaves out what does not apply", async () => {
    const status = dinSpecStatus(
      {
        catalogue: "din-spec-27076",
        scoring: { met: 1, not_met: 0, top_met: 3, top_not_met: -3 },
        topics: { backup: { en: "Backup", de: "Datensicherung" } },
        requirements: [
          {
            id: "BAK-1",
            topic: "backup",
            top: true,
            summary: { en: "a", de: "b" },
            rules: ["BL-003"],
          },
          {
            id: "BAK-2",
            topic: "backup",
            top: true,
            summary: { en: "a", de: "b" },
            rules: ["BL-004"],
          },
          {
            id: "BAK-3",
            topic: "backup",
            top: false,
            summary: { en: "a", de: "b" },
            rules: ["BL-005"],
          },
          {
            id: "BAK-4",
            topic: "backup",
            top: false,
            summary: { en: "a", de: "b" },
            rules: ["GV-004"],
          },
          // RV-003 applies only where protection needs are high: not applicable for this profile.
          {
            id: "UPD-3",
            topic: "backup",
            top: false,
            summary: { en: "a", de: "b" },
            rules: ["RV-003"],
          },
          {
            id: "NET-4",
            topic: "backup",
            top: false,
            summary: { en: "a", de: "b" },
            not_checkable: { en: "x", de: "y" },
          },
        ],
      },
      (await builtinRules()).rules,
      small,
      [finding("BL-004"), finding("BL-005")],
    );
    expect(status).toMatchObject({
      requirements: 6,
      met: 2,
      not_met: 2,
      not_applicable: 1,
      not_checkable: 1,
      top_not_met: ["BAK-2"],
      score: 3 - 3 + 0 + 1,
      max_score: 3 + 3 + 1 + 1,
    });
    expect(status.results.map((r) => [r.id, r.result, r.rules])).toEqual([
      ["BAK-1", "met", ["BL-003"]],
      ["BAK-2", "not-met", ["BL-004"]],
      ["BAK-3", "not-met", ["BL-005"]],
      ["BAK-4", "met", ["GV-004"]],
      ["UPD-3", "not-applicable", []],
      ["NET-4", "not-checkable", []],
    ]);
  });
});
