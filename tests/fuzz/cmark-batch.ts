import { spawnSync } from "node:child_process";
import { GFM_EXTENSIONS } from "../support/cmark.js";

/** GitHub's extensions; `unsafe` keeps raw HTML (as GitHub does, before its own sanitiser). */
function cmark(markdown: string, unsafe: boolean): string {
  const result = spawnSync("cmark-gfm", [...(unsafe ? ["--unsafe"] : []), ...GFM_EXTENSIONS], {
    input: markdown,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(
      `cmark-gfm is needed (Debian package cmark-gfm; .ci/run installs it): ${result.error.message}`,
    );
  }
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

const BOUNDARY = "ZZFUZZBOUNDARYZZ";

/**
 * Many documents rendered by one cmark-gfm process (starting one costs more than rendering):
 * they are separated by paragraphs of a boundary word, each after a blank line, which closes every
 * block our bodies open. Should a document swallow a boundary (only broken Markdown could), the
 * documents are rendered one by one instead.
 */
export function renderGfmMany(documents: readonly string[], unsafe: boolean): string[] {
  if (documents.length === 0) return [];
  const joined = documents.map((doc, i) => `${doc}\n\n${BOUNDARY}${i}\n\n`).join("");
  const html = cmark(joined, unsafe);
  const parts = html.split(new RegExp(`<p>${BOUNDARY}(\\d+)</p>\\n`));
  // [doc0, "0", doc1, "1", …, ""]: every boundary found, in order.
  const ok =
    parts.length === documents.length * 2 + 1 &&
    documents.every((_, i) => parts[i * 2 + 1] === String(i));
  if (!ok) return documents.map((doc) => cmark(doc, unsafe));
  return documents.map((_, i) => parts[i * 2] ?? "");
}

export function renderGfmOne(document: string, unsafe: boolean): string {
  return cmark(document, unsafe);
}
