// Clipping one text for a table cell when even the most severe row does not fit otherwise.
/** Text cut to `max` characters (never inside a surrogate pair), with "…" when it was longer. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
