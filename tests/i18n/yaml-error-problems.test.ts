import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DE_PROBLEMS } from "../../src/i18n/problems/de.js";
import { EN_PROBLEMS } from "../../src/i18n/problems/en.js";
import { YAML_ERROR_PROBLEMS, yamlErrorProblem } from "../../src/manifest/yaml-error-problem.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { runCli } from "../support/run-cli.js";

// Every error code of the YAML library has a problem of its own, worded in both languages; a
// German report never shows the library's English sentence.

/** The codes as the installed yaml package declares them (its ErrorCode union). */
function declaredCodes(): string[] {
  const text = readFileSync(path.join(REPO_ROOT, "node_modules/yaml/dist/errors.d.ts"), "utf8");
  const union = /export type ErrorCode = ([^;]+);/.exec(text)?.[1] ?? "";
  return [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((match) => match[1] as string);
}

const LIBRARY_SENTENCE = "Some English sentence of the YAML library";

describe("the YAML library's error codes", () => {
  const codes = declaredCodes();

  it("are all known: the package declares more than twenty", () => {
    expect(codes.length).toBeGreaterThan(20);
    expect(Object.keys(YAML_ERROR_PROBLEMS).sort()).toEqual([...codes].sort());
  });

  it.each(codes)("%s has a problem of its own with English and German text", (code) => {
    const { key, params } = yamlErrorProblem({ code, message: LIBRARY_SENTENCE });
    expect(key).toBe(YAML_ERROR_PROBLEMS[code as keyof typeof YAML_ERROR_PROBLEMS]);
    const english = EN_PROBLEMS[key];
    const german = DE_PROBLEMS[key];
    // English keeps the library's sentence, as before; German says it in its own words.
    expect(english.message(params)).toBe(`YAML syntax error: ${LIBRARY_SENTENCE}`);
    expect(german.message(params)).toMatch(/^YAML-Syntaxfehler: \S/);
    expect(german.message(params)).not.toContain(LIBRARY_SENTENCE);
    expect(german.hint(params)).not.toBe(english.hint(params));
  });

  it("gives every key of its own to one code only", () => {
    const keys = Object.values(YAML_ERROR_PROBLEMS);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

// Common mistakes the plain-words hints do not cover, so the library's code decides the text.
const MISTAKES: Record<string, [string, RegExp]> = {
  "unclosed-quote.yml": [
    'manifest_version: 1\nproject:\n  name: "Portal\n  phase: production\n',
    /schließende Anführungszeichen fehlt/,
  ],
  "lone-bracket.yml": ["manifest_version: 1\n]\n", /schließende Klammer/],
  "double-comma.yml": ["manifest_version: 1\ntopics: [cloud,, ai]\n", /Komma/],
  "escape.yml": [
    'manifest_version: 1\nproject:\n  name: "C:\\Users\\q"\n',
    /ungültige Escape-Sequenz/,
  ],
  "comment.yml": ['manifest_version: 1\nproject:\n  name: "a"# x\n', /Kommentars/],
  "no-colon.yml": ["manifest_version: 1\nproject\n  name: a\n", /mehrere Zeilen/],
  "block-in-flow.yml": ["manifest_version: 1\nproject: {name: a description: b}\n", /In Klammern/],
  "sequence-indent.yml": ["manifest_version: 1\nteam:\n  - a\n - b\n", /Schlüssel erwartet/],
  "two-anchors.yml": ["manifest_version: 1\nproject: &a &b x\n", /mehr als einen Anker/],
  "empty-anchor.yml": ["manifest_version: 1\nproject: & x\n", /keinen Namen/],
  "block-header.yml": ["manifest_version: 1\nproject: |x\n  text\n", /Nach \| oder >/],
  "long-key.yml": [`manifest_version: 1\n${"k".repeat(1100)}: 1\n`, /länger als 1024/],
};

describe("YAML syntax mistakes under --lang de", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sm-yaml-de-"));
  for (const [name, [text]] of Object.entries(MISTAKES)) writeFileSync(path.join(dir, name), text);

  it.each(Object.keys(MISTAKES))(
    "%s: German words at the same place as in English",
    async (file) => {
      const english = await runCli(dir, "2026-12-03", "check", file);
      const german = await runCli(dir, "2026-12-03", "check", file, "--lang", "de");
      const sentence = /: YAML syntax error: (.+)\n/.exec(english.stderr)?.[1] ?? "";
      expect(sentence).not.toBe("");
      expect(german.code).toBe(2);
      expect(german.stderr).toMatch(/^Das Manifest konnte nicht gelesen werden:\n/);
      expect(german.stderr).toMatch(MISTAKES[file]?.[1] as RegExp);
      expect(german.stderr).toMatch(/\n {2}Abhilfe: \S/);
      const place = (text: string) => /\.yml:(\d+:\d+): /.exec(text)?.[1];
      expect(place(german.stderr)).toBe(place(english.stderr));
      // The library's sentence (in English) appears nowhere in the German report.
      expect(german.stderr).not.toContain(sentence);
      expect(german.stderr).not.toContain("YAML syntax error");
    },
  );
});
