import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkManifestFile } from "../../src/check-manifest.js";
import { FORMAT_NAMES, OUTPUT_FORMATS, renderAs } from "../../src/formats/formats.js";
import { LANGUAGES } from "../../src/i18n/language.js";
import { evidenceInRepository } from "../../src/manifest/evidence-files.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { runCli } from "../support/run-cli.js";

const EXAMPLE = path.join(REPO_ROOT, "examples/crafts-webshop");
const TODAY = "2026-11-26";

describe("the one list of output formats", () => {
  it("has unique names and extensions and a description in every language", () => {
    expect(new Set(FORMAT_NAMES).size).toBe(OUTPUT_FORMATS.length);
    expect(new Set(OUTPUT_FORMATS.map((format) => format.extension)).size).toBe(
      OUTPUT_FORMATS.length,
    );
    for (const format of OUTPUT_FORMATS)
      for (const language of LANGUAGES) expect(format.description[language]).toMatch(/\S{3}/);
  });

  it("loads every renderer behind the one signature, and each renders the example's report", async () => {
    const ruleSet = await loadRuleSet();
    const report = await checkManifestFile(path.join(EXAMPLE, "security-manifest.yml"), {
      today: TODAY,
      language: "en",
      ruleSet,
      displayName: "security-manifest.yml",
      evidenceExists: evidenceInRepository(EXAMPLE),
    });
    const open = report.summary.total;
    expect(open).toBeGreaterThan(0);
    for (const name of FORMAT_NAMES) {
      const output = await renderAs(name, report, { language: "en", ruleSet });
      expect(output.length, name).toBeGreaterThan(100);
      // Each format carries the same count the report has, whatever its layout.
      if (name === "json") expect(JSON.parse(output).summary.total).toBe(open);
      if (name === "sarif")
        expect(
          JSON.parse(output).runs[0].results.filter(
            (r: { suppressions?: unknown }) => !r.suppressions,
          ),
        ).toHaveLength(report.findings.filter((f) => f.status !== "waived").length);
      if (name === "text" || name === "markdown") expect(output).toContain(`${open} open gaps`);
    }
  });

  it("is what `check --format` accepts, lists in its help and names in its error", async () => {
    const help = await runCli(EXAMPLE, TODAY, "check", "--help");
    expect(help.stdout).toContain(`--format <format>     ${FORMAT_NAMES.join(" | ")}`);
    const lines = help.stdout.split("\n");
    for (const format of OUTPUT_FORMATS)
      expect(
        lines.some(
          (line) =>
            line.startsWith(`  ${format.name} `) && line.endsWith(` ${format.description.en}`),
        ),
        format.name,
      ).toBe(true);
    const wrong = await runCli(EXAMPLE, TODAY, "check", "--format", "sarf");
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`--format must be one of ${FORMAT_NAMES.join(", ")}`);
    expect(wrong.stderr).toContain("did you mean sarif?");
    for (const name of FORMAT_NAMES) {
      const run = await runCli(EXAMPLE, TODAY, "check", "--format", name, "--fail-on", "never");
      expect(run.code, name).toBe(0);
      expect(run.stdout.length, name).toBeGreaterThan(100);
    }
  });

  it("names only Action outputs that action.yml declares as file paths, and every such output", () => {
    const action = parse(readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8"));
    const pathOutputs = Object.entries(action.outputs as Record<string, { description: string }>)
      .filter(([, output]) => /^Path of /.test(output.description))
      .map(([name]) => name)
      .sort();
    const fromFormats = OUTPUT_FORMATS.flatMap((format) =>
      "actionOutput" in format ? [format.actionOutput] : [],
    ).sort();
    expect(fromFormats).toEqual(pathOutputs);
    expect(fromFormats.length).toBeGreaterThan(0);
  });
});
