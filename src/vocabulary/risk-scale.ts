// The scales of the BSI 200-3 risk matrix (DOMAIN.md §1): words the manifest, the rules and
// every format share; the matrix itself is src/rules/risk-matrix.ts.
export const LIKELIHOODS = ["rare", "occasional", "frequent", "very-frequent"] as const;
export const IMPACTS = ["negligible", "limited", "considerable", "existential"] as const;
export const RISK_LEVELS = ["low", "medium", "high", "very-high"] as const;

export type Likelihood = (typeof LIKELIHOODS)[number];
export type Impact = (typeof IMPACTS)[number];
export type RiskLevel = (typeof RISK_LEVELS)[number];
