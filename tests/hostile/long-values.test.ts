import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { edit, lineIn, MINIMAL, scratchDir, TODAY } from "./hostile-harness.js";
import { bundleSourceCli, type ChildRun, runChild } from "./source-bundle.js";

/**
 * Very long values must not make the check slow (a pasted log in a one-line field once took
 * minutes: the single-line pattern backtracked quadratically). Each run is a child process
 * killed at a deadline far above the normal second: a hang fails the test, a slow machine does
 * not.
 */
const DEADLINE_MS = 20_000;
const LONG = 400_000;

let bundle: Awaited<ReturnType<typeof bundleSourceCli>>;
beforeAll(async () => {
  bundle = await bundleSourceCli();
}, 60_000);
afterAll(() => bundle?.remove());

function check(text: string, ...extra: string[]): ChildRun {
  const dir = scratchDir();
  writeFileSync(path.join(dir, "security-manifest.yml"), text);
  const args = ["check", "--today", TODAY, "--format", "json", "--fail-on", "never", ...extra];
  return runChild(bundle.file, args, dir, DEADLINE_MS);
}

interface Finding {
  rule: string;
  line: number;
  column: number;
  message: string;
}

function finished(run: ChildRun): Finding[] {
  expect(run.signal, "killed at the deadline: the check hangs").toBeNull();
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
}

const log = (length: number) =>
  "2026-11-26T08:15:02Z ERROR [portal] GET /api/v1/devices 500 upstream timeout "
    .repeat(Math.ceil(length / 76))
    .slice(0, length);

describe("long single-line values finish in time, with the format gap at its line", () => {
  it.each([
    ["a pasted log line in a literal block (single-line field)", `|\n    ${log(LONG)}\n`],
    ["a long line ending in a newline, double-quoted", `"${"a".repeat(LONG)}\\n"`],
    ["a long line ending in a carriage return", `"${"a".repeat(LONG)}\\r"`],
    ["many words and a newline", `"${"word ".repeat(LONG / 5)}\\nmore"`],
    ["a pasted log of many lines", `|\n${`    ${log(200)}\n`.repeat(LONG / 200)}`],
  ])("%s", (_what, value) => {
    const text = edit(MINIMAL, "  name: Portal\n", `  name: ${value}\n`);
    const findings = finished(check(text));
    expect(findings.find((f) => f.rule === "SC-006")).toMatchObject({ line: 3, column: 3 });
  });

  it("a one-million-character value in a one-line field without a newline is fine", () => {
    const text = edit(MINIMAL, "  name: Portal\n", `  name: ${"a".repeat(1_000_000)}\n`);
    expect(finished(check(text)).filter((f) => f.rule.startsWith("SC-"))).toEqual([]);
  });

  it("a one-million-character person name with trailing spaces", () => {
    const text = `${MINIMAL}team:\n  - name: "${"Jana Becker ".repeat(80_000)}  "\n    role: developer\n`;
    const findings = finished(check(text));
    const format = findings.filter((f) => f.rule === "SC-006" && f.line === 8);
    expect(format.length).toBeGreaterThan(0);
  });

  it("a 500,000-character value of an enum field (no did-you-mean over it)", () => {
    const text = edit(
      MINIMAL,
      "  sector: manufacturing\n",
      `  sector: ${"manufacturin".repeat(40_000)}\n`,
    );
    const findings = finished(check(text));
    const invalid = findings.find((f) => f.rule === "SC-001");
    expect(invalid).toMatchObject({ line: lineIn(text, "  sector:"), column: 3 });
    expect(invalid?.message).not.toContain("did you mean");
  });

  it("a 200,000-character unknown key", () => {
    const text = `${MINIMAL}? "${"projec".repeat(33_000)}"\n: 1\n`;
    const findings = finished(check(text));
    expect(findings.find((f) => f.rule === "SC-004")).toMatchObject({ line: 7, column: 3 });
  });

  it("a 150,000-character evidence path and glob", () => {
    const text = `${MINIMAL}components:\n  - id: portal\n    name: Portal\n    paths: ["${"**/".repeat(50_000)}x"]\n    exposure: internet\nincident_response:\n  plan: "${"../".repeat(50_000)}plan.md\\n"\n`;
    const findings = finished(check(text, "--changed-file", `${"a/".repeat(1000)}x`));
    expect(findings.some((f) => f.line === lineIn(text, "  plan:"))).toBe(true);
  });
});

describe("a backtracking pattern in a pack is refused before it can run", () => {
  it("^a*a*a*a*a*a*a*a*a*a*$ against a 500-character value", () => {
    const dir = scratchDir();
    writeFileSync(
      path.join(dir, "security-manifest.yml"),
      `${MINIMAL}team:\n  - name: ${"a".repeat(499)}!\n    role: developer\n`,
    );
    writeFileSync(
      path.join(dir, "pack.yml"),
      `pack: acme
area: training
rules:
  - id: ACME-001
    title: {en: t, de: t}
    description: {en: d, de: d}
    remediation: {en: r, de: r}
    message: {en: m, de: m}
    severity: high
    thesis: 1
    references: [x]
    check:
      for_each: /team
      require: {properties: {name: {pattern: '^a*a*a*a*a*a*a*a*a*a*$'}}}
`,
    );
    const run = runChild(
      bundle.file,
      ["check", "--rules", "pack.yml", "--today", TODAY],
      dir,
      DEADLINE_MS,
    );
    expect(run.signal, "killed at the deadline: the pattern ran").toBeNull();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "pack.yml:14:37: rule ACME-001: pattern /^a*a*a*a*a*a*a*a*a*a*$/ has repetitions one after another",
    );
  });
});
