import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkManifestFile } from "../../src/check-manifest.js";
import { renderAs } from "../../src/formats/formats.js";
import { VALUE_LABELS } from "../../src/i18n/value-labels.js";
import { evidenceInRepository } from "../../src/manifest/evidence-files.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

// A German manager reads a German report with no English in it. The words below leaked into
// German reports before (headings, labels, enum values inside sentences); text the manifest
// itself provides (names, titles, paths) is taken out first, since it is the user's own words.
const LEAKED_ENGLISH: (string | RegExp)[] = [
  "How to fix",
  "fix:",
  "open gap",
  /\bgaps?\b/i,
  "(top level)",
  "the top level",
  "applies because",
  "Due soon",
  "Waived",
  "waiting for approval",
  "Start here",
  /\bline \d/,
  "the JSON report",
  "not annotated",
  "Lücke",
  "Sicherheitslücke",
  " and ",
  " is ",
];

const EXAMPLES = readdirSync(path.join(REPO_ROOT, "examples"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function manifestStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) manifestStrings(item, out);
  else if (value && typeof value === "object")
    for (const item of Object.values(value)) manifestStrings(item, out);
  return out;
}

/** The output without the manifest's own text and without code (`…`), which is typed as is. */
function ourWords(output: string, manifest: unknown): string {
  // The page's style sheet and tags are not words anyone reads.
  let text = output.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<[^>]*>/g, " ");
  const own = manifestStrings(manifest)
    .filter((s) => s.length > 3)
    .sort((a, b) => b.length - a.length);
  for (const value of own) text = text.split(value).join(" ");
  return text.replace(/`[^`\n]*`/g, " ");
}

/** Enum values whose German word differs: the raw value inside a German sentence is a leak. */
const RAW_VALUES = [
  ...new Set(
    Object.values(VALUE_LABELS).flatMap((labels) =>
      Object.entries(labels)
        .filter(([value, label]) => label.de !== value && /^[a-z][a-z-]{4,}$/.test(value))
        .map(([value]) => value),
    ),
  ),
];

describe.each(EXAMPLES)("the German report of %s", (example) => {
  it("has no English word that leaked before, and no raw enum value in a sentence", async () => {
    const dir = path.join(REPO_ROOT, "examples", example);
    const file = path.join(dir, "security-manifest.yml");
    const manifest = parse(readFileSync(file, "utf8"));
    const ruleSet = await loadRuleSet();
    const report = await checkManifestFile(file, {
      today: "2026-11-26",
      language: "de",
      ruleSet,
      displayName: "security-manifest.yml",
      evidenceExists: evidenceInRepository(dir),
    });
    for (const format of ["text", "markdown", "html"] as const) {
      const words = ourWords(await renderAs(format, report, { language: "de", ruleSet }), manifest);
      const leaked = LEAKED_ENGLISH.filter((word) =>
        typeof word === "string" ? words.includes(word) : word.test(words),
      ).map(String);
      expect(leaked, format).toEqual([]);
      const raw = RAW_VALUES.filter((value) =>
        new RegExp(`(^|[\\s(,:])${value}([\\s),.;:]|$)`).test(words),
      );
      expect(raw, format).toEqual([]);
    }
  });
});
