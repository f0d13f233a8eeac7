import { spawnSync } from "node:child_process";

/** The extensions GitHub enables, as cmark-gfm arguments. */
export const GFM_EXTENSIONS = [
  "-e",
  "table",
  "-e",
  "autolink",
  "-e",
  "strikethrough",
  "-e",
  "tagfilter",
  "-e",
  "tasklist",
];

/** Renders Markdown to HTML with cmark-gfm, GitHub's own engine, with the extensions GitHub enables. */
export function renderGfm(markdown: string): string {
  const result = spawnSync("cmark-gfm", ["--unsafe", ...GFM_EXTENSIONS], {
    input: markdown,
    encoding: "utf8",
  });
  if (result.error) {
    throw new Error(
      `cmark-gfm is needed for this test (Debian package cmark-gfm; .ci/run installs it): ${result.error.message}`,
    );
  }
  if (result.status !== 0) throw new Error(`cmark-gfm failed: ${result.stderr}`);
  return result.stdout;
}

/** The HTML tag names in a rendered document, for asserting that nothing unexpected appeared. */
export function tagNames(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<([a-z][a-z0-9-]*)/gi)].map((match) => (match[1] ?? "").toLowerCase()),
  );
}
