import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { checkManifestText } from "../../src/check-manifest.js";
import { checkPullRequest } from "../../src/check-pull-request.js";
import { blobLinks } from "../../src/formats/blob-links.js";
import { renderMarkdown } from "../../src/formats/markdown/markdown.js";
import { renderText } from "../../src/formats/text.js";
import { renderExplanation } from "../../src/report/render-explanation.js";
import { renderRuleDocs } from "../../src/report/render-rule-docs.js";
import { findRule } from "../../src/rules/rule-catalogue.js";
import { loadRuleSet } from "../../src/rules/rule-set.js";
import { REPO_ROOT } from "../fixtures/fixtures.js";
import { renderGfmMany } from "../fuzz/cmark-batch.js";
import { markupProblems, terminalProblems } from "../fuzz/output-checks.js";

const TODAY = "2026-11-26";
const BLOB =
  "https://github.com/o/r/blob/0123456789abcdef0123456789abcdef01234567/security-manifest.yml";
const BASE_BLOB =
  "https://github.com/o/r/blob/fedcba9876543210fedcba9876543210fedcba98/security-manifest.yml";
const EXAMPLE = readFileSync(
  path.join(REPO_ROOT, "examples/crafts-webshop/security-manifest.yml"),
  "utf8",
);

type Data = Record<string, unknown>;

/** The manifest with `edit` applied to every string value (keys stay). */
function everyString(text: string, edit: (value: string, key: string) => string): string {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return edit(value, key);
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return stringify(walk(parse(text), ""));
}

/** Dates, enums and paths stay valid so the rules still run; everything else gets the payload. */
const KEEP = /^(\d{4}-\d{2}-\d{2}|[a-z-]+|[\w./-]+\.(md|json|yml))$/;

/** Valid ids (a letter or digit, then `._-`) can carry a `_www.` autolink too. */
function hostileManifest(payload: string, idPayload: string): string {
  return everyString(EXAMPLE, (value, key) => {
    if (["id", "component", "threat", "mitigations", "scope"].includes(key))
      return `${value}${idPayload}`;
    if (KEEP.test(value)) return value;
    return `${value} ${payload}`;
  });
}

async function markdownOf(text: string, pullRequest = false): Promise<string> {
  const ruleSet = await loadRuleSet();
  const options = { today: TODAY, language: "en" as const, ruleSet };
  const report = pullRequest
    ? checkPullRequest({
        head: { file: "security-manifest.yml", text },
        base: { kind: "found", text: EXAMPLE },
        options: {
          ...options,
          pullRequest: { author: "svogel-holzmann", changedFiles: ["theme/x.css"], approvedBy: [] },
        },
        decisions: "require-approval",
      })
    : checkManifestText("security-manifest.yml", text, options);
  expect(report.errors).toEqual([]);
  return renderMarkdown(report, { language: "en", links: blobLinks(BLOB, BASE_BLOB) });
}

describe("manifest text in the PR comment is never a link, tag or mention", () => {
  const payload =
    "_www.evil.example/login *www.evil.example* (mailto:x@evil.example) a@b.example @octocat <b>bold</b> https://evil.example";
  const idPayload = "_www.evil.example";

  it.each([
    ["a check", false],
    ["a pull-request check", true],
  ])("in every free-text field and id (%s), in GitHub's renderer", async (_name, pr) => {
    const markdown = await markdownOf(hostileManifest(payload, idPayload), pr);
    // The payload is there (so the test tests something) …
    expect(markdown).toContain("evil");
    expect(markdown).toContain("\\_www\\.evil.example");
    // … and inert, with and without raw HTML.
    for (const html of [...renderGfmMany([markdown], true), ...renderGfmMany([markdown], false)]) {
      expect(markupProblems(html, [BLOB, BASE_BLOB])).toEqual([]);
    }
  });
});

/** Escape sequences a hostile pack could send: clear the screen, retitle, hide text, bidi. */
const ESCAPES = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\u202c\u2066x\u2069\u0000\u007f";

/** As YAML writes them in a double-quoted string (the file itself stays printable). */
const Y = JSON.stringify(ESCAPES)
  .slice(1, -1)
  .replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );

const PACK = `pack: hostile-pack
area: governance
rules:
  - id: HOST-001
    title: {en: "Title ${Y}\\ncritical 1:1 forged", de: "Titel"}
    description: {en: "Description ${Y}\\ncanaryline", de: "Beschreibung"}
    remediation: {en: "Fix {id} ${Y}\\ncanaryline", de: "Abhilfe {id}"}
    message: {en: "Component {id} ${Y}\\ncritical 1:1 forged", de: "Komponente {id}"}
    severity: medium
    thesis: 2
    references: ["Ref ${Y}\\ncanaryline"]
    check:
      for_each: /components
      require: {required: [never_there]}
`;

describe("text from manifests and packs in the terminal", () => {
  it("a pack's escape sequences and line breaks are shown inert (check, explain, docs)", async () => {
    const ruleSet = await loadRuleSet([{ file: "rules/hostile.yml", text: PACK }]);
    const report = checkManifestText("security-manifest.yml", EXAMPLE, {
      today: TODAY,
      language: "en",
      ruleSet,
    });
    expect(report.findings.some((f) => f.rule === "HOST-001")).toBe(true);
    for (const color of [false, true]) {
      const text = renderText(report, { language: "en", color });
      expect(text).toContain("Component");
      expect(terminalProblems(text)).toEqual([]);
    }
    const entry = findRule(ruleSet, "HOST-001", "en");
    if (!entry) throw new Error("the hostile rule is loaded");
    const explanation = renderExplanation(entry, ruleSet, "en");
    expect(terminalProblems(explanation)).toEqual([]);
    // Still our layout: the headings are on lines of their own.
    expect(explanation).toMatch(
      /^HOST-001 · Title \?\[2J\?\]0;pwned.* critical 1:1 forged\n\nArea: /,
    );
    expect(explanation).toMatch(/\nHow to fix:\n {2}Fix/);
    const docs = renderRuleDocs(ruleSet, "en");
    expect(terminalProblems(docs)).toEqual([]);
  });

  it("a line break in a manifest value cannot forge a gap line", async () => {
    const data = parse(EXAMPLE) as { threat_model: { threats: Data[] } };
    const [threat] = data.threat_model.threats;
    if (!threat) throw new Error("the example has threats");
    // A very high risk without treatment: its gap message quotes the title.
    Object.assign(threat, {
      title: "Phishing\ncritical 1:1 forged\r\ncanaryline\u2028canaryline\u0085canaryline",
      likelihood: "very-frequent",
      impact: "existential",
      treatment: "mitigate",
      mitigations: ["none-such"],
    });
    const text = stringify(data);
    const report = checkManifestText("security-manifest.yml", text, {
      today: TODAY,
      language: "en",
      ruleSet: await loadRuleSet(),
    });
    const output = renderText(report, { language: "en", color: false });
    expect(output).toContain("Phishing critical 1:1 forged canaryline");
    expect(terminalProblems(output)).toEqual([]);
  });
});
