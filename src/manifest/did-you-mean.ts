/** Longest input a suggestion is looked for. */
const MAX_GUESS_LENGTH = 64;

/** Suggests the closest allowed word for a typo, or nothing when none is close enough. */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  // Keys and enum values are short; a long value (a pasted log) is no typo of one.
  if (input.length > MAX_GUESS_LENGTH) return undefined;
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    // A prefix ("dev" for "developer") is the most common kind of slip.
    const distance = hay.startsWith(needle) && needle.length >= 2 ? 1 : editDistance(needle, hay);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  const tolerance = Math.max(2, Math.floor(needle.length / 3));
  return best !== undefined && bestDistance <= tolerance ? best : undefined;
}

/** Levenshtein distance, bounded to short inputs (keys and enum values). */
export function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? Number.POSITIVE_INFINITY;
}
