import type { RiskLevel } from "../vocabulary/risk-scale.js";
import type { TeamRole } from "../vocabulary/team-roles.js";
import type { Language } from "./language.js";

/** How urgent the whole picture is, from the most severe open point (or unreadable). */
export const VERDICT_LEVELS = ["ok", "attention", "action", "urgent", "unreadable"] as const;
export type VerdictLevel = (typeof VERDICT_LEVELS)[number];

/** A phrase with a number in it (singular and plural are the phrase's business). */
type Counted = (n: number) => string;

/**
 * Every word of the management report (`report --format html`), one table per language with the
 * same keys (a test holds them together). For managers, in plain words: German says "offene
 * Punkte", never "Sicherheitslücken", which would read as vulnerabilities in the software.
 */
export interface ManagementReportLabels {
  title: string;
  subtitle: string;
  manifest: string;
  asOf: string;
  profile: string;
  verdictHeading: string;
  verdicts: Record<VerdictLevel, string>;
  openPoints: (open: number, severe: number) => string;
  noOpenPoints: string;
  needManagement: Counted;
  waivedNow: Counted;
  unreadableText: string;
  errorAt: (line: number, column: number) => string;
  dinHeading: string;
  dinIntro: string;
  dinMet: string;
  dinNotMet: string;
  dinNotApplicable: string;
  dinNotCheckable: string;
  dinScore: string;
  dinScoreOf: (score: number, max: number) => string;
  dinTopNotMet: string;
  dinNotMetList: string;
  dinRequirement: string;
  dinFoundBy: string;
  dinNone: string;
  heatHeading: string;
  heatIntro: string;
  heatCaption: string;
  impact: string;
  likelihood: string;
  riskLevels: Record<RiskLevel, string>;
  heatLegend: string;
  heatEmpty: string;
  decisionsHeading: string;
  decisionsIntro: string;
  decisionsNone: string;
  whatToDo: string;
  areasHeading: string;
  areasIntro: string;
  area: string;
  total: string;
  severity: string;
  point: string;
  rule: string;
  moreInFullList: Counted;
  areasNone: string;
  expiryHeading: string;
  expiryIntro: Counted;
  expiryNone: Counted;
  standingHeading: string;
  standingNone: string;
  decision: string;
  decisionKinds: Record<"risk-acceptance" | "waiver", string>;
  subject: string;
  decidedBy: string;
  holdsUntil: string;
  state: string;
  stateExpired: string;
  stateExpiresIn: Counted;
  stateInForce: string;
  stateNoExpiry: string;
  moreDecisions: Counted;
  trainingHeading: string;
  trainingIntro: string;
  role: string;
  members: string;
  withGaps: string;
  withoutGaps: string;
  roles: Record<TeamRole, string>;
  trainingNone: string;
  dueHeading: string;
  dueIntro: Counted;
  dueNone: Counted;
  dueDate: string;
  dueWhat: string;
  sinceHeading: string;
  sinceIntro: string;
  sinceOtherManifest: string;
  sinceUnreadable: string;
  measure: string;
  before: string;
  now: string;
  verdictRow: string;
  openRow: string;
  dinRow: string;
  newPoints: Counted;
  closedPoints: Counted;
  footer: (tool: string) => string;
  fullList: string;
}

export const MANAGEMENT_REPORT_LABELS: Record<Language, ManagementReportLabels> = {
  en: {
    title: "Security report for management",
    subtitle: "Status of the security records of the project, in plain words",
    manifest: "Manifest",
    asOf: "As of",
    profile: "Company profile",
    verdictHeading: "Verdict",
    verdicts: {
      ok: "In order",
      attention: "Needs attention",
      action: "Action needed",
      urgent: "Urgent action needed",
      unreadable: "Not assessable",
    },
    openPoints: (open, severe) =>
      `The security records of the project have ${open === 1 ? "one open point" : `${open} open points`}, ${severe} of them high or critical.`,
    noOpenPoints:
      "The security records of the project have no open points. Keep them current: the next due dates are listed below.",
    needManagement: (n) =>
      `${n === 1 ? "One needs" : `${n} need`} a decision or action by management (listed below).`,
    waivedNow: (n) =>
      `${n === 1 ? "One further point is" : `${n} further points are`} accepted for now by a waiver of management and not counted.`,
    unreadableText:
      "The manifest could not be read, so nothing in it could be checked. The project lead has to correct it first:",
    errorAt: (line, column) => `line ${line}, column ${column}`,
    dinHeading: "Status value after DIN SPEC 27076",
    dinIntro:
      "The requirements of the CyberRisikoCheck for small companies, as far as the manifest shows them. TOP requirements weigh three times.",
    dinMet: "Requirements met",
    dinNotMet: "Not met",
    dinNotApplicable: "Not applicable",
    dinNotCheckable: "Not checkable from the manifest",
    dinScore: "Score",
    dinScoreOf: (score, max) => `${score} of ${max} points`,
    dinTopNotMet: "TOP requirements not met",
    dinNotMetList: "Requirements not met",
    dinRequirement: "Requirement",
    dinFoundBy: "Found by",
    dinNone: "Every requirement that can be checked from the manifest is met.",
    heatHeading: "Risk heat map",
    heatIntro:
      "The threats of the threat model by how often they may occur and how bad the damage would be (matrix of BSI standard 200-3).",
    heatCaption: "Threats by impact (rows) and likelihood (columns)",
    impact: "Impact",
    likelihood: "Likelihood",
    riskLevels: { low: "low", medium: "medium", high: "high", "very-high": "very high" },
    heatLegend: "Risk level",
    heatEmpty: "The threat model rates no threat by likelihood and impact yet.",
    decisionsHeading: "Decisions for management",
    decisionsIntro:
      "These open points can only be closed by management: a decision, a signature, a budget or its own training.",
    decisionsNone: "No open point waits for a decision by management.",
    whatToDo: "What to do",
    areasHeading: "Open points by area",
    areasIntro: "Every open point of the security records, most severe first.",
    area: "Area",
    total: "Total",
    severity: "Severity",
    point: "Open point",
    rule: "Rule",
    moreInFullList: (n) =>
      `${n === 1 ? "One more point" : `${n} more points`} of this area in the full list.`,
    areasNone: "No open points.",
    expiryHeading: "Acceptances and waivers running out",
    expiryIntro: (days) =>
      `Risk acceptances and waivers that have expired or expire within ${days} days. Once expired, the accepted point counts again.`,
    expiryNone: (days) =>
      `No risk acceptance or waiver has expired or expires within ${days} days.`,
    standingHeading: "Every risk acceptance and waiver, soonest expiry first",
    standingNone: "The manifest records no risk acceptance and no waiver.",
    decision: "Decision",
    decisionKinds: { "risk-acceptance": "Risk acceptance", waiver: "Waiver" },
    subject: "About",
    decidedBy: "Decided by",
    holdsUntil: "Holds until",
    state: "State",
    stateExpired: "expired",
    stateExpiresIn: (n) =>
      n === 0 ? "expires today" : `expires in ${n === 1 ? "one day" : `${n} days`}`,
    stateInForce: "in force",
    stateNoExpiry: "no valid expiry date",
    moreDecisions: (n) =>
      `${n === 1 ? "One more decision" : `${n} more decisions`} in the JSON report.`,
    trainingHeading: "Training by role",
    trainingIntro:
      "Current team members per role, and how many of them lack a training or its evidence.",
    role: "Role",
    members: "Members",
    withGaps: "With open training points",
    withoutGaps: "Without open training points",
    roles: {
      developer: "Development",
      admin: "System administration",
      management: "Management",
      product: "Product and project lead",
      external: "External (contractors, agencies)",
      other: "Other roles",
    },
    trainingNone: "The manifest lists no current team members.",
    dueHeading: "Next due dates",
    dueIntro: (days) =>
      `Due within the next ${days} days. Not open points yet; after the date each one becomes one.`,
    dueNone: (days) => `Nothing falls due within the next ${days} days.`,
    dueDate: "Due by",
    dueWhat: "What",
    sinceHeading: "Changes since the previous report",
    sinceIntro: "Compared with the report of",
    sinceOtherManifest: "The previous report is about another manifest:",
    sinceUnreadable: "The manifest could not be read at the time of the previous report.",
    measure: "Figure",
    before: "Then",
    now: "Now",
    verdictRow: "Verdict",
    openRow: "Open points",
    dinRow: "DIN SPEC 27076 score",
    newPoints: (n) => `New open points (${n})`,
    closedPoints: (n) => `Points closed since then (${n})`,
    footer: (tool) => `Created by ${tool} from the security manifest of the project.`,
    fullList: "The full list with every fix: security-manifest check",
  },
  de: {
    title: "Sicherheitsbericht für die Geschäftsleitung",
    subtitle: "Stand der Sicherheitsdokumentation des Projekts, in einfachen Worten",
    manifest: "Manifest",
    asOf: "Stand",
    profile: "Unternehmensprofil",
    verdictHeading: "Gesamturteil",
    verdicts: {
      ok: "In Ordnung",
      attention: "Im Blick behalten",
      action: "Handlungsbedarf",
      urgent: "Dringender Handlungsbedarf",
      unreadable: "Nicht bewertbar",
    },
    openPoints: (open, severe) =>
      `In der Sicherheitsdokumentation des Projekts ${open === 1 ? "ist ein Punkt" : `sind ${open} Punkte`} offen, davon ${severe} mit hohem oder kritischem Schweregrad.`,
    noOpenPoints:
      "In der Sicherheitsdokumentation des Projekts ist kein Punkt offen. Halten Sie sie aktuell: Die nächsten Fälligkeiten stehen unten.",
    needManagement: (n) =>
      `${n === 1 ? "Einer davon braucht" : `${n} davon brauchen`} eine Entscheidung oder Mitwirkung der Geschäftsleitung (unten aufgeführt).`,
    waivedNow: (n) =>
      `${n === 1 ? "Ein weiterer Punkt ist" : `${n} weitere Punkte sind`} durch eine Ausnahme der Geschäftsleitung vorerst akzeptiert und nicht mitgezählt.`,
    unreadableText:
      "Das Manifest konnte nicht gelesen werden, daher ließ sich nichts darin prüfen. Die Projektleitung muss es zuerst korrigieren:",
    errorAt: (line, column) => `Zeile ${line}, Spalte ${column}`,
    dinHeading: "Statuswert nach DIN SPEC 27076",
    dinIntro:
      "Die Anforderungen des CyberRisikoChecks für kleine Unternehmen, soweit das Manifest sie zeigt. TOP-Anforderungen zählen dreifach.",
    dinMet: "Erfüllte Anforderungen",
    dinNotMet: "Nicht erfüllt",
    dinNotApplicable: "Nicht anwendbar",
    dinNotCheckable: "Aus dem Manifest nicht prüfbar",
    dinScore: "Punktwert",
    dinScoreOf: (score, max) => `${score} von ${max} Punkten`,
    dinTopNotMet: "Nicht erfüllte TOP-Anforderungen",
    dinNotMetList: "Nicht erfüllte Anforderungen",
    dinRequirement: "Anforderung",
    dinFoundBy: "Festgestellt durch",
    dinNone: "Jede Anforderung, die sich aus dem Manifest prüfen lässt, ist erfüllt.",
    heatHeading: "Risikomatrix",
    heatIntro:
      "Die Bedrohungen des Bedrohungsmodells danach, wie oft sie eintreten können und wie schwer der Schaden wäre (Matrix nach BSI-Standard 200-3).",
    heatCaption: "Bedrohungen nach Schadenshöhe (Zeilen) und Eintrittshäufigkeit (Spalten)",
    impact: "Schadenshöhe",
    likelihood: "Eintrittshäufigkeit",
    riskLevels: { low: "gering", medium: "mittel", high: "hoch", "very-high": "sehr hoch" },
    heatLegend: "Risikostufe",
    heatEmpty: "Das Bedrohungsmodell bewertet noch keine Bedrohung nach Häufigkeit und Schaden.",
    decisionsHeading: "Entscheidungen der Geschäftsleitung",
    decisionsIntro:
      "Diese offenen Punkte kann nur die Geschäftsleitung schließen: mit einer Entscheidung, einer Freigabe, einem Budget oder der eigenen Schulung.",
    decisionsNone: "Kein offener Punkt wartet auf eine Entscheidung der Geschäftsleitung.",
    whatToDo: "Was zu tun ist",
    areasHeading: "Offene Punkte nach Bereich",
    areasIntro: "Alle offenen Punkte der Sicherheitsdokumentation, die schwersten zuerst.",
    area: "Bereich",
    total: "Gesamt",
    severity: "Schweregrad",
    point: "Offener Punkt",
    rule: "Regel",
    moreInFullList: (n) =>
      `${n === 1 ? "Ein weiterer Punkt" : `${n} weitere Punkte`} dieses Bereichs in der vollständigen Liste.`,
    areasNone: "Keine offenen Punkte.",
    expiryHeading: "Auslaufende Risikoübernahmen und Ausnahmen",
    expiryIntro: (days) =>
      `Risikoübernahmen und Ausnahmen, die abgelaufen sind oder innerhalb von ${days} Tagen ablaufen. Nach Ablauf zählt der akzeptierte Punkt wieder.`,
    expiryNone: (days) =>
      `Keine Risikoübernahme und keine Ausnahme ist abgelaufen oder läuft innerhalb von ${days} Tagen ab.`,
    standingHeading: "Alle Risikoübernahmen und Ausnahmen, die zuerst ablaufenden oben",
    standingNone: "Das Manifest verzeichnet keine Risikoübernahme und keine Ausnahme.",
    decision: "Entscheidung",
    decisionKinds: { "risk-acceptance": "Risikoübernahme", waiver: "Ausnahme" },
    subject: "Betrifft",
    decidedBy: "Entschieden von",
    holdsUntil: "Gilt bis",
    state: "Zustand",
    stateExpired: "abgelaufen",
    stateExpiresIn: (n) =>
      n === 0 ? "läuft heute ab" : `läuft in ${n === 1 ? "einem Tag" : `${n} Tagen`} ab`,
    stateInForce: "gültig",
    stateNoExpiry: "kein gültiges Ablaufdatum",
    moreDecisions: (n) =>
      `${n === 1 ? "Eine weitere Entscheidung" : `${n} weitere Entscheidungen`} im JSON-Bericht.`,
    trainingHeading: "Schulungsstand nach Rolle",
    trainingIntro:
      "Aktuelle Teammitglieder je Rolle, und wie vielen davon eine Schulung oder ihr Nachweis fehlt.",
    role: "Rolle",
    members: "Mitglieder",
    withGaps: "Mit offenen Schulungspunkten",
    withoutGaps: "Ohne offene Schulungspunkte",
    roles: {
      developer: "Entwicklung",
      admin: "Systemadministration",
      management: "Geschäftsleitung",
      product: "Produkt- und Projektleitung",
      external: "Externe (Dienstleister, Agenturen)",
      other: "Andere Rollen",
    },
    trainingNone: "Das Manifest nennt keine aktuellen Teammitglieder.",
    dueHeading: "Nächste Fälligkeiten",
    dueIntro: (days) =>
      `Fällig in den nächsten ${days} Tagen. Noch keine offenen Punkte; nach dem Datum wird jeder zu einem.`,
    dueNone: (days) => `In den nächsten ${days} Tagen wird nichts fällig.`,
    dueDate: "Fällig bis",
    dueWhat: "Was",
    sinceHeading: "Veränderungen seit dem letzten Bericht",
    sinceIntro: "Verglichen mit dem Bericht vom",
    sinceOtherManifest: "Der letzte Bericht betrifft ein anderes Manifest:",
    sinceUnreadable: "Zum Zeitpunkt des letzten Berichts war das Manifest nicht lesbar.",
    measure: "Kennzahl",
    before: "Damals",
    now: "Jetzt",
    verdictRow: "Gesamturteil",
    openRow: "Offene Punkte",
    dinRow: "Punktwert nach DIN SPEC 27076",
    newPoints: (n) => `Neu offene Punkte (${n})`,
    closedPoints: (n) => `Seitdem geschlossene Punkte (${n})`,
    footer: (tool) => `Erstellt von ${tool} aus dem Sicherheitsmanifest des Projekts.`,
    fullList: "Die vollständige Liste mit jeder Abhilfe: security-manifest check",
  },
};

export function managementReportLabels(language: Language): ManagementReportLabels {
  return MANAGEMENT_REPORT_LABELS[language];
}
