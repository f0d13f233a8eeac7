import type { Language } from "../i18n/language.js";
import { clipCodePoints } from "../vocabulary/clip-text.js";
import {
  ANNUAL_RATE,
  LIKELIHOODS,
  type Likelihood,
  type RiskLevel,
  riskLevel,
} from "./risk-matrix.js";

type Data = Record<string, unknown>;

/** Expected annual loss next to the yearly cost of a threat's measures (thesis 4: does it pay off?). */
export interface ThreatEconomics {
  threat: string;
  pointer: string;
  title: string;
  level: RiskLevel | undefined;
  treatment: string | undefined;
  expectedAnnualLoss: number;
  measuresCostPerYear: number | undefined;
  /** Measures cost no more per year than the loss they are meant to prevent. */
  paysOff: boolean | undefined;
}

/**
 * For every threat with a damage figure: expected annual loss = damage per occurrence × the
 * occurrences per year of its frequency band; the measures' cost is the sum of the yearly cost of
 * its mitigations (undefined when none has a cost).
 */
export function riskEconomics(manifest: Data): ThreatEconomics[] {
  const model = (manifest.threat_model ?? {}) as Data;
  const threats = Array.isArray(model.threats) ? (model.threats as Data[]) : [];
  const mitigations = new Map(
    (Array.isArray(model.mitigations) ? (model.mitigations as Data[]) : []).map((m) => [m?.id, m]),
  );
  const rows: ThreatEconomics[] = [];
  threats.forEach((threat, index) => {
    // .nan, .inf and negative amounts are no damage figure (YAML allows the first two as numbers).
    const damage = threat?.expected_damage_eur;
    if (typeof damage !== "number" || !Number.isFinite(damage) || damage < 0) return;
    if (!(LIKELIHOODS as readonly unknown[]).includes(threat.likelihood)) return;
    const expectedAnnualLoss = Math.round(damage * ANNUAL_RATE[threat.likelihood as Likelihood]);
    // A figure too large to multiply out (1e308 × 4 is Infinity, `null` in JSON) is no figure either.
    if (!Number.isFinite(expectedAnnualLoss)) return;
    const costs = (Array.isArray(threat.mitigations) ? threat.mitigations : [])
      .map((id) => mitigations.get(id)?.cost_eur_per_year)
      .filter((cost): cost is number => typeof cost === "number" && Number.isFinite(cost));
    const total = costs.reduce((a, b) => a + b, 0);
    // Likewise a sum of costs that overflows: the measures have no usable cost figure.
    const measuresCostPerYear = costs.length > 0 && Number.isFinite(total) ? total : undefined;
    rows.push({
      // Bounded, as in every report field: a manifest that breaks the format may hold anything.
      threat: clipCodePoints(String(threat.id), 100),
      pointer: `/threat_model/threats/${index}`,
      title: clipCodePoints(String(threat.title ?? ""), 500),
      level: riskLevel(threat.likelihood, threat.impact),
      treatment: typeof threat.treatment === "string" ? threat.treatment : undefined,
      expectedAnnualLoss,
      measuresCostPerYear,
      paysOff:
        measuresCostPerYear === undefined ? undefined : measuresCostPerYear <= expectedAnnualLoss,
    });
  });
  return rows;
}

export function formatEuro(amount: number, language: Language = "en"): string {
  // Grouped by hand: toLocaleString loads ICU data on first use, a noticeable part of a cold
  // start, and would depend on the machine's locale data. German: "600.000 €", English "€600,000".
  const digits = String(Math.round(amount));
  return language === "de"
    ? `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".")} €`
    : `€${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}
