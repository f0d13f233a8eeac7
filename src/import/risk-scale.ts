/**
 * OTM rates likelihood and impact from 0 to 100; the manifest uses the BSI's four steps. The
 * scale is cut into four equal quarters, upper bounds included:
 *   0–25 → rare / negligible, 26–50 → occasional / limited,
 *   51–75 → frequent / considerable, 76–100 → very-frequent / existential.
 * Values outside 0–100 or not numbers give no step (the lead rates the threat).
 */
export const LIKELIHOOD_STEPS = ["rare", "occasional", "frequent", "very-frequent"] as const;
export const IMPACT_STEPS = ["negligible", "limited", "considerable", "existential"] as const;

export function quarterOf(value: unknown): 0 | 1 | 2 | 3 | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100)
    return undefined;
  if (value <= 25) return 0;
  if (value <= 50) return 1;
  if (value <= 75) return 2;
  return 3;
}

export function likelihoodOf(value: unknown): string | undefined {
  const q = quarterOf(value);
  return q === undefined ? undefined : LIKELIHOOD_STEPS[q];
}

export function impactOf(value: unknown): string | undefined {
  const q = quarterOf(value);
  return q === undefined ? undefined : IMPACT_STEPS[q];
}
