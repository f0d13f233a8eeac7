import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifestFile } from "../../src/check-manifest.js";
import { renderJson } from "../../src/formats/json.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

const EXAMPLES = [
  "crafts-webshop",
  "remote-maintenance-portal",
  "logistics-nis2",
  "medical-practice-portal",
] as const;
const TODAY = "2026-11-26";

async function reportOf(example: string, language: "en" | "de" = "en") {
  const file = path.join(REPO_ROOT, "examples", example, "security-manifest.yml");
  return checkManifestFile(file, {
    today: TODAY,
    language,
    ruleSet: await loadRuleSet(),
    displayName: `examples/${example}/security-manifest.yml`,
  });
}

describe("the example manifests", () => {
  it.each(EXAMPLES)("%s gives the reviewed gap list (snapshot)", async (example) => {
    const report = await reportOf(example);
    expect(report.errors).toEqual([]);
    await expect(renderJson(report)).toMatchFileSnapshot(`__snapshots__/${example}.report.json`);
  });

  it("the well-kept remote maintenance portal is fully compliant", async () => {
    const report = await reportOf("remote-maintenance-portal");
    expect(report.findings).toEqual([]);
    expect(report.summary.total).toBe(0);
  });

  it("a micro crafts business and a medium NIS2 logistics company get visibly different lists", async () => {
    const crafts = await reportOf("crafts-webshop");
    const logistics = await reportOf("logistics-nis2");
    const rules = (r: typeof crafts) => new Set(r.findings.map((f) => f.rule));
    // Each has gaps the other cannot have, because the profile decides which rules apply.
    expect([...rules(crafts)].filter((id) => !rules(logistics).has(id)).length).toBeGreaterThan(3);
    expect([...rules(logistics)].filter((id) => !rules(crafts).has(id)).length).toBeGreaterThan(1);
    // NIS2 makes management training a critical duty (Art. 20); the micro shop is told why rules apply to it.
    expect(logistics.findings.find((f) => f.rule === "TR-005")).toMatchObject({
      severity: "critical",
    });
    expect(logistics.findings.some((f) => f.applies_because?.includes("NIS2"))).toBe(true);
    expect(crafts.findings.some((f) => f.applies_because?.includes("micro"))).toBe(false);
    expect(crafts.profile).toMatchObject({ size: "micro", sector: "crafts" });
  });

  it("every finding can be explained and traced to a line of its manifest", async () => {
    const ruleSet = await loadRuleSet();
    for (const example of EXAMPLES) {
      const report = await reportOf(example);
      const lines = readFileSync(
        path.join(REPO_ROOT, "examples", example, "security-manifest.yml"),
        "utf8",
      ).split("\n");
      for (const finding of report.findings) {
        expect(
          ruleSet.rules.some((r) => r.id === finding.rule),
          finding.rule,
        ).toBe(true);
        expect(finding.line).toBeGreaterThanOrEqual(1);
        expect(finding.line).toBeLessThanOrEqual(lines.length);
      }
    }
  });

  it("the medical practice shows the baseline gaps and the DIN SPEC 27076 status", async () => {
    const report = await reportOf("medical-practice-portal");
    expect(report.profile).toMatchObject({ size: "small", sector: "health" });
    const baseline = report.findings
      .filter((f) => f.rule.startsWith("BL-"))
      .map((f) => f.rule)
      .sort();
    // No offline copy, old restore test, an old PC in the network, macros allowed, two suppliers.
    expect(baseline).toEqual(["BL-004", "BL-005", "BL-007", "BL-011", "BL-016", "BL-017"]);
    expect(report.din_spec_27076).toMatchObject({
      requirements: 27,
      met: 14,
      not_met: 6,
      not_applicable: 0,
      not_checkable: 7,
      top_not_met: ["ORG-3", "BAK-2", "PRO-2"],
      score: 19,
      max_score: 40,
    });
  });

  it("the compliant portal meets every checkable DIN SPEC 27076 requirement", async () => {
    const status = (await reportOf("remote-maintenance-portal")).din_spec_27076;
    expect(status?.not_met).toBe(0);
    expect(status?.score).toBe(status?.max_score);
  });

  it("speaks German with --lang de, for every finding", async () => {
    const en = await reportOf("logistics-nis2", "en");
    const de = await reportOf("logistics-nis2", "de");
    expect(de.findings.map((f) => f.fingerprint)).toEqual(en.findings.map((f) => f.fingerprint));
    de.findings.forEach((finding, index) => {
      expect(finding.message).not.toBe(en.findings[index]?.message);
    });
  });
});

describe("determinism", () => {
  it("the same inputs give the same report, byte for byte", async () => {
    for (const example of EXAMPLES) {
      expect(renderJson(await reportOf(example))).toBe(renderJson(await reportOf(example)));
    }
  });

  it("does not depend on the machine's time zone or clock", () => {
    const run = (tz: string) =>
      spawnSync(
        process.execPath,
        [
          path.join(REPO_ROOT, "bin/security-manifest.js"),
          "check",
          "examples/logistics-nis2/security-manifest.yml",
          "--today",
          TODAY,
          "--format",
          "json",
        ],
        {
          cwd: REPO_ROOT,
          encoding: "utf8",
          env: { ...process.env, TZ: tz },
        },
      ).stdout;
    const kiritimati = run("Pacific/Kiritimati");
    expect(kiritimati.length).toBeGreaterThan(1000);
    expect(run("America/Los_Angeles")).toBe(kiritimati);
  });
});
