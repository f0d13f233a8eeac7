import { describe, expect, it } from "vitest";
import { layoutMarkdown } from "./browser-layout.js";

// The layout helper behind the comment's height and first-screen tests: it must tell visible
// from collapsed text and measure real heights, or those tests would pass on anything.
describe("laying out rendered Markdown in headless Chromium", () => {
  const markdown = [
    "# Title",
    "",
    "Visible paragraph naming RULE-1.",
    "",
    "<details><summary>More (RULE-2 in the summary)</summary>",
    "",
    "Collapsed paragraph naming RULE-3.",
    "",
    "</details>",
    "",
    ...Array.from({ length: 40 }, (_, i) => `Line ${i} of filler text.\n`),
    "Last paragraph naming RULE-4.",
  ].join("\n");

  it("reports visible text with its distance from the top, collapsed or missing text as null", () => {
    const layout = layoutMarkdown(markdown, {
      probes: ["RULE-1", "RULE-2", "RULE-3", "RULE-4", "RULE-5"],
    });
    expect(layout.tops["RULE-1"]).toBeGreaterThan(0);
    expect(layout.tops["RULE-2"]).toBeGreaterThan(layout.tops["RULE-1"] ?? 0);
    expect(layout.tops["RULE-3"]).toBeNull();
    expect(layout.tops["RULE-4"]).toBeGreaterThan(900);
    expect(layout.tops["RULE-5"]).toBeNull();
    expect(layout.height).toBeGreaterThan(layout.tops["RULE-4"] ?? 0);
  });

  it("a narrower column makes the same text taller", () => {
    const text = Array.from({ length: 30 }, () => "words ".repeat(40)).join("\n\n");
    expect(layoutMarkdown(text, { width: 500 }).height).toBeGreaterThan(
      layoutMarkdown(text, { width: 1000 }).height * 1.5,
    );
  });
});
