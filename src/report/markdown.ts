import { terminalSafe } from "./terminal-text.js";

/**
 * Text from manifests and rule packs in Markdown (PR comments, job summaries, docs). Escapes what
 * could create structure — HTML, links, images, emphasis, code, table cells, autolinks, mentions,
 * math — and keeps ordinary punctuation readable:
 * - line breaks become spaces, so a value cannot start a block, and control characters and bidi
 *   overrides are shown as `?` (`terminalSafe`);
 * - `\ ` * _ { } [ ] < > | ~ & ! # $` are backslash-escaped (CommonMark allows it for all ASCII
 *   punctuation; GitHub renders `$…$` and `$$…$$` as math, and `\$` as a plain dollar sign);
 * - GFM autolinks are broken up wherever they would start, whatever comes before them (GitHub
 *   links `www.` after `_`, `*`, `~`, `(` and spaces): every `www.` and every `://` (http, https,
 *   ftp) gets a backslash before its punctuation, which renders as written but matches no link;
 * - `@` gets a zero-width space after it, so nobody is mentioned or notified, and no e-mail
 *   autolink (`a@b.example`, `mailto:…@…`, `xmpp:…@…`: each needs a letter or digit after `@`)
 *   can form;
 * - a leading list or heading marker (`-`, `+`, `=`, `1.`) is escaped.
 */
export function escapeMarkdown(text: string): string {
  return terminalSafe(text)
    .replace(/[\\`*_{}[\]<>|~&!#$]/g, "\\$&")
    .replace(/:\/\//g, "\\://")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/@/g, "@&#8203;")
    .replace(/^(\s*)([-+=])/, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** Inline code for identifiers we control (rule ids, keys); backticks and line breaks are removed. */
export function markdownCode(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, "")}\``;
}
