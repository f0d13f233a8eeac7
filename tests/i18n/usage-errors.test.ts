import { describe, expect, it } from "vitest";
import { DE_USAGE } from "../../src/i18n/usage/de.js";
import { EN_USAGE, type UsageKey } from "../../src/i18n/usage/en.js";

// Usage errors live in one table per language (src/i18n/usage/), the CLI commands only name the
// entry and its facts: German sits in one place and cannot miss an entry.

/** Facts for every entry: each parameter a text of its own, so a missing one shows. */
const FACTS = new Proxy({} as Record<string, string>, {
  get: (_target, name) =>
    name === "code"
      ? "ERR_PARSE_ARGS_UNKNOWN_OPTION"
      : name === "sizeForStaff"
        ? "small"
        : `‹${String(name)}›`,
});

describe("the usage error tables", () => {
  it("have the same entries in both languages", () => {
    expect(Object.keys(DE_USAGE)).toEqual(Object.keys(EN_USAGE));
  });

  it.each(Object.keys(EN_USAGE) as UsageKey[])("%s is worded in German", (key) => {
    const english = EN_USAGE[key](FACTS);
    const german = DE_USAGE[key](FACTS);
    // Entries whose text is only the facts (a file and its problem) are the same in both.
    if (key === "base-unreadable" || key === "since-unreadable") expect(german).toBe(english);
    else expect(german).not.toBe(english);
    for (const word of ["must", "unknown", "did you mean", "name the", "use one of"])
      expect(german, word).not.toContain(word);
  });

  it("never shows parseArgs' English sentence in German, whatever kind of refusal", () => {
    const facts = {
      message: "Option '--x' argument is ambiguous",
      code: "ERR_OTHER",
      option: "--x",
    };
    expect(EN_USAGE["parse-args"](facts)).toBe("Option '--x' argument is ambiguous");
    expect(DE_USAGE["parse-args"](facts)).toBe("die Argumente passen nicht zum Befehl (--x)");
  });

  it("names the size class in German where the staff count contradicts it", () => {
    const facts = { size: "large", staff: "12", sizeForStaff: "small" };
    expect(EN_USAGE["init-size-contradicts-staff"](facts)).toContain("12 staff is small");
    expect(DE_USAGE["init-size-contradicts-staff"](facts)).toContain("12 Beschäftigte klein");
  });
});
