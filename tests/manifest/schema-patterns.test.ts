import fc from "fast-check";
import { describe, expect, it } from "vitest";
import schema from "../../schema/manifest-v1.schema.json" with { type: "json" };
import { unsafePatternReason } from "../../src/rules/safe-pattern.js";

/** Every `pattern` in the manifest schema, with where it is. */
function patterns(value: unknown, at = ""): [string, string][] {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === "pattern" && typeof child === "string"
      ? [[`${at}/${key}`, child] as [string, string]]
      : patterns(child, `${at}/${key}`),
  );
}

describe("the manifest schema's patterns run in linear time", () => {
  // A value is matched against them whole, however long: a pattern that backtracks made a
  // 150,000-character pasted log take minutes (`^[^\r\n]*\S[^\r\n]*$`).
  it.each(patterns(schema))("%s: %s", (_where, pattern) => {
    expect(unsafePatternReason(pattern)).toBeUndefined();
  });

  it("single_line accepts what the old, backtracking pattern accepted (and no line separators)", () => {
    const singleLine = new RegExp(schema.definitions.single_line.pattern, "u");
    const old = /^[^\r\n]*\S[^\r\n]*$/u;
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("a", " ", "\t", "\n", "\r", "\u00a0", "ü"),
          maxLength: 12,
        }),
        (text) => {
          expect(singleLine.test(text)).toBe(old.test(text));
        },
      ),
      { numRuns: 5000 },
    );
    expect(singleLine.test("a\u2028b")).toBe(false);
  });

  it("paths and globs are on one line", () => {
    const path = new RegExp(schema.definitions.repo_path.pattern, "u");
    expect(path.test("docs/security/threat-model.md")).toBe(true);
    expect(path.test("docs/a b/ü.md")).toBe(true);
    expect(path.test("docs/x.md\nhigh 1:1 forged line")).toBe(false);
    expect(path.test("docs/x.md\r")).toBe(false);
    expect(path.test("/etc/passwd")).toBe(false);
    expect(path.test("\\\\server\\share")).toBe(false);
    expect(path.test("docs/\u0000x")).toBe(false);
  });
});
