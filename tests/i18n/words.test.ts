import { describe, expect, it } from "vitest";
import { DE } from "../../src/i18n/words/de.js";
import { EN } from "../../src/i18n/words/en.js";

type Table = Record<string, Record<string, unknown>>;

/** Words that are the same in both languages. */
const SAME_IN_GERMAN = new Set([
  "dueDate.where", // "Manifest"
  "portfolio.repository", // "Repository"
  "portfolio.none", // "—"
  "portfolioPage.organisation", // "Organisation"
]);

/** Each entry as text: strings as they are, functions called with sample arguments. */
function texts(table: Table): Map<string, string> {
  const out = new Map<string, string>();
  for (const [section, entries] of Object.entries(table)) {
    for (const [key, value] of Object.entries(entries)) {
      const text =
        typeof value === "function" ? (value as (...a: unknown[]) => string)(3, "X") : value;
      out.set(`${section}.${key}`, String(text));
    }
  }
  return out;
}

describe("the word tables of the report formats", () => {
  const en = texts(EN as unknown as Table);
  const de = texts(DE as unknown as Table);

  it("have the same entries in both languages, each taking the same arguments", () => {
    expect([...de.keys()]).toEqual([...en.keys()]);
    for (const [section, entries] of Object.entries(EN as unknown as Table)) {
      for (const [key, value] of Object.entries(entries)) {
        const german = (DE as unknown as Table)[section]?.[key];
        if (typeof value === "function") expect((german as () => string).length).toBe(value.length);
      }
    }
  });

  it("translate every entry (no English text left in the German table)", () => {
    const same = [...en]
      .filter(([key, text]) => de.get(key) === text && !SAME_IN_GERMAN.has(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it("call a gap an open item in German, never a (security) hole", () => {
    const holes = [...de].filter(([, text]) => /lücke/i.test(text)).map(([key]) => key);
    expect(holes).toEqual([]);
  });
});
