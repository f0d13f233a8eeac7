import type { Language } from "../../i18n/language.js";
import { escapeHtml as e } from "./escape-html.js";
import { PAGE_STYLE } from "./page-style.js";

/**
 * No script, no external resource, nothing to fetch: the policy says so to the browser too, so
 * even a text that escaped escaping could not run or load anything.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** What a printable page for management has around its sections; texts are plain, not HTML. */
export interface PageFrame {
  language: Language;
  /** The browser tab's and the PDF's title. */
  title: string;
  heading: string;
  subtitle: string;
  /** Lines of the header's facts, each from `metaLine` (an empty string leaves an empty line). */
  meta: readonly string[];
  /** The sections, already HTML (built from escaped parts). */
  sections: readonly string[];
  footer: string;
  /** CSS the page needs beyond the shared style. */
  style?: string;
}

/** One fact of the header: "label: value". */
export function metaLine(label: string, value: string): string {
  return `<div><dt>${e(label)}:</dt><dd>${e(value)}</dd></div>`;
}

/**
 * The frame the management report and the portfolio page share: one self-contained HTML
 * document in the reader's language, its only style inline and printed on A4.
 */
export function pageDocument(frame: PageFrame): string {
  return `<!doctype html>
<html lang="${e(frame.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(frame.title)}</title>
<style>${PAGE_STYLE}${frame.style ?? ""}</style>
</head>
<body>
<main>
<header>
<h1>${e(frame.heading)}</h1>
<p class="subtitle">${e(frame.subtitle)}</p>
<dl class="meta">
${frame.meta.join("\n")}
</dl>
</header>
${frame.sections.join("\n")}
<footer>
<p>${e(frame.footer)}</p>
</footer>
</main>
</body>
</html>
`;
}
