import { attackTypeCoverage } from "./attack-type-coverage.js";
import type { BuiltinCheckFunction } from "./builtin-check.js";
import { championReview, unmappedChanges } from "./review-duty.js";
import { riskEconomicsCheck } from "./risk-economics-check.js";

/** The named checks packs may use (rule-pack.schema.json lists the same names). */
export const BUILTIN_CHECKS: Record<string, BuiltinCheckFunction> = {
  "attack-type-coverage": attackTypeCoverage,
  "risk-economics": riskEconomicsCheck,
  "champion-review": championReview,
  "unmapped-changes": unmappedChanges,
};
