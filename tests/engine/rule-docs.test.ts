import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderRuleDocs } from "../../src/report/render-rule-docs.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { renderGfm } from "../support/cmark.js";

describe("the generated rule reference", () => {
  it.each([
    ["en", "docs/rules.md"],
    ["de", "docs/rules.de.md"],
  ] as const)(
    "%s: %s is what the packs generate (run `npm run docs` after changing a pack)",
    async (language, file) => {
      const expected = renderRuleDocs(await loadRuleSet(), language);
      expect(readFileSync(path.join(REPO_ROOT, file), "utf8")).toBe(expected);
    },
  );

  it("documents every rule and every case, with an anchor per rule", async () => {
    const ruleSet = await loadRuleSet();
    const html = renderGfm(renderRuleDocs(ruleSet, "en"));
    for (const rule of ruleSet.rules) expect(html).toContain(`<h3>${rule.id}</h3>`);
    for (const id of ruleSet.cases.keys()) expect(html).toContain(`(<code>${id}</code>)`);
  });
});
