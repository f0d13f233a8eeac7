import type { Area, Severity } from "../vocabulary/finding.js";
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

/** What a shortened report left out, per list of `truncated` (entries of nested lists together). */
const LEFT_OUT: Record<string, Record<Language, (n: number) => string>> = {
  findings: {
    en: (n) => `${n} ${n === 1 ? "gap" : "gaps"} (the least severe)`,
    de: (n) =>
      `${n} ${n === 1 ? "offener Punkt" : "offene Punkte"} (die mit dem geringsten Schweregrad)`,
  },
  fixed: {
    en: (n) => `${n} fixed ${n === 1 ? "gap" : "gaps"}`,
    de: (n) => `${n} ${n === 1 ? "erledigter Punkt" : "erledigte Punkte"}`,
  },
  no_longer_checked: {
    en: (n) => `${n} ${n === 1 ? "gap" : "gaps"} no longer checked`,
    de: (n) => `${n} nicht mehr ${n === 1 ? "geprüfter Punkt" : "geprüfte Punkte"}`,
  },
  changes: {
    en: (n) => `${n} ${n === 1 ? "change" : "changes"}`,
    de: (n) => `${n} ${n === 1 ? "Änderung" : "Änderungen"}`,
  },
  errors: {
    en: (n) => `${n} ${n === 1 ? "problem" : "problems"} reading the manifest`,
    de: (n) => `${n} ${n === 1 ? "Problem" : "Probleme"} beim Lesen des Manifests`,
  },
  risk: {
    en: (n) => `${n} ${n === 1 ? "entry" : "entries"} of the risk overview`,
    de: (n) => `${n} ${n === 1 ? "Eintrag" : "Einträge"} der Risikoübersicht`,
  },
  entries: {
    en: (n) => `${n} list ${n === 1 ? "entry" : "entries"} of gaps and changes`,
    de: (n) =>
      `${n} ${n === 1 ? "Listeneintrag" : "Listeneinträge"} von offenen Punkten und Änderungen`,
  },
};
const GROUP: Record<string, string> = {
  economics: "risk",
  threat_ids: "risk",
  references: "entries",
  cases: "entries",
  waiting_for: "entries",
  people: "entries",
};

/**
 * One sentence on what a shortened report (`truncated`) left out, or "" when nothing was; plain
 * text, renderers escape it.
 */
export function truncationText(
  truncated: Readonly<Record<string, number | undefined>> | undefined,
  language: Language,
): string {
  if (!truncated) return "";
  const groups = new Map<string, number>();
  for (const [key, n] of Object.entries(truncated)) {
    if (key === "texts" || typeof n !== "number" || !(n > 0)) continue;
    const group = GROUP[key] ?? key;
    if (LEFT_OUT[group]) groups.set(group, (groups.get(group) ?? 0) + n);
  }
  const parts = Object.keys(LEFT_OUT)
    .filter((group) => groups.has(group))
    .map((group) => LEFT_OUT[group]?.[language](groups.get(group) ?? 0) ?? "");
  const texts = typeof truncated.texts === "number" && truncated.texts > 0 ? truncated.texts : 0;
  if (parts.length === 0 && texts === 0) return "";
  const one = parts.length === 1 && [...groups.values()][0] === 1;
  const clauses =
    language === "de"
      ? [
          parts.length > 0 ? `weggelassen ${one ? "ist" : "sind"} ${parts.join(", ")}` : "",
          texts > 0
            ? `${texts} ${texts === 1 ? "Text ist" : "Texte sind"} gekürzt (am Ende „…“)`
            : "",
        ]
      : [
          parts.length > 0 ? `left out ${one ? "is" : "are"} ${parts.join(", ")}` : "",
          texts > 0
            ? `${texts} ${texts === 1 ? "text is" : "texts are"} shortened (ending in “…”)`
            : "",
        ];
  const lead =
    language === "de"
      ? "Dieser Bericht ist gekürzt, damit er in sein Format passt"
      : "This report is shortened to fit its format";
  return `${lead}: ${clauses.filter(Boolean).join("; ")}.`;
}
