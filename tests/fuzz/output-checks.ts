/**
 * What the renderers' output must never contain, whatever a manifest or rule pack says: checks
 * shared by the fuzzer and the report tests. Each returns the problems it found (empty: fine).
 */

/** Every tag our Markdown templates produce, in GitHub's rendering (cmark-gfm). */
const OUR_TAGS = new Set([
  "a",
  "blockquote",
  "br",
  "code",
  "del",
  "details",
  "em",
  "h3",
  "h4",
  "li",
  "ol",
  "p",
  "strong",
  "sub",
  "summary",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
]);

/**
 * Canaries the generators put into values: each would come out as the markup after it if the
 * renderer let user text create structure (`<em>canaryem`, a new `<td>canarycell`, …).
 */
export const MARKDOWN_CANARIES = [
  "<b>canarytag</b>",
  "<img src=x onerror=alert(1)>",
  "x*canaryem*x",
  "x**canarystrong**x",
  "x~~canarydel~~x",
  "x`canarycode`x",
  "q|canarycell",
  "q\n- canaryitem",
  "q\n# canaryheading",
  "[canarylink](https://canary.example/)",
  "_www.canary.example/login",
  "(www.canary.example)",
  "https://canary.example/x",
  "ftp://canary.example/x",
  "canary@canary.example",
  "mailto:canary@canary.example",
  "xmpp:canary@canary.example/r",
  "@canarymention",
  "<!-- canarycomment -->",
  "$canarymath$",
];

/** Markup that only a canary's own syntax can have made (each canary word is unique to one). */
const STRUCTURE_FROM_CANARY =
  /<em>canaryem|<strong>canarystrong|<del>canarydel|<code>canarycode|<t[dh]>\s*canarycell|<li>\s*canaryitem|<h[1-6]>\s*canaryheading/;

/**
 * Problems in HTML that cmark-gfm rendered from our Markdown: a tag none of our templates
 * makes, a link that is not one of ours (`ourLinks`: allowed href prefixes), a mention (`@`
 * followed by a name), or structure grown from a canary.
 */
export function markupProblems(html: string, ourLinks: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!OUR_TAGS.has(name)) problems.push(`a <${name}> tag: ${match[0].slice(0, 80)}`);
    if (name === "a") {
      const href = /\shref="([^"]*)"/.exec(match[0])?.[1] ?? "";
      if (!ourLinks.some((prefix) => href.startsWith(prefix)))
        problems.push(`a link that is not ours: ${match[0].slice(0, 120)}`);
    }
  }
  const text = html.replace(/<[^>]*>/g, "");
  for (const match of text.matchAll(/(^|[^\w`])@[A-Za-z0-9][\w-]*/g)) {
    problems.push(`a mention: ${match[0].slice(0, 60)}`);
  }
  const structure = STRUCTURE_FROM_CANARY.exec(html);
  if (structure) problems.push(`structure from a canary: ${structure[0]}`);
  return problems;
}

/** Our colours (src/formats/text.ts): the only escape sequences the terminal output may hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: our colour codes are what it matches.
const OUR_SEQUENCES = /\u001b\[(?:0|1|2|3[1-6])m/g;
/** C0 (but line breaks), DEL, C1, bidi controls and marks, and the Unicode line separators. */
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/**
 * Problems in terminal output: a control character (other than our colours and line breaks), a
 * bidi control, or a line that a value started (`canaryline` at the start of a line).
 */
export function terminalProblems(text: string): string[] {
  const problems: string[] = [];
  const plain = text.replace(OUR_SEQUENCES, "");
  const control = CONTROL.exec(plain);
  if (control) {
    const code = control[0].codePointAt(0)?.toString(16).padStart(4, "0");
    problems.push(
      `control character U+${code} near ${JSON.stringify(plain.slice(Math.max(0, control.index - 30), control.index + 10))}`,
    );
  }
  for (const line of plain.split("\n")) {
    if (/^\s*(canaryline|critical\s+\d+:\d+\s+forged)/.test(line))
      problems.push(`a forged line: ${JSON.stringify(line.slice(0, 80))}`);
  }
  return problems;
}
