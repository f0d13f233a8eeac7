/**
 * The BSI 200-3 example risk matrix (4×4): frequency × impact gives one of four risk levels.
 * It is a lookup table, not a product of scores; DOMAIN.md §1 is the source.
 */
import {
  IMPACTS,
  type Impact,
  LIKELIHOODS,
  type Likelihood,
  type RiskLevel,
} from "../vocabulary/risk-scale.js";

export {
  IMPACTS,
  type Impact,
  LIKELIHOODS,
  type Likelihood,
  RISK_LEVELS,
  type RiskLevel,
} from "../vocabulary/risk-scale.js";

const MATRIX: Record<Impact, Record<Likelihood, RiskLevel>> = {
  existential: {
    rare: "medium",
    occasional: "high",
    frequent: "very-high",
    "very-frequent": "very-high",
  },
  considerable: {
    rare: "medium",
    occasional: "medium",
    frequent: "high",
    "very-frequent": "very-high",
  },
  limited: { rare: "low", occasional: "low", frequent: "medium", "very-frequent": "high" },
  negligible: { rare: "low", occasional: "low", frequent: "low", "very-frequent": "low" },
};

export function riskLevel(likelihood: unknown, impact: unknown): RiskLevel | undefined {
  if (!(LIKELIHOODS as readonly unknown[]).includes(likelihood)) return undefined;
  if (!(IMPACTS as readonly unknown[]).includes(impact)) return undefined;
  return MATRIX[impact as Impact][likelihood as Likelihood];
}

/**
 * Occurrences per year we assume for each frequency band, to turn a damage figure into an
 * expected annual loss: the geometric middle of each BSI band (≤ 1 in 5 years … several a month).
 */
export const ANNUAL_RATE: Record<Likelihood, number> = {
  rare: 0.2,
  occasional: 0.5,
  frequent: 4,
  "very-frequent": 24,
};
