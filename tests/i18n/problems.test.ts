import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DE_PROBLEMS } from "../../src/i18n/problems/de.js";
import { EN_PROBLEMS } from "../../src/i18n/problems/en.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { runCli } from "../support/run-cli.js";

// Load and syntax errors in the reader's language: the loader keeps which problem it found and
// its facts, and the report says it in German under --lang de. These files reach one problem
// each; the German output must hold none of the English wording that leaked before.
const CASES: Record<string, string | Buffer> = {
  "colon.yml": "manifest_version: 1\nproject:\n  name: Backup: nightly\n",
  "tab.yml": "manifest_version: 1\nproject:\n\tname: x\n",
  "reserved.yml": "manifest_version: 1\nproject:\n  name: @shop\n",
  "bracket.yml": "manifest_version: 1\norganisation:\n  topics: [cloud, ai\n  size: small\n",
  "duplicate.yml": "manifest_version: 1\nproject:\n  name: a\n  name: b\n",
  "empty.yml": "# only a comment\n",
  "list.yml": "- manifest_version: 1\n",
  "two.yml": "manifest_version: 1\n---\nmanifest_version: 1\n",
  "version-text.yml": 'manifest_version: "1"\n',
  "version-missing.yml": "project:\n  name: x\n",
  "version-new.yml": "manifest_version: 2\n",
  "alias.yml": "manifest_version: 1\nproject: *nothing\n",
  "utf16.yml": Buffer.from("\uFEFFmanifest_version: 1\n", "utf16le"),
  "latin1.yml": Buffer.from("manifest_version: 1\nproject:\n  name: M\xfcller\n", "latin1"),
  "nul.yml": "manifest_version: 1\u0000\n",
};
const LEAKED = [
  "YAML syntax error",
  "fix:",
  "the manifest",
  "does not exist",
  "put the value",
  "is not",
  "must be",
  "a list",
  "is empty",
];

describe("load and syntax errors in German", () => {
  it("has the same problems, each with a message and a fix, in both tables", () => {
    expect(Object.keys(DE_PROBLEMS).sort()).toEqual(Object.keys(EN_PROBLEMS).sort());
  });

  const dir = mkdtempSync(path.join(tmpdir(), "sm-problems-de-"));
  for (const [name, content] of Object.entries(CASES)) writeFileSync(path.join(dir, name), content);
  mkdirSync(path.join(dir, "folder.yml"));
  symlinkSync("loop-b.yml", path.join(dir, "loop-a.yml"));
  symlinkSync("loop-a.yml", path.join(dir, "loop-b.yml"));
  const files = [...Object.keys(CASES), "missing.yml", "folder.yml", "loop-a.yml"];

  it.each(files)("%s: German message and fix, no English wording", async (file) => {
    const english = await runCli(dir, "2026-12-03", "check", file);
    const german = await runCli(dir, "2026-12-03", "check", file, "--lang", "de");
    expect(german.code).toBe(2);
    expect(german.stderr).toMatch(/^Das Manifest konnte nicht gelesen werden:\n/);
    expect(german.stderr).toMatch(new RegExp(`\\n${file.replace(".", "\\.")}:\\d+:\\d+: \\S`));
    expect(german.stderr).toMatch(/\n {2}Abhilfe: \S/);
    // The same place as in English, in other words.
    const place = (text: string) => /:(\d+:\d+): /.exec(text)?.[1];
    expect(place(german.stderr)).toBe(place(english.stderr));
    expect(german.stderr).not.toBe(english.stderr);
    for (const words of LEAKED) expect(german.stderr, words).not.toContain(words);
  });

  it("keeps the JSON report's errors in the chosen language too", async () => {
    const run = await runCli(
      dir,
      "2026-12-03",
      "check",
      "colon.yml",
      "--lang",
      "de",
      "--format",
      "json",
    );
    const report = JSON.parse(run.stdout);
    expect(report.status).toBe("unreadable");
    expect(report.errors[0].message).toMatch(/^YAML-Syntaxfehler: Der Wert von name enthält/);
    expect(report.errors[0].hint).toContain('name: "Backup: nightly"');
  });
});

describe("usage errors in German", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sm-usage-de-"));
  it.each([
    [["check", "--format", "xml", "--lang", "de"], "--format muss einer der Werte"],
    [
      ["check", "--formt", "json", "--lang", "de"],
      "unbekannte Option '--formt' — meinten Sie --format?",
    ],
    [
      ["check", "--today", "2026-02-30", "--lang", "de"],
      "--today muss ein Datum wie 2026-11-26 sein",
    ],
    [["check", "a.yml", "b.yml", "--lang", "de"], "unerwartetes Argument: b.yml"],
    [
      ["chek", "--lang", "de"],
      'unbekannter Befehl "chek" — meinten Sie `security-manifest check`?',
    ],
    [["explain", "TR-999", "--lang=de"], 'unbekannte Regel "TR-999"'],
    [["report", "--format", "pdf", "--lang", "de"], "--format muss einer der Werte"],
  ])("%j answers in German, with where to find help", async (args, german) => {
    const run = await runCli(dir, "2026-12-03", ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`security-manifest: ${german}`);
    expect(run.stderr).toMatch(/\nAufruf und Optionen: `security-manifest (\S+ )?--help`\.\n$/);
    for (const words of ["must be", "unknown", "did you mean", "Run `"])
      expect(run.stderr, words).not.toContain(words);
  });

  it("stays English without --lang de", async () => {
    const run = await runCli(dir, "2026-12-03", "check", "--format", "xml");
    expect(run.stderr).toContain("--format must be one of");
    expect(run.stderr).toContain("Run `security-manifest check --help` for usage.");
  });
});

describe("a --since report that is not one, in German", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sm-since-de-"));
  // A real report with two mistakes: a count that is text, and a key the format does not have.
  const real = readFileSync(path.join(REPO_ROOT, "examples/crafts-webshop/security-manifest.yml"));
  writeFileSync(path.join(dir, "m.yml"), real);
  writeFileSync(path.join(dir, "other.json"), '{"version": 2, "runs": []}');
  writeFileSync(path.join(dir, "cut.json"), '{"tool": ');
  writeFileSync(path.join(dir, "typo.json"), '{"tool" "x"}');
  const since = (file: string, language: string) =>
    runCli(dir, "2026-12-03", "report", "m.yml", "--since", file, "--lang", language);

  it("words the schema errors with the manifest's schema-error mapping, not Ajv's English", async () => {
    const report = JSON.parse(
      (await runCli(dir, "2026-12-03", "check", "m.yml", "--format", "json")).stdout,
    );
    report.summary.total = "many";
    report.colour = "red";
    writeFileSync(path.join(dir, "broken.json"), JSON.stringify(report));
    const english = await since("broken.json", "en");
    const german = await since("broken.json", "de");
    expect(english.stderr).toContain("/summary/total must be integer");
    expect(german.code).toBe(2);
    expect(german.stderr).toContain(
      "security-manifest: --since broken.json: kein JSON-Bericht von security-manifest check (schema/report.schema.json): ",
    );
    expect(german.stderr).toContain(
      'summary.total: erwartet eine ganze Zahl, gefunden Text "many"',
    );
    expect(german.stderr).toContain('unbekannter Schlüssel "colour"');
    for (const words of ["must", "integer", "property", "additional", "is not"])
      expect(german.stderr, words).not.toContain(words);
  });

  it("counts what it leaves out, in German", async () => {
    const german = await since("other.json", "de");
    expect(german.stderr).toMatch(/; und \d+ weitere\n/);
    expect(german.stderr).not.toMatch(/must|and \d+ more/);
  });

  it.each([
    ["cut.json", "der Text endet mitten im JSON"],
    ["typo.json", "Syntaxfehler"],
  ])("%s: a JSON syntax error named in German", async (file, words) => {
    const english = await since(file, "en");
    const german = await since(file, "de");
    expect(english.stderr).toContain(`--since ${file}: not JSON (`);
    expect(german.stderr).toContain(`--since ${file}: kein JSON (${words}`);
    expect(german.stderr).not.toMatch(/Unexpected|Expected|position|JSON input/);
  });
});
