/**
 * Text from manifests and rule packs printed to a terminal: control characters (escape
 * sequences that could recolour, move the cursor or retitle the window) are shown as `?`.
 */
export function terminalSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "?");
}
