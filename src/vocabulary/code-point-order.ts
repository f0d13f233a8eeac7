/**
 * Strings in Unicode code-point order: the same bytes on every machine, whatever its locale
 * (`localeCompare` sorts by the collation of `LANG`; Danish puts "aa" after "z"). Plain `<` is
 * nearly that, but compares UTF-16 code units, so it puts U+10000 and above (surrogate pairs)
 * before U+E000–U+FFFF; code-point order puts them after. A lone surrogate counts as itself.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // One is a prefix of the other (in code units, and so in code points): the shorter first.
  if (i === length) return a.length - b.length;
  // Compare whole code points from where the one holding the first difference starts.
  let at = i > 0 && isHighSurrogate(a.charCodeAt(i - 1)) ? i - 1 : i;
  while (at < a.length && at < b.length) {
    const x = a.codePointAt(at) ?? 0;
    const y = b.codePointAt(at) ?? 0;
    if (x !== y) return x - y;
    at += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
