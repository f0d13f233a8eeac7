import { formatEuro, riskEconomics } from "../risk-economics.js";
import type { BuiltinCheckFunction } from "./builtin-check.js";

/**
 * Thesis 4: where money figures exist, a measure should not cost more per year than the loss it
 * is expected to prevent. One gap per threat whose measures do not pay off.
 */
export const riskEconomicsCheck: BuiltinCheckFunction = (_check, { context, language }) =>
  riskEconomics(context.manifest)
    .filter((row) => row.paysOff === false)
    .map((row) => ({
      pointer: row.pointer,
      key: row.threat,
      values: {
        id: row.threat,
        title: row.title,
        expected_annual_loss: formatEuro(row.expectedAnnualLoss, language),
        measures_cost: formatEuro(row.measuresCostPerYear ?? 0, language),
      },
    }));
