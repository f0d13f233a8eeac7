import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SourceError } from "../../src/manifest/manifest-error.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { fixture, importText } from "./import-helpers.js";

const PORTAL = readFileSync(
  path.join(REPO_ROOT, "examples/remote-maintenance-portal/security-manifest.yml"),
  "utf8",
);

const FIXTURES: [string, string][] = [
  ["security-insights", "security-insights/v2-template-full.yml"],
  ["security-insights", "security-insights/v2-ossf-security-insights-spec.yml"],
  ["security-insights", "security-insights/v1-sample.yml"],
  ["security-insights", "security-insights/v1-ossf-security-insights-spec.yml"],
  ["threagile", "threagile/threagile-example-model.yaml"],
  ["otm", "otm/iriusrisk-EXAMPLE.json"],
  ["otm", "otm/threat-dragon-example-open-threat-model.json"],
  ["threat-dragon", "threat-dragon/v2-threat-model.json"],
  ["threat-dragon", "threat-dragon/generic-cms.json"],
];

/** Whether every line of `original` is still in `written`, in the same order. */
function linesKept(original: string, written: string): boolean {
  const lines = written.split("\n");
  let at = 0;
  return original.split("\n").every((line) => {
    const found = lines.indexOf(line, at);
    at = found + 1;
    return found >= 0;
  });
}

describe.each(FIXTURES)("import %s %s", (format, name) => {
  const text = fixture(name);

  it("into the compliant example: valid, no line of it changed, a second import changes nothing", () => {
    const once = importText(format, name, text, { manifest: PORTAL });
    expect(once.problems).toEqual([]);
    expect(linesKept(PORTAL, once.text)).toBe(true);
    expect(once.merge.some((n) => n.kind === "overwritten")).toBe(false);
    const twice = importText(format, name, text, { manifest: once.text });
    expect(twice.text).toBe(once.text);
  });

  it("with --overwrite: still valid, and every replaced value is named", () => {
    const out = importText(format, name, text, { manifest: PORTAL, overwrite: true });
    expect(out.problems).toEqual([]);
    const kept = importText(format, name, text, { manifest: PORTAL });
    expect(out.merge.filter((n) => n.kind === "overwritten").map((n) => n.pointer)).toEqual(
      kept.merge.filter((n) => n.kind === "kept").map((n) => n.pointer),
    );
  });

  it("a damaged copy is refused with a position, not a crash", () => {
    // Cut in the middle: an unclosed mapping (JSON) or a broken indentation (YAML).
    const broken =
      format === "otm" || format === "threat-dragon"
        ? text.slice(0, text.length / 2)
        : `${text}\n  - [\n`;
    let error: unknown;
    try {
      importText(format, name, broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).problem).toMatchObject({ file: name });
    expect((error as SourceError).problem.line).toBeGreaterThan(0);
  });
});
