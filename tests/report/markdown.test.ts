import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/report/markdown.js";
import { renderGfmMany } from "../fuzz/cmark-batch.js";
import { markupProblems } from "../fuzz/output-checks.js";
import { renderGfm, tagNames } from "../support/cmark.js";

const HOSTILE = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "[click](https://evil.example/phish)",
  "![tracker](https://evil.example/pixel.png)",
  "https://evil.example/a and www.evil.example",
  "ping @octocat and @org/team, mail a@b.example",
  "| a | b |\n|---|---|\n| c | d |",
  "**bold** _it_ `code` ~~strike~~ <details>",
  "# heading\n- list\n1. item\n> quote",
  "&lt;b&gt; &#64;octocat",
  "\\*escaped\\*",
  "costs $5 to $10 and $$x^2$$ or $`\\sqrt{2}`$",
];

/** A sentence wrapping the value, as reports do. */
function render(value: string): string {
  return renderGfm(`Gap: ${escapeMarkdown(value)} — fix it.\n`);
}

describe("escaping manifest text for GitHub Markdown", () => {
  it.each(HOSTILE)("renders %j as plain text in one paragraph", (value) => {
    const html = render(value);
    expect([...tagNames(html)]).toEqual(["p"]);
    expect(html).not.toMatch(/<[^>]*\s(href|src)=/);
  });

  it("keeps the visible text as written (apart from line breaks)", () => {
    const html = render("Tom's plan: 50% done, (phase 2) — ok?");
    expect(html).toBe("<p>Gap: Tom's plan: 50% done, (phase 2) — ok? — fix it.</p>\n");
  });

  it("escapes every $, so GitHub renders no math and shows the dollar signs as written", () => {
    const value = "Budget $x^2$ and $$\\int f$$, then $`y`$; costs $5";
    const escaped = escapeMarkdown(value);
    expect(escaped).not.toMatch(/(^|[^\\])\$/);
    expect(escaped.match(/\\\$/g)).toHaveLength(value.match(/\$/g)?.length ?? 0);
    expect(escapeMarkdown("$5")).toBe("\\$5");
    expect(render("costs $5 to $10 and $x$")).toBe(
      "<p>Gap: costs $5 to $10 and $x$ — fix it.</p>\n",
    );
  });

  it("leaves no mention: a zero-width space follows every @", () => {
    expect(render("@octocat")).toContain("@\u200Boctocat");
  });

  it("keeps a table cell a single cell", () => {
    const html = renderGfm(`| a | b |\n|---|---|\n| ${escapeMarkdown("x | y")} | z |\n`);
    expect(html.match(/<td>/g)).toHaveLength(2);
  });

  it("never produces a tag other than the paragraph, for any string", () => {
    const samples = fc.sample(
      fc.string({ unit: fc.constantFrom(..."<>[]()!*_`~|&#@:/.w-+1 \nahttps$"), maxLength: 40 }),
      200,
    );
    const batch = samples.map((s, i) => `${i}: ${escapeMarkdown(s)}`).join("\n\n");
    const html = renderGfm(batch);
    expect([...tagNames(html)].sort()).toEqual(["p"]);
  });
});

/** Every way GFM's autolink extension starts a link: `www.` after space or `*_~(`, a scheme, an e-mail. */
const AUTOLINKS = [
  "_www.evil.example/login",
  "__www.evil.example/login__",
  "*www.evil.example*",
  "**www.evil.example**",
  "~www.evil.example~",
  "~~www.evil.example~~",
  "(www.evil.example)",
  "[www.evil.example]",
  "x_www.evil.example",
  '"www.evil.example"',
  "-www.evil.example",
  "www.evil.example",
  "WWW.EVIL.EXAMPLE",
  "https://evil.example/login",
  "_https://evil.example/login",
  "(http://evil.example)",
  "HTTPS://EVIL.EXAMPLE",
  "ftp://evil.example/file",
  "_ftp://evil.example/file",
  "a@b.example",
  "_a@b.example_",
  "(first.last+tag@sub.evil.example)",
  "mailto:someone@evil.example",
  "_mailto:someone@evil.example",
  "xmpp:someone@evil.example/resource",
  "(xmpp:someone@evil.example)",
  "_@octocat",
  "(@octocat)",
  "*@org/team*",
];

describe("GFM autolinks in manifest text", () => {
  const documents = AUTOLINKS.map((value) => `Gap: ${escapeMarkdown(value)} — fix it.\n`);

  it.each([true, false])("no value becomes a link or mention (cmark-gfm, unsafe: %s)", (unsafe) => {
    const html = renderGfmMany(documents, unsafe);
    AUTOLINKS.forEach((value, i) => {
      expect(markupProblems(html[i] ?? ""), value).toEqual([]);
      expect([...tagNames(html[i] ?? "")], value).toEqual(["p"]);
    });
  });

  it("shows each value as written", () => {
    const html = renderGfmMany(documents, false);
    AUTOLINKS.forEach((value, i) => {
      const shown = (html[i] ?? "")
        .replace(/^<p>Gap: | — fix it\.<\/p>\n$/g, "")
        .replace(/\u200B/g, "")
        .replace(/&quot;/g, '"');
      expect(shown).toBe(value);
    });
  });

  it("breaks up every www. and ://, whatever comes before", () => {
    expect(escapeMarkdown("_www.evil.example")).toBe("\\_www\\.evil.example");
    expect(escapeMarkdown("a www.b www.c")).toBe("a www\\.b www\\.c");
    expect(escapeMarkdown("ftp://x")).toBe("ftp\\://x");
  });
});
