import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DE_PATTERN_REASONS } from "../../src/i18n/problems/rule-pack-de.js";
import { EN_PATTERN_REASONS } from "../../src/i18n/problems/rule-pack-en.js";
import { FIXTURES } from "../fixtures/fixtures.js";
import { runCli } from "../support/run-cli.js";

// A broken rule pack is refused in the reader's language: the load error is a key and its facts
// (src/i18n/problems/rule-pack-*), worded for pack authors in English and in German, at the same
// file, line and column. One broken pack per kind of load error.

const ORG_PACK = readFileSync(path.join(FIXTURES, "packs/org-pack.yml"), "utf8");
const REFERENCES = 'references: ["ISO 27001 A.5.2"]';
const REQUIRE = "require: {required: [protection_needs]}";

/** The organisation pack with one edit: [search, replacement, what the German message says]. */
const BROKEN: Record<string, [string, string, RegExp]> = {
  "taken-id": ["id: ACME-001", "id: TR-001", /Die Kennung wird schon in rules\/training\.yml/],
  "pack-format": ["severity: medium", "severity: urgent", /ist keiner der Werte `low`/],
  "superseded-unknown": [
    REFERENCES,
    `${REFERENCES}\n    superseded_by: [{rule: TM-999}]`,
    /superseded_by nennt die unbekannte Regel "TM-999"/,
  ],
  "superseded-itself": [
    REFERENCES,
    `${REFERENCES}\n    superseded_by: [{rule: ACME-001}]`,
    /superseded_by nennt die Regel selbst/,
  ],
  "unknown-case": [
    REFERENCES,
    `${REFERENCES}\n    cases: [alien-invasion]`,
    /unbekannter Fall "alien-invasion"/,
  ],
  "unknown-parameter": [
    REQUIRE,
    "require: {properties: {protection_needs: {maxProperties: {$param: nope}}}}",
    /unbekannter Parameter "nope"/,
  ],
  "unknown-keyword": [
    REQUIRE,
    "require: {requird: [protection_needs]}",
    /unbekanntes Schlüsselwort "requird"/,
  ],
  "unknown-format": [
    REQUIRE,
    'require: {properties: {id: {format: "colour"}}}',
    /unbekanntes Format "colour"/,
  ],
  "invalid-schema": [
    REQUIRE,
    "require: {type: strin}",
    /keine gültige Bedingung \(JSON Schema\): type: "strin" ist keiner der Werte `array`/,
  ],
  "wrong-type-in-schema": [
    REQUIRE,
    "require: {properties: 3}",
    /\(JSON Schema\): properties: erwartet eine Zuordnung von Schlüsseln zu Werten, gefunden Zahl 3\n {2}Abhilfe: die erlaubten/,
  ],
  "keyword-value": [
    REQUIRE,
    'require: {properties: {since: {maxAgeDays: "a year"}}}',
    /Der Wert von maxAgeDays hat nicht die Form/,
  ],
  "keyword-type": [
    REQUIRE,
    'require: {properties: {since: {notInFuture: "yes"}}}',
    /Der Wert von notInFuture hat nicht die Form/,
  ],
  reference: [REQUIRE, 'require: {$ref: "#"}', /verwendet \$ref; eine Prüfung muss/],
  "number-out-of-range": [
    REQUIRE,
    "require: {properties: {since: {maxAgeDays: 99999999}}}",
    /maxAgeDays ist 99999999; erlaubt ist eine Zahl von Tagen zwischen -\d+ und \d+/,
  ],
  "nested-quantifier": [
    REQUIRE,
    'require: {properties: {id: {pattern: "^(a+)+$"}}}',
    /verschachtelter Quantor/,
  ],
  "overlapping-repetitions": [
    REQUIRE,
    'require: {properties: {id: {pattern: "^a*a*$"}}}',
    /Wiederholungen hintereinander/,
  ],
  "repeated-alternatives": [
    REQUIRE,
    'require: {properties: {id: {pattern: "^(a|b)*$"}}}',
    /Gruppe von Alternativen/,
  ],
  "back-reference": [
    REQUIRE,
    'require: {properties: {id: {pattern: "^(a)\\\\1$"}}}',
    /Rückreferenz/,
  ],
  "look-around": [REQUIRE, 'require: {properties: {id: {pattern: "^(?=a)a$"}}}', /Look-around/],
  "invalid-pattern": [
    REQUIRE,
    'require: {properties: {id: {pattern: "^[a-$"}}}',
    /kein gültiger regulärer Ausdruck/,
  ],
  "too-long-pattern": [
    REQUIRE,
    `require: {properties: {id: {pattern: "^${"a".repeat(210)}$"}}}`,
    /ist länger als 200 Zeichen/,
  ],
  "yaml-syntax": ["severity: medium", "severity: medium\n\tthesis: 2", /Tabulator/],
};

/** English words of the load errors that must not reach a German reader. */
const ENGLISH = [
  "A rule pack could not be loaded",
  "fix:",
  "rule ACME",
  "rule TR",
  "unknown",
  "the check",
  "must be",
  "is not",
  "names the",
  "already used",
  "define it",
  "use one of",
  "see docs",
  "strict mode",
  "schema is invalid",
  "pattern /",
  "YAML syntax error",
  "Invalid regular expression",
];

describe("rule pack load errors in German", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "sm-pack-de-"));
  for (const [name, [search, replacement]] of Object.entries(BROKEN)) {
    const text = ORG_PACK.replace(search, replacement);
    if (text === ORG_PACK) throw new Error(`edit did not apply: ${name}`);
    writeFileSync(path.join(dir, `${name}.yml`), text);
  }

  it.each(Object.keys(BROKEN))("%s: German message and fix, where English has it", async (name) => {
    const args = ["check", "m.yml", "--rules", `${name}.yml`];
    const english = await runCli(dir, "2026-12-03", ...args);
    const german = await runCli(dir, "2026-12-03", ...args, "--lang", "de");
    expect(english.stderr).toMatch(/^A rule pack could not be loaded:\n/);
    expect(german.code).toBe(2);
    expect(german.stderr).toMatch(/^Ein Regelpaket konnte nicht geladen werden:\n/);
    expect(german.stderr).toMatch(BROKEN[name]?.[2] as RegExp);
    expect(german.stderr).toMatch(/\n {2}Abhilfe: \S/);
    // File, line and column exactly as in English.
    const place = (text: string) => new RegExp(`\\n(${name}\\.yml:\\d+:\\d+): `).exec(text)?.[1];
    expect(place(german.stderr)).toBeDefined();
    expect(place(german.stderr)).toBe(place(english.stderr));
    // The file's own name (e.g. unknown-case.yml) is no wording of ours.
    const worded = german.stderr.replaceAll(`${name}.yml`, "");
    for (const words of ENGLISH) expect(worded, words).not.toContain(words);
  });

  it("words every reason a pattern is refused in both languages", () => {
    expect(Object.keys(DE_PATTERN_REASONS)).toEqual(Object.keys(EN_PATTERN_REASONS));
    const facts = { limit: "200", detail: "Invalid regular expression: /(/u: Unterminated group" };
    for (const [reason, english] of Object.entries(EN_PATTERN_REASONS)) {
      const german = DE_PATTERN_REASONS[reason as keyof typeof DE_PATTERN_REASONS](facts);
      expect(german, reason).not.toBe(english(facts));
      expect(german, reason).not.toContain("Invalid regular expression");
    }
  });
});
