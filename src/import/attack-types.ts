/**
 * The worst-practice catalogue's attack types (the manifest's `attack_type`), recognised in a
 * source's words. Only clear matches count: anything else stays without an attack type.
 */
const PATTERNS: readonly [string, RegExp][] = [
  ["ransomware", /\bransom/i],
  ["phishing", /\bphish/i],
  ["ceo-fraud", /\b(?:ceo[- ]fraud|business e-?mail compromise|fake president)\b/i],
  ["ddos", /\b(?:d?dos|denial[- ]of[- ]service)\b/i],
  ["supply-chain", /\bsupply[- ]chain\b/i],
  ["insider", /\binsider\b/i],
  [
    "unpatched-systems",
    /\b(?:unpatched|outdated|missing (?:security )?updates?|known vulnerabilit)/i,
  ],
];

/** The attack type a name (checked first) or description names, if exactly one fits. */
export function attackTypeOf(name: string, description = ""): string | undefined {
  for (const text of [name, description]) {
    const found = PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([type]) => type);
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}
