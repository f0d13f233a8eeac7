import { describe, expect, it } from "vitest";
import {
  cli,
  expectNoCrash,
  expectUnreadable,
  HOSTILE_FIXTURES,
  TODAY,
} from "./hostile-harness.js";

/** Hostile command lines: usage errors with exit 2 and a pointer to --help, never a stack trace. */
describe("command names that are Object.prototype properties", () => {
  it.each([
    "constructor",
    "toString",
    "__proto__",
    "hasOwnProperty",
    "valueOf",
    "isPrototypeOf",
    "__defineGetter__",
  ])("%s is an unknown command", async (name) => {
    const run = await cli(HOSTILE_FIXTURES, name);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `security-manifest: unknown command "${name}"\nRun \`security-manifest --help\` for usage.\n`,
    );
  });

  it.each(["constructor", "__proto__", "toString"])("explain %s is an unknown rule", async (id) => {
    const run = await cli(HOSTILE_FIXTURES, "explain", id);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`unknown rule "${id}"`);
  });
});

describe("option values", () => {
  it.each([
    ["--today", "2026-02-30"],
    ["--today", "99999-01-01"],
    ["--today", "2026-1-1"],
    ["--today", ""],
    ["--format", "constructor"],
    ["--lang", "__proto__"],
    ["--fail-on", "toString"],
    ["--decisions", "constructor"],
  ])("%s %s", async (option, value) => {
    const run = await cli(HOSTILE_FIXTURES, "check", "minimal.yml", option, value);
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^security-manifest: ${option} must be`));
    expect(run.stderr).toContain("Run `security-manifest check --help` for usage.");
  });

  it("--today 0000-01-01 is a real (if odd) date and checks without a crash", async () => {
    const run = await cli(HOSTILE_FIXTURES, "check", "minimal.yml", "--today", "0000-01-01");
    expectNoCrash(run);
    expect(run.code).toBe(1);
  });

  it("--rules that match nothing", async () => {
    const run = await cli(HOSTILE_FIXTURES, "check", "minimal.yml", "--rules", "nothing/*.yml");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--rules "nothing/*.yml" matches no file');
  });

  it("an unknown option", async () => {
    const run = await cli(HOSTILE_FIXTURES, "check", "--__proto__");
    expectNoCrash(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--__proto__'");
  });
});

describe("committed fixtures", () => {
  it("a duplicate key in a section", async () => {
    expectUnreadable(await cli(HOSTILE_FIXTURES, "check", "duplicate-key.yml", "--today", TODAY), {
      file: "duplicate-key.yml",
      line: 6,
      column: 3,
      message: 'duplicate key: "phase" appears more than once in the same mapping',
    });
  });

  it("a tab as indentation", async () => {
    expectUnreadable(await cli(HOSTILE_FIXTURES, "check", "tab-indent.yml", "--today", TODAY), {
      file: "tab-indent.yml",
      line: 4,
      column: 1,
      message: "YAML syntax error: this line is indented with a tab",
    });
  });

  it("a %YAML directive after content starts a second document", async () => {
    expectUnreadable(await cli(HOSTILE_FIXTURES, "check", "directive.yml", "--today", TODAY), {
      file: "directive.yml",
      line: 3,
      column: 1,
      message: "the manifest holds 2 YAML documents; only one is allowed",
    });
  });
});
