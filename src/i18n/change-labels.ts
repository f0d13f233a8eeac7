import type { ChangeKind } from "../vocabulary/change-kinds.js";
import type { Localized } from "./language.js";

/**
 * One line per kind of manifest change, as the "This PR changes security decisions" section
 * says it. Placeholders: {subject}, {from}, {to} (plain substitution, values escaped later).
 */
export const CHANGE_TEXTS: Record<ChangeKind, Localized> = {
  "waiver-added": {
    en: "New waiver for {subject}, until {to}",
    de: "Neue Ausnahme für {subject}, bis {to}",
  },
  "waiver-extended": {
    en: "Waiver for {subject} extended from {from} to {to}",
    de: "Ausnahme für {subject} verlängert von {from} auf {to}",
  },
  "waiver-scope-changed": {
    en: "Waiver scope changed from {from} to {to}",
    de: "Geltungsbereich der Ausnahme geändert von {from} auf {to}",
  },
  "waiver-approver-changed": {
    en: "Waiver for {subject} now approved by {to} instead of {from}",
    de: "Ausnahme für {subject} jetzt von {to} statt von {from} genehmigt",
  },
  "waiver-removed": { en: "Waiver for {subject} removed", de: "Ausnahme für {subject} entfernt" },
  "acceptance-added": {
    en: "New risk acceptance for threat {subject}, until {to}",
    de: "Neue Risikoübernahme für Bedrohung {subject}, bis {to}",
  },
  "acceptance-extended": {
    en: "Risk acceptance for threat {subject} extended from {from} to {to}",
    de: "Risikoübernahme für Bedrohung {subject} verlängert von {from} auf {to}",
  },
  "acceptance-approver-changed": {
    en: "Risk acceptance for threat {subject} now given by {to} instead of {from}",
    de: "Risikoübernahme für Bedrohung {subject} jetzt von {to} statt von {from}",
  },
  "acceptance-removed": {
    en: "Risk acceptance for threat {subject} removed",
    de: "Risikoübernahme für Bedrohung {subject} entfernt",
  },
  "sign-off-added": {
    en: "Threat model signed off by {subject} ({to})",
    de: "Bedrohungsmodell freigegeben von {subject} ({to})",
  },
  "sign-off-removed": {
    en: "Sign-off of the threat model by {subject} removed",
    de: "Freigabe des Bedrohungsmodells durch {subject} entfernt",
  },
  "management-added": {
    en: "{subject} added as management (counts as management only after merge)",
    de: "{subject} als Geschäftsleitung eingetragen (zählt erst nach dem Merge als Geschäftsleitung)",
  },
  "management-changed": {
    en: "GitHub login of {subject} changed from {from} to {to} (the old one counts until merge)",
    de: "GitHub-Login von {subject} geändert von {from} auf {to} (bis zum Merge gilt der alte)",
  },
  "champion-added": {
    en: "{subject} marked as security champion (counts only after merge)",
    de: "{subject} als Security Champion eingetragen (zählt erst nach dem Merge)",
  },
  "profile-lowered": {
    en: "Profile lowered: {subject} {from} → {to}",
    de: "Profil abgesenkt: {subject} {from} → {to}",
  },
  "component-removed": { en: "Component {subject} removed", de: "Komponente {subject} entfernt" },
  "component-paths-narrowed": {
    en: "Paths of component {subject} narrowed: {from} no longer covered",
    de: "Pfade der Komponente {subject} eingeengt: {from} nicht mehr erfasst",
  },
  "component-exposure-lowered": {
    en: "Exposure of component {subject} lowered: {from} → {to}",
    de: "Erreichbarkeit der Komponente {subject} herabgesetzt: {from} → {to}",
  },
  "component-protection-lowered": {
    en: "Protection needs of {subject} lowered: {from} → {to}",
    de: "Schutzbedarf von {subject} abgesenkt: {from} → {to}",
  },
  "threat-removed": { en: "Threat {subject} removed", de: "Bedrohung {subject} entfernt" },
  "mitigation-removed": { en: "Measure {subject} removed", de: "Maßnahme {subject} entfernt" },
  "member-removed": {
    en: "{subject} removed from the team list",
    de: "{subject} aus der Teamliste entfernt",
  },
  "member-left": {
    en: "{subject} marked as left ({to})",
    de: "{subject} als ausgeschieden eingetragen ({to})",
  },
  "training-removed": {
    en: "Training removed: {subject} of {from}",
    de: "Schulung entfernt: {subject} vom {from}",
  },
  "mitigation-implemented": {
    en: "Measure {subject} newly marked implemented",
    de: "Maßnahme {subject} neu als umgesetzt markiert",
  },
  "author-entry-changed": {
    en: "The PR author changed their own team entry ({subject}): {to}",
    de: "Die Person hinter dem PR hat ihren eigenen Teameintrag geändert ({subject}): {to}",
  },
  "rule-pack-changed": {
    en: "Rule pack {subject} {to} (takes effect after merge; this PR is judged by the base's rules)",
    de: "Regelpaket {subject} {to} (gilt erst nach dem Merge; dieser PR wird mit den Regeln der Basis geprüft)",
  },
};

export const CHANGE_WORDS = {
  newEntry: { en: "new entry", de: "neuer Eintrag" },
  evidenceInPr: {
    en: (n: number) => `evidence of ${n} added in this PR`,
    de: (n: number) => `Nachweis für ${n} in diesem PR hinzugefügt`,
  },
  packAdded: { en: "added", de: "hinzugefügt" },
  packRemoved: { en: "removed", de: "entfernt" },
  packModified: { en: "changed", de: "geändert" },
} as const;
