import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderGfm } from "./cmark.js";

/**
 * Lays out Markdown as a reader sees it on GitHub: cmark-gfm (GitHub's engine) renders the HTML,
 * github-markdown-css styles it, headless Chromium (Debian package `chromium`) lays it out at a
 * given width. A script in the page measures and writes its figures into the DOM, which
 * `--dump-dom` returns: no browser driver needed.
 */
export interface Layout {
  /** Height of the rendered body in CSS pixels. */
  height: number;
  /**
   * For each probe text: the top (CSS px from the top of the body) of the first visible element
   * whose text contains it, or null when it is not visible without expanding anything (absent,
   * or inside a closed <details>).
   */
  tops: Record<string, number | null>;
}

const require = createRequire(import.meta.url);
const CSS = readFileSync(require.resolve("github-markdown-css/github-markdown-light.css"), "utf8");
/** The browser the layout and page tests drive (Debian package `chromium`; CHROMIUM overrides). */
export const BROWSER = process.env.CHROMIUM ?? "chromium";

export function layoutMarkdown(
  markdown: string,
  options: { width?: number; probes?: readonly string[]; screenshot?: string } = {},
): Layout {
  const width = options.width ?? 1000;
  const dir = mkdtempSync(path.join(tmpdir(), "sm-layout-"));
  try {
    const page = path.join(dir, "comment.html");
    writeFileSync(page, pageHtml(renderGfm(markdown), width, options.probes ?? []));
    const base = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"];
    const dumped = runBrowser([
      ...base,
      `--window-size=${width},900`,
      "--dump-dom",
      `file://${page}`,
    ]);
    const figures = /<pre id="sm-layout">([^<]*)<\/pre>/.exec(dumped)?.[1];
    if (figures === undefined) throw new Error("the page did not report its layout");
    if (options.screenshot) {
      runBrowser([
        ...base,
        `--window-size=${width},900`,
        `--screenshot=${options.screenshot}`,
        `file://${page}`,
      ]);
    }
    return JSON.parse(figures.replaceAll("&quot;", '"').replaceAll("&amp;", "&")) as Layout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs headless Chromium once with `args` and returns what it printed; throws with its stderr. */
export function runBrowser(args: string[]): string {
  const result = spawnSync(BROWSER, args, { encoding: "utf8", timeout: 60_000 });
  if (result.error) {
    throw new Error(
      `chromium is needed for this test (Debian package chromium; .ci/run installs it): ${result.error.message}`,
    );
  }
  if (result.status !== 0) throw new Error(`chromium failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

function pageHtml(body: string, width: number, probes: readonly string[]): string {
  // The comment column of a pull request: the body at the given width with GitHub's padding.
  const measure = `
    const probes = ${JSON.stringify(probes)};
    const root = document.querySelector("article");
    const origin = root.getBoundingClientRect().top;
    const visible = (el) => el.getClientRects().length > 0 && !el.closest("details:not([open]) > :not(summary)");
    const tops = {};
    for (const probe of probes) {
      let top = null;
      for (const el of root.querySelectorAll("*")) {
        if (el.children.length === 0 || [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.includes(probe))) {
          if (el.textContent.includes(probe) && visible(el)) { top = Math.round(el.getBoundingClientRect().top - origin); break; }
        }
      }
      tops[probe] = top;
    }
    const out = document.createElement("pre");
    out.id = "sm-layout";
    out.textContent = JSON.stringify({ height: Math.round(root.getBoundingClientRect().height), tops });
    document.body.append(out);`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}
body { margin: 0; } article.markdown-body { box-sizing: border-box; width: ${width}px; padding: 16px; }
</style></head><body><article class="markdown-body">${body}</article><script>${measure}</script></body></html>`;
}
