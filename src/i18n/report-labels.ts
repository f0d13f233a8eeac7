import type { Area, Severity } from "../report/finding.js";
import type { Language, Localized } from "./language.js";

/** Names of areas and severities as readers see them. */
export const AREA_LABELS: Record<Area, Localized> = {
  schema: { en: "Manifest format", de: "Manifest-Format" },
  "threat-modelling": { en: "Threat modelling", de: "Bedrohungsmodellierung" },
  reviews: { en: "Security reviews", de: "Sicherheitsprüfungen" },
  training: { en: "Training and awareness", de: "Schulung und Sensibilisierung" },
  governance: { en: "Governance and management", de: "Steuerung und Management" },
  risk: { en: "Risk assessment", de: "Risikobewertung" },
  "pull-request": { en: "This pull request", de: "Dieser Pull Request" },
};

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  critical: { en: "critical", de: "kritisch" },
  high: { en: "high", de: "hoch" },
  medium: { en: "medium", de: "mittel" },
  low: { en: "low", de: "niedrig" },
};

export function areaLabel(area: Area, language: Language): string {
  return AREA_LABELS[area][language];
}

export function severityLabel(severity: Severity, language: Language): string {
  return SEVERITY_LABELS[severity][language];
}
