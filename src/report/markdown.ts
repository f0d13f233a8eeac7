/**
 * Text from manifests and rule packs in Markdown (PR comments, job summaries, docs). Escapes what
 * could create structure — HTML, links, images, emphasis, code, table cells, autolinks, mentions,
 * math — and keeps ordinary punctuation readable:
 * - `\ ` * _ { } [ ] < > | ~ & ! # $` are backslash-escaped (CommonMark allows it for all ASCII
 *   punctuation; GitHub renders `$…$` and `$$…$$` as math, and `\$` as a plain dollar sign);
 * - `://` and `www.` are broken up so GFM does not autolink them;
 * - `@` gets a zero-width space, so nobody is mentioned or notified;
 * - line breaks become spaces, so a value cannot start a block, and a leading list or heading
 *   marker (`-`, `+`, `1.`) is escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, " ")
    .replace(/[\\`*_{}[\]<>|~&!#$]/g, "\\$&")
    .replace(/:\/\//g, "\\://")
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/@/g, "@&#8203;")
    .replace(/^(\s*)([-+=])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** Inline code for identifiers we control (rule ids, keys); backticks and line breaks are removed. */
export function markdownCode(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, "")}\``;
}
