const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text for HTML content and quoted attribute values: & < > " ' as entities, so nothing from a
 * manifest can open a tag, end an attribute or start an entity. Control characters other than
 * tab and line feed (not allowed in HTML text) become U+FFFD, as do lone surrogates.
 */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the ones replaced
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      "\ufffd",
    );
}
