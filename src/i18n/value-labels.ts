import type { Language } from "./language.js";

type Labels = Record<string, { en: string; de: string }>;

/**
 * Words for the enum values of the manifest a person reads inside a sentence ("company size is
 * small" / "Unternehmensgröße ist klein"). The values themselves are the schema's; a test holds
 * this table against schema/manifest-v1.schema.json, so a new value cannot go unlabelled.
 */
const LEVEL: Labels = {
  normal: { en: "normal", de: "normal" },
  high: { en: "high", de: "hoch" },
  "very-high": { en: "very high", de: "sehr hoch" },
};

export const VALUE_LABELS: Record<string, Labels> = {
  size: {
    micro: { en: "micro", de: "Kleinstunternehmen" },
    small: { en: "small", de: "klein" },
    medium: { en: "medium-sized", de: "mittelgroß" },
    large: { en: "large", de: "groß" },
  },
  sector: {
    manufacturing: { en: "manufacturing", de: "produzierendes Gewerbe" },
    crafts: { en: "crafts", de: "Handwerk" },
    retail: { en: "retail", de: "Handel" },
    health: { en: "health", de: "Gesundheitswesen" },
    finance: { en: "finance", de: "Finanzwesen" },
    logistics: { en: "logistics", de: "Logistik" },
    energy: { en: "energy", de: "Energie" },
    public: { en: "public sector", de: "öffentliche Verwaltung" },
    "it-services": { en: "IT services", de: "IT-Dienstleistungen" },
    other: { en: "other", de: "sonstige" },
  },
  digitalisation_level: {
    basic: { en: "basic", de: "grundlegend" },
    networked: { en: "networked", de: "vernetzt" },
    integrated: { en: "integrated", de: "integriert" },
    "data-driven": { en: "data-driven", de: "datengetrieben" },
  },
  topics: {
    "personal-data": { en: "personal data", de: "personenbezogene Daten" },
    payments: { en: "payments", de: "Zahlungen" },
    "ot-iot": { en: "OT/IoT", de: "OT/IoT" },
    cloud: { en: "cloud", de: "Cloud" },
    "remote-access": { en: "remote access", de: "Fernzugriff" },
    "e-commerce": { en: "e-commerce", de: "Onlinehandel" },
    ai: { en: "AI", de: "KI" },
    outsourcing: { en: "outsourcing", de: "Auslagerung" },
  },
  nis2: {
    none: { en: "not in scope", de: "nicht betroffen" },
    important: { en: "important entity", de: "wichtige Einrichtung" },
    essential: { en: "essential entity", de: "besonders wichtige Einrichtung" },
  },
  phase: {
    planning: { en: "planning", de: "Planung" },
    development: { en: "development", de: "Entwicklung" },
    production: { en: "production", de: "Produktion" },
  },
  // The BSI 200-3 scales of the risk matrix.
  likelihood: {
    rare: { en: "rare", de: "selten" },
    occasional: { en: "occasional", de: "mittel" },
    frequent: { en: "frequent", de: "häufig" },
    "very-frequent": { en: "very frequent", de: "sehr häufig" },
  },
  impact: {
    negligible: { en: "negligible", de: "vernachlässigbar" },
    limited: { en: "limited", de: "begrenzt" },
    considerable: { en: "considerable", de: "beträchtlich" },
    existential: { en: "existential", de: "existenzbedrohend" },
  },
  protection: LEVEL,
  confidentiality: LEVEL,
  integrity: LEVEL,
  availability: LEVEL,
};

/** The word for a fact's value in a language; an unknown value is shown as it is. */
export function valueLabel(fact: string, value: unknown, language: Language): string {
  const text = String(value);
  return VALUE_LABELS[fact]?.[text]?.[language] ?? text;
}
