import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SHORT_FIX_MAX, shortFix } from "../../src/report/short-fix.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";

describe("the short fix in a row of the comment", () => {
  it("is the first sentence of the remediation", () => {
    expect(shortFix("Add a sponsor. Then brief them.")).toBe("Add a sponsor.");
  });

  it("does not end a sentence at an abbreviation", () => {
    expect(shortFix("Book a course (e.g. OWASP Top 10). Record it.")).toBe(
      "Book a course (e.g. OWASP Top 10).",
    );
    expect(shortFix("Planen Sie z. B. eine Übung. Danach eintragen.")).toBe(
      "Planen Sie z. B. eine Übung.",
    );
  });

  it("cuts a long first sentence at a word and marks the cut", () => {
    const long = `Record ${"the training ".repeat(30)}now.`;
    const fix = shortFix(long);
    expect(fix.length).toBeLessThanOrEqual(SHORT_FIX_MAX + 2);
    expect(fix.endsWith(" …")).toBe(true);
    expect(long.startsWith(fix.slice(0, -2))).toBe(true);
  });

  it("stays short for the remediation of every rule of every pack, in both languages", () => {
    const dir = path.join(REPO_ROOT, "rules");
    const fixes = readdirSync(dir)
      .filter((file) => file.endsWith(".yml"))
      .flatMap(
        (file) =>
          (parse(readFileSync(path.join(dir, file), "utf8")).rules ?? []) as {
            remediation?: Record<string, string>;
          }[],
      )
      .flatMap((rule) => Object.values(rule.remediation ?? {}))
      .map(shortFix);
    expect(fixes.length).toBeGreaterThan(100);
    expect(fixes.filter((fix) => fix.length > SHORT_FIX_MAX + 2 || fix.length < 10)).toEqual([]);
  });
});
