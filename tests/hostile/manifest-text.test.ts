import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CLEAN_EXAMPLE,
  CLEAN_EXAMPLE_DIR,
  checkContent,
  cli,
  edit,
  expectNoCrash,
  expectUnreadable,
  gapsOf,
  lineIn,
  MINIMAL,
  scratchDir,
  TODAY,
} from "./hostile-harness.js";

/**
 * Hostile manifest text: whatever the bytes, the CLI exits 2 with `file:line:col: message` and
 * a fix (or reads the file and reports gaps with exit 1), never a stack trace.
 */
const M = "security-manifest.yml";

describe("YAML syntax errors, at their place", () => {
  it.each([
    [
      "a tab as indentation",
      `${MINIMAL}team:\n\t- name: a\n`,
      8,
      1,
      "this line is indented with a tab",
      "indent with spaces only",
    ],
    [
      "an unclosed double quote",
      `${MINIMAL}advisor:\n  name: "SecuLab\n  since: 2026-01-01\n`,
      8,
      9,
      'Missing closing "quote',
      "indentation",
    ],
    // Reported where the list was opened, not where the parser noticed.
    [
      "an unclosed flow list",
      `${MINIMAL}organisation_topics: [a, b\n`,
      7,
      22,
      "the list opened with [ is not closed",
      "close it with ]",
    ],
    [
      "a reserved character",
      `${MINIMAL}advisor: @seculab\n`,
      7,
      10,
      "a value cannot start with @",
      'put the value in quotes: advisor: "@seculab"',
    ],
    [
      "a list item indented too little",
      `${MINIMAL}team:\n  - name: a\n   role: developer\n`,
      9,
      1,
      "this line is indented like a list item, but has no -",
      "indent it like the keys of the item above it",
    ],
    [
      "a second value on a key's line",
      "manifest_version: 1\nproject: name: Portal\n",
      2,
      10,
      'the value of project contains ": "',
      'put the value in quotes: project: "name: Portal"; or, if a key inside it was meant',
    ],
    ["a lone closing bracket", `${MINIMAL}]\n`, 7, 1, "", "indentation"],
  ])("%s", async (_what, text, line, column, message, fix) => {
    const run = await checkContent(text);
    expectUnreadable(run, {
      file: M,
      line,
      column,
      message: `YAML syntax error: ${message}`,
      fix,
    });
  });

  it("refuses a second YAML document at its `---`", async () => {
    expectUnreadable(await checkContent(`${MINIMAL}---\n${MINIMAL}`), {
      file: M,
      line: 7,
      column: 1,
      message: "holds 2 YAML documents; only one is allowed",
    });
  });
});

describe("duplicate keys, at the second occurrence", () => {
  it.each([
    ["at the top level", `${MINIMAL}project:\n  name: Other\n`, 7, 1, "project"],
    [
      "inside a list item",
      `${MINIMAL}team:\n  - name: a\n    role: developer\n    name: b\n`,
      10,
      5,
      "name",
    ],
    ["one quoted, one plain", `${MINIMAL}"organisation": {}\n`, 7, 1, "organisation"],
  ])("%s", async (_what, text, line, column, key) => {
    expectUnreadable(await checkContent(text), {
      file: M,
      line,
      column,
      message: `duplicate key: "${key}" appears more than once in the same mapping`,
    });
  });
});

describe("alias bombs and alias tricks", () => {
  it("stops a billion-laughs bomb at the alias that goes over the limit", async () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const run = await checkContent(`manifest_version: 1\nbomb:\n  ${levels.join("\n  ")}\n`);
    // YAML's own alias budget trips first; the first alias is the place to start removing them.
    expectUnreadable(run, {
      file: M,
      line: 4,
      column: 10,
      message: "YAML aliases expand too far",
      fix: "anchors",
    });
  });

  it("refuses an alias that contains itself", async () => {
    const run = await checkContent(`${MINIMAL}team:\n  - &me {name: a, role: developer, x: *me}\n`);
    expectUnreadable(run, {
      file: M,
      line: 8,
      column: 39,
      message: "refers to a value that contains it",
    });
  });

  it("refuses aliases that nest deeper than the limit, though the text is flat", async () => {
    // Three anchors of 25 levels each, one inside the next: 75 levels, from 26 in the text.
    const anchors = ["  l0: &l0 [x]"];
    for (let i = 1; i <= 3; i++)
      anchors.push(`  l${i}: &l${i} ${"[".repeat(25)}*l${i - 1}${"]".repeat(25)}`);
    const run = await checkContent(`${MINIMAL}nest:\n${anchors.join("\n")}\n`);
    expectUnreadable(run, {
      file: M,
      line: 9,
      column: 36,
      message: "through its aliases, the manifest nests lists and mappings more than 64 levels",
    });
  });

  it("refuses an undefined alias at its place", async () => {
    expectUnreadable(await checkContent(`${MINIMAL}team: *nobody\n`), {
      file: M,
      line: 7,
      column: 7,
      message: "YAML syntax error: the alias *nobody refers to no anchor &nobody before it",
      fix: "&nobody",
    });
  });
});

describe("deep nesting is refused where it passes 64 levels, before anything recursive runs", () => {
  const deep = 100_000;
  it.each([
    ["flow lists", `${MINIMAL}x: ${"[".repeat(deep)}${"]".repeat(deep)}\n`, 7, 67],
    // The top level is level 1, x's value level 2: the 64th bracket opens level 65.
    ["flow mappings", `${MINIMAL}x: ${"{a: ".repeat(deep)}1${"}".repeat(deep)}\n`, 7, 4 + 63 * 4],
    ["block lists on one line", `${MINIMAL}x:\n${"- ".repeat(deep)}y\n`, 8, 63 * 2 + 1],
    [
      "indented block mappings",
      `${MINIMAL}x:\n${Array.from({ length: 200 }, (_, i) => `${" ".repeat(i + 1)}k${i}:`).join("\n")} 1\n`,
      8 + 63,
      65,
    ],
    ["an unclosed flow list", `${MINIMAL}x: ${"[".repeat(deep)}\n`, 7, 67],
  ])("%s", async (_what, text, line, column) => {
    const run = await checkContent(text);
    expectUnreadable(run, {
      file: M,
      line,
      column,
      message: "nests lists and mappings more than 64 levels deep here",
      fix: "unclosed",
    });
  });

  it("still reads 60 levels (as a format error, not a crash)", async () => {
    const run = await checkContent(
      `${MINIMAL}x: ${"[".repeat(60)}${"]".repeat(60)}\n`,
      M,
      "--format",
      "json",
    );
    const gaps = gapsOf(run);
    expect(gaps.find((g) => g.rule === "SC-004")).toMatchObject({ line: 7, column: 1 });
  });
});

describe("size and huge lists", () => {
  it("refuses a file over 10 MiB before parsing it", async () => {
    const run = await checkContent(`${MINIMAL}# ${"x".repeat(10 * 1024 * 1024)}\n`);
    expectUnreadable(run, { file: M, line: 1, column: 1, message: "the limit is 10 MiB" });
  });

  it("checks a list of 200,000 topics in bounded time, naming the first bad entry", async () => {
    const topics = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? "cloud" : "ai")).join(", ");
    const text = edit(
      MINIMAL,
      "  sector: manufacturing\n",
      `  sector: manufacturing\n  topics: [${topics}]\n`,
    );
    const gaps = gapsOf(await checkContent(text, M, "--format", "json"));
    expect(gaps.find((g) => g.rule === "SC-006")).toMatchObject({ line: 7, column: 3 });
  });

  it("checks a team of 20,000 members without a crash", async () => {
    const members = Array.from(
      { length: 20_000 },
      (_, i) => `  - {name: Person ${i}, role: developer, joined: 2020-01-01}`,
    ).join("\n");
    const gaps = gapsOf(await checkContent(`${MINIMAL}team:\n${members}\n`, M, "--format", "json"));
    expect(gaps.length).toBeGreaterThan(0);
  });
});

describe("top level and empty files", () => {
  it.each([
    ["an empty file", "", 1, 1, "the manifest is empty"],
    ["only blank lines", "\n\n   \n", 1, 1, "the manifest is empty"],
    ["only comments", "# security manifest\n# to do\n", 1, 1, "the manifest is empty"],
    [
      "a list",
      "# a list\n- manifest_version: 1\n",
      2,
      1,
      "the top level of the manifest is a list",
    ],
    ["a single value", "\n  hello\n", 2, 3, "the top level of the manifest is a single value"],
    ["null", "~\n", 1, 1, "the top level of the manifest is a single value"],
  ])("refuses %s", async (_what, text, line, column, message) => {
    expectUnreadable(await checkContent(text), { file: M, line, column, message });
  });
});

describe("every manifest_version mistake", () => {
  const withVersion = (value: string) =>
    edit(MINIMAL, "manifest_version: 1\n", `# comment\nmanifest_version:${value}\n`);
  it.each([
    ["missing", edit(MINIMAL, "manifest_version: 1\n", ""), 1, "has no `manifest_version`"],
    ["2", withVersion(" 2"), 2, "manifest_version 2 is not supported"],
    ['"1" (text)', withVersion(' "1"'), 2, 'manifest_version is the text "1", not the number 1'],
    ["1.0", withVersion(" 1.0"), 2, "manifest_version is written as 1.0"],
    ["0x1", withVersion(" 0x1"), 2, "manifest_version is written as 0x1"],
    ["null (no value)", withVersion(""), 2, "manifest_version has no value"],
    ["a list", withVersion(" [1]"), 2, "manifest_version is a list, not the number 1"],
    ["a mapping", withVersion(" {v: 1}"), 2, "manifest_version is a mapping, not the number 1"],
    ["true", withVersion(" true"), 2, "manifest_version true is not supported"],
  ])("%s", async (_what, text, line, message) => {
    const run = await checkContent(text);
    expectUnreadable(run, { file: M, line, column: 1, message, fix: "manifest_version: 1" });
  });

  it("does not take manifest_version from a __proto__ key", async () => {
    const text = edit(MINIMAL, "manifest_version: 1\n", "__proto__:\n  manifest_version: 1\n");
    expectUnreadable(await checkContent(text), {
      file: M,
      line: 1,
      column: 1,
      message: "has no `manifest_version`",
    });
  });
});

describe("wrong types in every section are format gaps at their line", () => {
  const sections = [
    "project",
    "organisation",
    "management",
    "advisor",
    "team",
    "components",
    "threat_model",
    "risk_acceptances",
    "reviews",
    "incident_response",
    "vulnerability_handling",
    "evaluation",
    "waivers",
  ];
  const values = ["hello", "42", "[a, b]", "{a: 1}", "null", "true", "''"];
  it.each(sections)(
    "%s given text, a number, a list, a mapping, null, true and ''",
    async (section) => {
      for (const value of values) {
        const pattern = new RegExp(`^${section}:(\\s*\\n(?:[ #].*\\n|\\n)*|.*\\n)`, "m");
        const text = pattern.test(CLEAN_EXAMPLE)
          ? CLEAN_EXAMPLE.replace(pattern, `${section}: ${value}\n`)
          : `${CLEAN_EXAMPLE}${section}: ${value}\n`;
        const run = await checkIn(text);
        const gaps = gapsOf(run);
        expect(run.code, `${section}: ${value}`).toBe(1);
        const format = gaps.filter((g) => g.rule.startsWith("SC-"));
        expect(
          format.some((g) => g.line === lineIn(text, `${section}:`)),
          `${section}: ${value}`,
        ).toBe(true);
      }
    },
  );
});

describe("impossible and extreme dates are format gaps, never crashes", () => {
  it.each([
    ["2026-02-30", "is not a valid date"],
    ["2025-02-29", "is not a valid date"],
    ["2026-13-01", "is not a valid date"],
    ["0000-01-01", undefined],
    ["99999-01-01", "is not a valid date"],
    ["'2026-1-1'", "is not a valid date"],
    ["+002026-01-01", "is not a valid date"],
    ["2026-06-16T00:00:00Z", "is not a valid date"],
  ])("a training date of %s", async (date, message) => {
    const text = edit(CLEAN_EXAMPLE, "        date: 2026-06-16\n", `        date: ${date}\n`);
    const gaps = gapsOf(await checkIn(text));
    const line = lineIn(text, `date: ${date}`);
    if (message) {
      expect(gaps.find((g) => g.rule === "SC-005")).toMatchObject({ line, column: 9 });
      expect(gaps.find((g) => g.rule === "SC-005")?.message).toContain(message);
    }
    // The training no longer counts as current: a gap, not an internal error.
    expect(gaps.some((g) => g.rule.startsWith("TR-"))).toBe(true);
  });
});

describe("character encodings", () => {
  const latin1 = (text: string) => Buffer.from(text, "latin1");

  it("refuses Latin-1 bytes at the line and column of the first one", async () => {
    const text = `${MINIMAL}team:\n  - name: Jürgen Groß\n`;
    const run = await checkContent(latin1(text));
    expectUnreadable(run, {
      file: M,
      line: 8,
      column: 12,
      message: "is not valid UTF-8: the byte 0xFC here",
      fix: "UTF-8",
    });
  });

  it.each([
    ["a truncated sequence at the end", Buffer.from([0xe2, 0x82]), 8, 11],
    ["an overlong encoding", Buffer.from([0xc0, 0xaf]), 8, 11],
    ["an encoded surrogate", Buffer.from([0xed, 0xa0, 0x80]), 8, 11],
    ["a stray continuation byte", Buffer.from([0x80]), 8, 11],
  ])("refuses %s", async (_what, bytes, line, column) => {
    const run = await checkContent(
      Buffer.concat([Buffer.from(`${MINIMAL}team:\n  - name: `), bytes]),
    );
    expectUnreadable(run, { file: M, line, column, message: "is not valid UTF-8" });
  });

  it("counts columns in characters after multi-byte ones", async () => {
    const run = await checkContent(
      Buffer.concat([Buffer.from(`${MINIMAL}team:\n  - name: Jürgen `), Buffer.from([0xdf])]),
    );
    expectUnreadable(run, { file: M, line: 8, column: 18, message: "the byte 0xDF" });
  });

  it.each([
    [
      "little-endian with BOM",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL, "utf16le")]),
      "little-endian",
    ],
    [
      "big-endian with BOM",
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(MINIMAL, "utf16le").swap16()]),
      "big-endian",
    ],
    ["little-endian without BOM", Buffer.from(MINIMAL, "utf16le"), "little-endian"],
    ["big-endian without BOM", Buffer.from(MINIMAL, "utf16le").swap16(), "big-endian"],
  ])("says a UTF-16 file (%s) must be saved as UTF-8", async (_what, bytes, kind) => {
    const run = await checkContent(bytes);
    expectUnreadable(run, {
      file: M,
      line: 1,
      column: 1,
      message: `the manifest is saved as UTF-16 (${kind}`,
      fix: "UTF-8",
    });
  });

  it("reads a UTF-8 file with a byte-order mark, with the same positions", async () => {
    const plain = gapsOf(await checkContent(`${MINIMAL}project2: x\n`, M, "--format", "json"));
    const bom = gapsOf(await checkContent(`\uFEFF${MINIMAL}project2: x\n`, M, "--format", "json"));
    expect(bom).toEqual(plain);
    expect(bom.find((g) => g.rule === "SC-004")).toMatchObject({ line: 7, column: 1 });
  });

  it("reads CRLF line ends with the right lines and columns", async () => {
    const text = edit(CLEAN_EXAMPLE, "    role: product\n", "    role: productt\n");
    const lf = gapsOf(await checkIn(text));
    const crlf = gapsOf(await checkIn(text.replace(/\n/g, "\r\n")));
    expect(crlf).toEqual(lf);
    expect(crlf.find((g) => g.rule === "SC-001")).toMatchObject({
      line: lineIn(text, "role: productt"),
      column: 5,
    });
  });

  it.each([
    ["a NUL byte", "\u0000", "a NUL byte (U+0000)"],
    ["a control character", "\u0001", "the invisible control character U+0001"],
    ["DEL", "\u007f", "the invisible control character U+007F"],
    ["a C1 control character", "\u0090", "the invisible control character U+0090"],
  ])("refuses %s at its place", async (_what, char, message) => {
    const run = await checkContent(`${MINIMAL}team:\n  - name: Jür${char}gen\n`);
    expectUnreadable(run, { file: M, line: 8, column: 14, message });
  });

  it("keeps tabs inside values (they are text, not control characters)", async () => {
    const run = await checkContent(
      `${MINIMAL}advisor:\n  name: "Secu\tLab"\n`,
      M,
      "--format",
      "json",
    );
    expectNoCrash(run);
    expect(run.code).toBe(1);
  });
});

describe("prototype keys are plain unknown keys", () => {
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "prototype"])(
    "%s at the top level, in a section and in a list item",
    async (key) => {
      const text = edit(
        edit(
          CLEAN_EXAMPLE,
          "  phase: production",
          `  phase: production\n  ${key}: {polluted: true}`,
        ),
        "    role: product\n",
        `    role: product\n    ${key}: x\n`,
      ).concat(`${key}:\n  manifest_version: 2\n`);
      const gaps = gapsOf(await checkIn(text));
      const unknown = gaps.filter((g) => g.rule === "SC-004");
      expect(unknown.map((g) => g.message)).toEqual([
        `project: unknown key "${key}"`,
        `team[0]: unknown key "${key}"`,
        `(top level): unknown key "${key}"`,
      ]);
      expect(unknown.map((g) => g.line)).toEqual([
        lineIn(text, `  ${key}: {polluted`),
        lineIn(text, `    ${key}: x`),
        text.split("\n").length - 2,
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );
});

/** The clean example (with its evidence files as the repository) with changed text. */
async function checkIn(text: string) {
  const dir = scratchDir();
  writeFileSync(`${dir}/${M}`, text);
  return cli(dir, "check", M, "--today", TODAY, "--format", "json", "--root", CLEAN_EXAMPLE_DIR);
}
