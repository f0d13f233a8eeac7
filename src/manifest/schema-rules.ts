import type { Localized } from "../i18n/language.js";

/**
 * The format checks: every JSON Schema error maps to one of these, so that `explain SC-003`
 * works like it does for the rule packs' rules.
 */
export interface SchemaRule {
  id: string;
  title: Localized;
  remediation: Localized;
}

export const SCHEMA_RULES = {
  invalidValue: {
    id: "SC-001",
    title: {
      en: "A field has a value outside its allowed list",
      de: "Ein Feld hat einen Wert außerhalb der erlaubten Liste",
    },
    remediation: {
      en: "Use one of the allowed values: {allowed}.",
      de: "Verwenden Sie einen der erlaubten Werte: {allowed}.",
    },
  },
  wrongType: {
    id: "SC-002",
    title: {
      en: "A field has the wrong kind of value",
      de: "Ein Feld hat die falsche Art von Wert",
    },
    remediation: {
      en: "Write {expected} here.",
      de: "Tragen Sie hier {expected} ein.",
    },
  },
  missingField: {
    id: "SC-003",
    title: { en: "A required field is missing", de: "Ein Pflichtfeld fehlt" },
    remediation: {
      en: "Add `{field}:` to {where}.",
      de: "Ergänzen Sie `{field}:` in {where}.",
    },
  },
  unknownKey: {
    id: "SC-004",
    title: {
      en: "A key is not part of manifest format v1",
      de: "Ein Schlüssel gehört nicht zum Manifest-Format v1",
    },
    remediation: {
      en: "Rename or remove the key. Keys allowed here: {allowed}.",
      de: "Benennen Sie den Schlüssel um oder entfernen Sie ihn. Hier erlaubte Schlüssel: {allowed}.",
    },
  },
  invalidDate: {
    id: "SC-005",
    title: {
      en: "A date is not a real calendar date",
      de: "Ein Datum ist kein gültiges Kalenderdatum",
    },
    remediation: {
      en: "Write the date as YYYY-MM-DD with a day that exists, e.g. 2026-03-12.",
      de: "Schreiben Sie das Datum als JJJJ-MM-TT mit einem existierenden Tag, z. B. 2026-03-12.",
    },
  },
  constraint: {
    id: "SC-006",
    title: { en: "A field breaks a format rule", de: "Ein Feld verletzt eine Formatregel" },
    remediation: {
      en: "{expected}",
      de: "{expected}",
    },
  },
  sizeMismatch: {
    id: "SC-007",
    title: {
      en: "The staff count contradicts the company size",
      de: "Die Zahl der Beschäftigten widerspricht der Unternehmensgröße",
    },
    remediation: {
      en: "Correct organisation.size (with {staff} staff: {fits}) or organisation.staff_count; the size decides which rules apply and how often.",
      de: "Korrigieren Sie organisation.size (bei {staff} Beschäftigten: {fits}) oder organisation.staff_count; die Größe entscheidet, welche Regeln gelten und in welchem Rhythmus.",
    },
  },
} as const satisfies Record<string, SchemaRule>;
