/**
 * Strings in Unicode code-point order: the same bytes on every machine, whatever its locale
 * (`localeCompare` sorts by the collation of `LANG`; Danish puts "aa" after "z"). Plain `<` is
 * nearly that, but compares UTF-16 code units, so it puts U+10000 and above (surrogate pairs)
 * before U+E000–U+FFFF; code point order puts them after.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}

/**
 * A code unit's place in code-point order at the first difference: surrogates (D800–DFFF, parts
 * of code points above FFFF) move after E000–FFFF, which move down to fill the gap.
 */
function rank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
