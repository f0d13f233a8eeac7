import { riskEconomics, type ThreatEconomics } from "../rules/risk-economics.js";
import {
  IMPACTS,
  type Impact,
  LIKELIHOODS,
  type Likelihood,
  riskLevel,
} from "../rules/risk-matrix.js";
import { clipCodePoints } from "../vocabulary/clip-text.js";

/** The threat model at a glance: threats per matrix cell (the heat map) and the money view. */
export interface RiskOverview {
  /** Threat ids per impact (rows) and likelihood (columns) of the BSI 200-3 matrix. */
  heatmap: Record<Impact, Record<Likelihood, string[]>>;
  economics: ThreatEconomics[];
}

export function riskOverview(manifest: Record<string, unknown>): RiskOverview {
  const heatmap = Object.fromEntries(
    IMPACTS.map((impact) => [
      impact,
      Object.fromEntries(LIKELIHOODS.map((l) => [l, [] as string[]])),
    ]),
  ) as RiskOverview["heatmap"];
  const model = (manifest.threat_model ?? {}) as { threats?: unknown };
  for (const threat of Array.isArray(model.threats)
    ? (model.threats as Record<string, unknown>[])
    : []) {
    if (!threat || riskLevel(threat.likelihood, threat.impact) === undefined) continue;
    heatmap[threat.impact as Impact][threat.likelihood as Likelihood].push(
      // Bounded like every report field: a manifest that breaks the format may hold anything.
      clipCodePoints(String(threat.id ?? "?"), 100),
    );
  }
  return { heatmap, economics: riskEconomics(manifest) };
}
