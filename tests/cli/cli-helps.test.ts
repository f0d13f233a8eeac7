import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { LANGUAGES } from "../../src/i18n/language.js";
import { parseManifestText } from "../../src/manifest/load-manifest.js";
import { SourceError } from "../../src/manifest/manifest-error.js";
import { renderExplanation } from "../../src/report/render-explanation.js";
import { allRuleIds, findRule } from "../../src/rules/rule-catalogue.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { runCli } from "../support/run-cli.js";

const COMPLIANT = path.join(REPO_ROOT, "examples/remote-maintenance-portal/security-manifest.yml");
const WEBSHOP = path.join(REPO_ROOT, "examples/crafts-webshop/security-manifest.yml");
const run = (...args: string[]) => runCli(REPO_ROOT, "2026-11-26", ...args);

/** The compliant example with some lines changed, written to a temporary folder beside its evidence. */
function compliantWith(edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sm-helps-"));
  const file = path.join(dir, "security-manifest.yml");
  writeFileSync(file, edit(readFileSync(COMPLIANT, "utf8")));
  return file;
}

describe("check --quiet, --min-severity and --area", () => {
  it("prints the summary line only with --quiet, and keeps the exit status", async () => {
    const full = await run("check", WEBSHOP);
    const quiet = await run("check", WEBSHOP, "--quiet");
    expect(quiet.stdout).toBe(`${full.stdout.split("\n")[0]}\n`);
    expect(quiet.code).toBe(full.code);
    expect((await run("check", WEBSHOP, "-q", "--format", "json")).stderr).toContain(
      "--quiet shortens the text format only",
    );
  });

  it("shows and counts only the gaps at or above --min-severity", async () => {
    const all = JSON.parse((await run("check", WEBSHOP, "--format", "json")).stdout);
    const high = JSON.parse(
      (await run("check", WEBSHOP, "--format", "json", "--min-severity", "high")).stdout,
    );
    const expected = all.findings.filter(
      (f: { severity: string; status: string }) =>
        ["high", "critical"].includes(f.severity) && f.status !== "waived",
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(high.summary.total).toBe(expected);
    expect(high.summary.by_severity.medium).toBe(0);
    expect(
      high.findings.every((f: { severity: string }) => ["high", "critical"].includes(f.severity)),
    ).toBe(true);
  });

  it("filters by --area (repeatable and comma-separated), and the exit status follows", async () => {
    const training = JSON.parse(
      (await run("check", WEBSHOP, "--format", "json", "--area", "training,governance")).stdout,
    );
    const areas = new Set(training.findings.map((f: { area: string }) => f.area));
    expect([...areas].sort()).toEqual(["governance", "training"]);
    // The whole list fails the check; what is left after the filter does not.
    expect((await run("check", WEBSHOP)).code).toBe(1);
    const lowOnly = await run("check", WEBSHOP, "--min-severity", "critical", "--area", "schema");
    expect(lowOnly.stdout).toMatch(/: 0 open gaps/);
    expect(lowOnly.code).toBe(0);
  });

  it("refuses an unknown severity or area with the closest value", async () => {
    const severity = await run("check", WEBSHOP, "--min-severity", "hihg");
    expect(severity.code).toBe(2);
    expect(severity.stderr).toContain('not "hihg" — did you mean high?');
    const area = await run("check", WEBSHOP, "--area", "trainig");
    expect(area.stderr).toContain("did you mean training?");
  });
});

describe("did you mean", () => {
  it("suggests the command for a typo (chek → check) and the option (--formt → --format)", async () => {
    const command = await run("chek");
    expect(command.code).toBe(2);
    expect(command.stderr).toContain(
      'unknown command "chek" — did you mean `security-manifest check`?',
    );
    const option = await run("check", WEBSHOP, "--formt", "json");
    expect(option.stderr).toContain("Unknown option '--formt' — did you mean --format?");
    expect((await run("check", "--format", "jsno")).stderr).toContain("did you mean json?");
  });

  it("names a missing mitigation id and the nearest existing one (TM-010)", async () => {
    const file = compliantWith((text) =>
      text.replace("mitigations: [M-01, M-02]", "mitigations: [M-01, M-2]"),
    );
    const report = JSON.parse((await run("check", file, "--format", "json")).stdout);
    const gap = report.findings.find((f: { rule: string }) => f.rule === "TM-010");
    expect(gap.message).toContain("— not listed: M-2 (did you mean M-02?)");
  });

  it("suggests the nearest component id for a threat's component (shopp → shop)", async () => {
    const file = compliantWith((text) => text.replace("component: portal", "component: portl"));
    const report = JSON.parse((await run("check", file, "--format", "json")).stdout);
    const gap = report.findings.find((f: { rule: string }) => f.rule === "TM-016");
    expect(gap.message).toMatch(/names component portl, .* — did you mean portal\?$/);
  });

  it("suggests the closest rule id for a waiver of an unknown rule (GV-015)", async () => {
    const file = compliantWith(
      (text) =>
        `${text}\nwaivers:\n  - rule: TR-01\n    scope: all\n    approved_by: Andreas Hoffmann\n    reason: test\n    expires: 2027-01-01\n`,
    );
    const root = path.dirname(COMPLIANT);
    const report = JSON.parse(
      (await run("check", file, "--format", "json", "--root", root)).stdout,
    );
    expect(report.findings.map((f: { message: string }) => f.message)).toEqual([
      "Waiver for TR-01: no rule with this id exists, so it waives nothing — did you mean TR-001?",
    ]);
  });

  it("says nothing is close when no id is (no wrong guess)", async () => {
    const file = compliantWith((text) =>
      text.replace("mitigations: [M-01, M-02]", "mitigations: [M-01, firewall-rules]"),
    );
    const report = JSON.parse((await run("check", file, "--format", "json")).stdout);
    const gap = report.findings.find((f: { rule: string }) => f.rule === "TM-010");
    expect(gap.message).toMatch(/— not listed: firewall-rules$/);
  });
});

describe("explain", () => {
  it("prints a YAML snippet to copy that is valid YAML from the compliant example, and no placeholder", async () => {
    const result = await run("explain", "TM-010");
    expect(result.stdout).toContain("Example to copy (from examples/remote-maintenance-portal");
    const snippet = result.stdout
      .split("a manifest with no gaps):\n\n")[1]
      ?.split("\n\n")[0]
      ?.replace(/^ {2}/gm, "");
    const data = parse(snippet ?? "");
    expect(data.threat_model.threats[0].mitigations).toEqual(["M-01", "M-02"]);
    expect(data.threat_model.mitigations[0].id).toBe("M-01");
    expect(result.stdout).not.toMatch(/\{[a-z_]+\}|…/);
  });

  it("has no placeholder in any rule's explanation, in either language", async () => {
    const ruleSet = await loadRuleSet();
    for (const id of allRuleIds(ruleSet)) {
      for (const language of LANGUAGES) {
        const entry = findRule(ruleSet, id, language);
        if (!entry) throw new Error(`no rule ${id}`);
        expect(renderExplanation(entry, ruleSet, language), `${id} ${language}`).not.toMatch(
          /\{[a-z_]+\}|…\./,
        );
      }
    }
  });

  it("explains the thesis number once, in plain words", async () => {
    const result = await run("explain", "SC-001");
    expect(result.stdout).toContain("e.g. `role: developer` instead of `role: dev`");
    const de = await run("explain", "TR-001", "--lang", "de");
    expect(de.stdout).toContain("These (einer der sechs Grundsätze hinter jeder Regel");
  });
});

describe("the JSON report's status", () => {
  it("is ok, gaps or unreadable, so a script cannot take an unreadable manifest for a clean one", async () => {
    expect(JSON.parse((await run("check", COMPLIANT, "--format", "json")).stdout).status).toBe(
      "ok",
    );
    expect(JSON.parse((await run("check", WEBSHOP, "--format", "json")).stdout).status).toBe(
      "gaps",
    );
    const broken = compliantWith(() => "manifest_version: 1\nproject:\n\tname: x\n");
    const unreadable = await run("check", broken, "--format", "json");
    expect(unreadable.code).toBe(2);
    const report = JSON.parse(unreadable.stdout);
    expect(report.status).toBe("unreadable");
    expect(report.summary.total).toBe(0);
  });
});

describe("YAML syntax errors in plain words", () => {
  const problem = (text: string) => {
    try {
      parseManifestText("m.yml", `manifest_version: 1\n${text}`);
    } catch (error) {
      if (error instanceof SourceError) return error.problem;
      throw error;
    }
    throw new Error("the text loaded");
  };

  it.each([
    [
      "project:\n  name: x\n  description: Backup: nightly at 2am\n",
      4,
      'put the value in quotes: description: "Backup: nightly at 2am"',
    ],
    ["project:\n  name: @acme portal\n", 3, 'put the value in quotes: name: "@acme portal"'],
    ["project:\n  name: [draft] plan\n", 3, 'put the value in quotes: name: "[draft] plan"'],
    ['project:\n  name: "x" y\n', 3, `put the value in quotes: name: '"x" y'`],
    ["topics: [cloud, ai\nproject:\n  name: x\n", 2, "close it with ]"],
    ["team:\n  - name: a\n   role: dev\n", 4, "indent it like the keys of the item above it"],
  ])("%j: the line of the mistake and the edit that fixes it", (text, line, hint) => {
    const found = problem(text);
    expect(found.line).toBe(line);
    expect(found.hint).toContain(hint);
    expect(found.message).toMatch(/^YAML syntax error: /);
  });
});
