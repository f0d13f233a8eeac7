import type { Language } from "./language.js";

/** The words of the due-date issue (action/due-date-issue.ts): one table per language. */
export interface DueDateWords {
  title: (manifest: string) => string;
  heading: (manifest: string) => string;
  intro: string;
  overdue: (n: number) => string;
  soon: (n: number, days: number) => string;
  due: string;
  what: string;
  who: string;
  where: string;
  line: (n: number) => string;
  nobody: string;
  more: (n: number) => string;
  nothingDue: (days: number) => string;
  closing: (days: number) => string;
  reopening: string;
  label: string;
}

const EN: DueDateWords = {
  title: (manifest) => `Security manifest: due dates (${manifest})`,
  heading: (manifest) => `📅 Due dates in ${manifest}`,
  intro:
    "Security Manifest Check keeps this issue up to date on every scheduled run: it lists what is overdue and what falls due soon. Record the training, review or decision in the manifest; the issue updates itself and closes when nothing is due.",
  overdue: (n) => `Overdue (${n})`,
  soon: (n, days) => `Falls due within ${days} days (${n})`,
  due: "Due by",
  what: "What",
  who: "Who acts",
  where: "Manifest",
  line: (n) => `line ${n}`,
  nobody: "nobody named",
  more: (n) => `… and ${n} more; all are in the job summary and the JSON report of the run.`,
  nothingDue: (days) => `Nothing is overdue or falls due within ${days} days.`,
  closing: (days) =>
    `Nothing due: nothing in the manifest is overdue or falls due within ${days} days. This issue opens again when something does.`,
  reopening: "Something falls due again.",
  label: "Due dates from the security manifest (Security Manifest Check)",
};

const DE: DueDateWords = {
  title: (manifest) => `Sicherheitsmanifest: Fälligkeiten (${manifest})`,
  heading: (manifest) => `📅 Fälligkeiten in ${manifest}`,
  intro:
    "Security Manifest Check hält dieses Issue bei jedem geplanten Lauf aktuell: Es zeigt, was überfällig ist und was bald fällig wird. Tragen Sie Schulung, Prüfung oder Entscheidung im Manifest ein; das Issue aktualisiert sich selbst und wird geschlossen, wenn nichts fällig ist.",
  overdue: (n) => `Überfällig (${n})`,
  soon: (n, days) => `In den nächsten ${days} Tagen fällig (${n})`,
  due: "Fällig bis",
  what: "Was",
  who: "Wer handelt",
  where: "Manifest",
  line: (n) => `Zeile ${n}`,
  nobody: "niemand benannt",
  more: (n) =>
    `… und ${n} weitere; alle stehen in der Zusammenfassung und im JSON-Bericht des Laufs.`,
  nothingDue: (days) => `Nichts ist überfällig oder in den nächsten ${days} Tagen fällig.`,
  closing: (days) =>
    `Nichts fällig: Im Manifest ist nichts überfällig oder in den nächsten ${days} Tagen fällig. Dieses Issue öffnet sich wieder, sobald etwas fällig wird.`,
  reopening: "Es wird wieder etwas fällig.",
  label: "Fälligkeiten aus dem Sicherheitsmanifest (Security Manifest Check)",
};

export const DUE_DATE_WORDS: Record<Language, DueDateWords> = { en: EN, de: DE };
