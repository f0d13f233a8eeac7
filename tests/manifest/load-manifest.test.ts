import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadManifestFile, parseManifestText } from "../../src/manifest/load-manifest.js";
import { SourceError, type SourceProblem } from "../../src/manifest/manifest-error.js";
import { MAX_SOURCE_BYTES } from "../../src/manifest/yaml-source.js";
import { NORMATIVE_EXAMPLE, readFixture } from "../fixtures/fixtures.js";

function problemOf(text: string): SourceProblem {
  try {
    parseManifestText("m.yml", text);
  } catch (error) {
    if (error instanceof SourceError) return error.problem;
    throw error;
  }
  throw new Error("expected a SourceError");
}

async function fileProblem(file: string): Promise<SourceProblem> {
  try {
    await loadManifestFile(file);
  } catch (error) {
    if (error instanceof SourceError) return error.problem;
    throw error;
  }
  throw new Error("expected a SourceError");
}

describe("loading a manifest", () => {
  it("reads the normative example with its data and keeps dates as strings", async () => {
    const source = await loadManifestFile(NORMATIVE_EXAMPLE);
    const data = source.data as { project: { started: unknown }; team: unknown[] };
    expect(data.project.started).toBe("2025-09-01");
    expect(data.team).toHaveLength(5);
  });

  it("maps a JSON pointer to the line and column of the item", () => {
    const text = readFixture("normative-example.yml");
    const source = parseManifestText("m.yml", text);
    const lines = text.split("\n");
    const { line, column } = source.positionOf("/team/1/role");
    expect(lines[line - 1]?.slice(column - 1)).toMatch(/^role: developer/);
  });

  it("refuses a file over the size limit before parsing it, naming the limit", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sm-load-"));
    const file = path.join(dir, "big.yml");
    writeFileSync(file, `manifest_version: 1\n# ${"x".repeat(MAX_SOURCE_BYTES)}\n`);
    const problem = await fileProblem(file);
    expect(problem).toMatchObject({ code: "too-large", line: 1, column: 1 });
    expect(problem.message).toContain("the limit is 10 MiB");
  });

  it("says the file does not exist and how to create one", async () => {
    const problem = await fileProblem("/nonexistent/security-manifest.yml");
    expect(problem).toMatchObject({ code: "not-found", line: 1, column: 1 });
    expect(problem.hint).toContain("security-manifest init");
  });

  it("stops an alias bomb, pointing at its first alias", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const problem = problemOf(`manifest_version: 1\n${levels.join("\n")}\n`);
    expect(problem.code).toBe("alias-limit");
    expect(problem.message).toContain("alias");
    expect(problem).toMatchObject({ line: 3, column: 8 });
    expect(problem.hint).toContain("anchors and aliases");
  });

  it("refuses an alias that contains itself, at the alias", () => {
    const problem = problemOf(
      "manifest_version: 1\nteam:\n  - &x {name: a, role: developer, trainings: *x}\n",
    );
    expect(problem).toMatchObject({ code: "alias-limit", line: 3, column: 46 });
    expect(problem.message).toBe(
      "a YAML alias refers to a value that contains it, which would never end",
    );
  });

  it("refuses few aliases that expand a large list many times over", () => {
    const list = `[${Array(20_000).fill("x").join(", ")}]`;
    const aliases = Array.from({ length: 60 }, (_, i) => `  k${i}: *big`).join("\n");
    const problem = problemOf(
      `manifest_version: 1\nbig: &big ${list}\norganisation:\n${aliases}\n`,
    );
    expect(problem.code).toBe("alias-limit");
    expect(problem.message).toContain("expands to more than 1,000,000 values");
  });

  it("refuses more than one YAML document, pointing at the second", () => {
    const problem = problemOf("manifest_version: 1\nproject: {}\n---\nmanifest_version: 1\n");
    // The second document starts at its `---` marker.
    expect(problem).toMatchObject({ code: "multiple-documents", line: 3, column: 1 });
    expect(problem.message).toBe("the manifest holds 2 YAML documents; only one is allowed");
  });

  it("refuses duplicate keys at the second occurrence", () => {
    const problem = problemOf("manifest_version: 1\nteam: []\nproject: {}\nteam: []\n");
    expect(problem).toMatchObject({ code: "duplicate-key", line: 4, column: 1 });
    expect(problem.message).toBe(
      'duplicate key: "team" appears more than once in the same mapping',
    );
  });

  it("refuses a top level that is a list", () => {
    const problem = problemOf("# comment\n- manifest_version: 1\n");
    expect(problem).toMatchObject({ code: "not-a-mapping", line: 2, column: 1 });
    expect(problem.message).toBe(
      "the top level of the manifest is a list, not a mapping of keys to values",
    );
  });

  it("refuses an unknown manifest_version at its value", () => {
    const problem = problemOf("project: {}\nmanifest_version: 2\n");
    expect(problem).toMatchObject({ code: "unknown-version", line: 2, column: 1 });
    expect(problem.message).toBe(
      "manifest_version 2 is not supported; this tool reads format version 1",
    );
  });

  it("asks for manifest_version when it is missing", () => {
    const problem = problemOf("project: {}\n");
    expect(problem).toMatchObject({ code: "missing-version", line: 1, column: 1 });
    expect(problem.hint).toBe("add `manifest_version: 1` as the first key of the file");
  });

  it("reports a YAML syntax error with its position", () => {
    const problem = problemOf("manifest_version: 1\nproject:\n\tname: a\n");
    expect(problem).toMatchObject({ code: "yaml-syntax", line: 3, column: 1 });
    expect(problem.message).toBe("YAML syntax error: this line is indented with a tab");
    expect(problem.hint).toBe("indent with spaces only (two per level), not with tabs");
  });

  it("refuses an empty file", () => {
    expect(problemOf("").code).toBe("empty");
  });
});
