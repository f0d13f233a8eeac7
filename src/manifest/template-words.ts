import type { Language } from "../i18n/language.js";

/**
 * The words of the starting manifest (its comments and example texts) and of the templates written
 * beside it, per language: `init --lang de` writes a German manifest. Field names and enum values
 * stay as the format defines them.
 */
export interface TemplateWords {
  intro1: string;
  intro2: string;
  description: string;
  protectionNote: string;
  nis2Note: string;
  craNote: string;
  sponsorNote: string;
  sponsorGithubNote: string;
  briefingsNote: string;
  minutesNote: string;
  advisorNote: string;
  advisorExample: string;
  advisorScope: string;
  trainingsNote: string;
  componentName: string;
  pathsNote: string;
  threatModelNote: string;
  acceptanceNote: string;
  planNote: string;
  vulnerabilityNote: string;
  writeThenUncomment: string;
  incidentPlan: (project: string, today: string) => string;
  briefingMinutes: (project: string, today: string, sponsor: string) => string;
}

const EN: TemplateWords = {
  intro1: "Security manifest: the project's security by design, in one file. Replace the example",
  intro2: "entries, then run `npx security-manifest check` to see what is still missing and why.",
  description: "What the project does, in one sentence.",
  protectionNote: "BSI protection-need categories",
  nis2Note: "NIS2 Art. 20: management must be trained and approve the measures",
  craNote: "fill in vulnerability_handling below (CRA Annex I Part II)",
  sponsorNote: "security starts as a top-down decision: who in management owns it?",
  sponsorGithubNote:
    "waivers and risk acceptances a PR adds take effect once this login approves the PR",
  briefingsNote: "date, topic: management-security, attendees, evidence",
  minutesNote: "a template: fill in the minutes after the kick-off",
  advisorNote:
    "Small companies without their own security specialist should name an external advisor:",
  advisorExample: "Regional IT security partner",
  advisorScope: "threat model review, penetration test",
  trainingsNote: "topic (security-awareness, phishing, secure-coding …), date, provider, evidence",
  componentName: "The application",
  pathsNote: "which files belong to it (changes to them are tracked in pull requests)",
  threatModelNote: "within the first weeks of the project: security by design",
  acceptanceNote: "at most 12 months",
  planNote: "a template: fill it in",
  vulnerabilityNote: "CRA Annex I Part II: how vulnerabilities are reported and fixed",
  writeThenUncomment: "write the file, then remove the # in front",
  incidentPlan: (
    project,
    today,
  ) => `<!-- TEMPLATE written by \`security-manifest init\` on ${today}: fill it in. -->
# Incident-response plan: ${project}

> **Template.** Replace every line in italics before you rely on this plan.

## Who does what
- Incident lead: _name, phone_
- Deputy: _name, phone_
- Management to inform: _name, phone_
- External support (IT service provider, security advisor): _company, phone_

## First steps
1. Keep calm; write down what happened and when.
2. Ransomware: disconnect the affected machines from the network; do not switch them off; do not pay.
3. Account taken over: reset the password, end all sessions, check the second factor.
4. Inform the incident lead; the lead decides whom to call next.

## Duties to report
- Personal data affected: the data-protection authority within 72 hours (GDPR Art. 33).
- _NIS2 entities: early warning to the BSI within 24 hours (NIS2 Art. 23)._

## Practice
Exercise this plan once a year (a two-hour tabletop exercise is enough) and record the date
under incident_response → last_exercised in the security manifest.
`,
  briefingMinutes: (
    project,
    today,
    sponsor,
  ) => `<!-- TEMPLATE written by \`security-manifest init\` on ${today}: fill it in. -->
# Security briefing of management: ${project}, ${today}

> **Template.** Replace every line in italics with what was said and decided.

- Date: ${today}
- Attendees: ${sponsor}, _others_
- Topic: management-security

## Current threats for our company
_e.g. phishing, CEO fraud, ransomware; what happened to similar companies_

## The project's risks
_the first threats of the threat model and how we want to treat them_

## Decisions
_budget, priorities, who is responsible for what_
`,
};

const DE: TemplateWords = {
  intro1: "Sicherheitsmanifest: Security by Design des Projekts in einer Datei. Ersetzen Sie die",
  intro2:
    "Beispieleinträge und führen Sie `npx security-manifest check` aus: Es zeigt, was noch fehlt und warum.",
  description: "Was das Projekt tut, in einem Satz.",
  protectionNote: "Schutzbedarfskategorien nach BSI",
  nis2Note: "NIS2 Art. 20: Die Geschäftsleitung muss geschult sein und die Maßnahmen billigen",
  craNote: "füllen Sie unten vulnerability_handling aus (CRA Anhang I Teil II)",
  sponsorNote:
    "Sicherheit beginnt als Entscheidung von oben: Wer in der Geschäftsleitung verantwortet sie?",
  sponsorGithubNote:
    "Ausnahmen und Risikoübernahmen aus einem PR gelten, sobald dieser Login den PR genehmigt",
  briefingsNote: "date, topic: management-security, attendees, evidence",
  minutesNote: "eine Vorlage: tragen Sie das Protokoll nach dem Auftakt ein",
  advisorNote:
    "Kleine Unternehmen ohne eigene Sicherheitsfachkraft sollten einen externen Berater benennen:",
  advisorExample: "Regionaler IT-Sicherheitspartner",
  advisorScope: "Review des Bedrohungsmodells, Penetrationstest",
  trainingsNote: "topic (security-awareness, phishing, secure-coding …), date, provider, evidence",
  componentName: "Die Anwendung",
  pathsNote: "welche Dateien dazugehören (Änderungen daran werden in Pull Requests verfolgt)",
  threatModelNote: "in den ersten Wochen des Projekts: Security by Design",
  acceptanceNote: "höchstens 12 Monate",
  planNote: "eine Vorlage: füllen Sie sie aus",
  vulnerabilityNote: "CRA Anhang I Teil II: wie Schwachstellen gemeldet und behoben werden",
  writeThenUncomment: "Datei anlegen, dann das # davor entfernen",
  incidentPlan: (
    project,
    today,
  ) => `<!-- VORLAGE, geschrieben von \`security-manifest init\` am ${today}: bitte ausfüllen. -->
# Notfallplan: ${project}

> **Vorlage.** Ersetzen Sie jede kursive Zeile, bevor Sie sich auf diesen Plan verlassen.

## Wer macht was
- Leitung im Notfall: _Name, Telefon_
- Vertretung: _Name, Telefon_
- Zu informierende Geschäftsleitung: _Name, Telefon_
- Externe Hilfe (IT-Dienstleister, Sicherheitsberater): _Firma, Telefon_

## Erste Schritte
1. Ruhe bewahren; aufschreiben, was wann passiert ist.
2. Ransomware: betroffene Rechner vom Netz trennen, nicht ausschalten, nicht zahlen.
3. Konto übernommen: Passwort zurücksetzen, alle Sitzungen beenden, zweiten Faktor prüfen.
4. Die Leitung im Notfall informieren; sie entscheidet, wer als Nächstes angerufen wird.

## Meldepflichten
- Personenbezogene Daten betroffen: Datenschutzaufsicht binnen 72 Stunden (DSGVO Art. 33).
- _NIS2-Einrichtungen: Frühwarnung an das BSI binnen 24 Stunden (NIS2 Art. 23)._

## Üben
Üben Sie diesen Plan einmal im Jahr (ein zweistündiges Planspiel genügt) und tragen Sie das
Datum im Sicherheitsmanifest unter incident_response → last_exercised ein.
`,
  briefingMinutes: (
    project,
    today,
    sponsor,
  ) => `<!-- VORLAGE, geschrieben von \`security-manifest init\` am ${today}: bitte ausfüllen. -->
# Sicherheitsunterweisung der Geschäftsleitung: ${project}, ${today}

> **Vorlage.** Ersetzen Sie jede kursive Zeile durch das, was besprochen und beschlossen wurde.

- Datum: ${today}
- Teilnehmende: ${sponsor}, _weitere_
- Thema: management-security

## Aktuelle Bedrohungen für unser Unternehmen
_z. B. Phishing, CEO-Betrug, Ransomware; was ähnlichen Unternehmen passiert ist_

## Risiken des Projekts
_die ersten Bedrohungen des Bedrohungsmodells und wie wir sie behandeln wollen_

## Beschlüsse
_Budget, Prioritäten, wer wofür verantwortlich ist_
`,
};

export const TEMPLATE_WORDS: Record<Language, TemplateWords> = { en: EN, de: DE };
