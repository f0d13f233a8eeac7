/**
 * `text` with at most `max` code points (as JSON Schema counts `maxLength`), never split inside
 * a surrogate pair; a text that was longer ends with "…".
 */
export function clipCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  let points = 0;
  let cutAt = 0;
  for (let i = 0; i < text.length; points++) {
    if (points === max - 1) cutAt = i;
    if (points === max) return `${text.slice(0, cutAt)}…`;
    const unit = text.charCodeAt(i);
    const pair =
      unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    i += pair;
  }
  return text;
}
