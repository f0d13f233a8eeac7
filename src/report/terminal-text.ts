/**
 * Text from manifests and rule packs, made inert for a terminal (and, inside `escapeMarkdown`,
 * for Markdown): it stays on one line and cannot move the cursor, recolour, retitle the window or
 * reorder what is shown.
 * - line breaks of every kind (CR, LF, VT, FF, NEL, U+2028, U+2029) and tabs become a space, so a
 *   value cannot start a line of its own (a forged "critical 1:1 …" gap);
 * - other control characters (C0, DEL, C1: escape sequences) and the bidi overrides, embeddings
 *   and isolates (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C) are shown
 *   as `?`.
 */
export function terminalSafe(text: string): string {
  return text.replace(LINE_BREAKS, " ").replace(CONTROLS, "?");
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const LINE_BREAKS = /[\t\n\u000b\f\r\u0085\u2028\u2029]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
