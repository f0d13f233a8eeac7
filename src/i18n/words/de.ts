import type { Words } from "./en.js";

// Every word the report formats print, in German. Written for the people who read the summary:
// a gap is an "offener Punkt" (an open item), never a "Sicherheitslücke", which a manager would
// read as a software vulnerability.

export const DE: Words = {
  common: {
    title: "Sicherheitsmanifest-Prüfung",
    openGaps: (n) => (n === 1 ? "1 offener Punkt" : `${n} offene Punkte`),
    noGaps: "Keine offenen Punkte: Das Manifest erfüllt alle zutreffenden Regeln.",
    evaluated: "bewertet am",
    unreadable: "Das Manifest konnte nicht gelesen werden",
    rulePackUnreadable: "Ein Regelpaket konnte nicht geladen werden",
    changes: "Dieser PR ändert Sicherheitsentscheidungen",
    noLonger: "Wegen dieses PRs nicht mehr geprüft (nicht erledigt)",
    base: "Basis",
    howToFix: "Abhilfe",
    appliesBecause: "gilt, weil",
    supersedes: "gleiche Ursache wie",
    upcoming: "Bald fällig (noch nicht offen)",
    waived: "Von der Geschäftsleitung ausgenommen (nicht gezählt)",
    paysOff: "lohnt sich",
    doesNotPay: "kostet mehr, als sie einspart",
  },
  comment: {
    newGaps: (n) => (n === 1 ? "1 neuer Punkt" : `${n} neue Punkte`),
    fixed: (n) => `${n} erledigt`,
    unchanged: (n) => `${n} unverändert`,
    newSection: "Neue offene Punkte",
    unchangedSection: "Punkte, die schon im Basis-Branch offen sind",
    openSection: "Offene Punkte",
    fixedSection: "Durch diese Änderung erledigt",
    pendingSection: "Warten auf Freigabe (zählen als offen)",
    pendingCount: (n) => `${n} warten auf Freigabe`,
    moreChanges: (n) => `… und ${n} weitere Änderungen.`,
    forReview: "zur Durchsicht",
    upcomingDue: "fällig bis",
    upcomingMore: (n, hint) => `… und ${n} weitere; alle stehen in ${hint}.`,
    heatmap: "Risiko-Heatmap (BSI 200-3)",
    impactLikelihood: "Auswirkung ↓ · Häufigkeit →",
    economics: "Erwarteter Jahresschaden vs. Kosten der Maßnahmen",
    threat: "Bedrohung",
    loss: "Erwarteter Schaden / Jahr",
    cost: "Maßnahmen / Jahr",
    verdict: "Bewertung",
    gap: "Offener Punkt",
    where: "Wo",
    startHere: "Hier anfangen",
    also: "ebenso",
    likewise: "Ebenso für die übrigen.",
    personFix: (name) =>
      `Planen Sie diese Schulungen für ${name} ein und tragen Sie jede mit Datum und Nachweis unter team → trainings ein.`,
    collapsed: (counts) => `${counts}: anzeigen`,
    line: "Zeile",
    lines: "Zeilen",
    management: "Für die Geschäftsleitung",
    truncated: (n, hint) => `… und ${n} weitere. Die vollständige Liste steht in ${hint}.`,
    defaultHint: "der Job-Zusammenfassung dieses Laufs",
    summaryHint: "dem JSON-Bericht (Ausgabe `report`)",
    notAnnotated: (n) =>
      `${n} weitere offene Punkte sind nicht an den Zeilen des Manifests vermerkt (GitHub zeigt je Schritt zehn jeder Art).`,
    footer: "Die vollständige Anleitung zu jeder Regel: `security-manifest explain REGEL`.",
    moreIds: (n) => `+${n} weitere`,
    moreThreats: (n) =>
      `… und ${n} ${n === 1 ? "weitere Bedrohung" : "weitere Bedrohungen"}, keine mit höherem erwartetem Schaden.`,
    countsOnly: (hint) =>
      `Anzahl der Bedrohungen je Feld, gekürzt; die Kennungen stehen in ${hint}.`,
    riskLeftOut: (hint) =>
      `Risiko-Heatmap und erwartete Schäden sind aus Platzgründen weggelassen; sie stehen in ${hint}.`,
    cut: (hint) => `… gekürzt. Der vollständige Bericht steht in ${hint}.`,
  },
  text: {
    cases: "Angriffe, denen dies Raum lässt",
    matrix: "Risikomatrix (BSI 200-3): Bedrohungen nach Auswirkung und Häufigkeit",
    economics: "Wirtschaftlichkeit: erwarteter Jahresschaden vs. jährliche Kosten der Maßnahmen",
    loss: "erwarteter Schaden",
    cost: "Maßnahmen",
    perYear: "/Jahr",
    noCost: "keine Maßnahmenkosten angegeben",
  },
  dueDate: {
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
  },
  portfolio: {
    title: (owner: string) => `Sicherheitsportfolio von ${owner}`,
    evaluated: "geprüft am",
    shard: (index: number, count: number) => `Teil ${index} von ${count}`,
    overview: (checked: number, withGaps: number, missing: number, unreadable: number) =>
      `${checked} Repositories geprüft, davon ${withGaps} mit offenen Punkten; ${missing} ohne Manifest; ${unreadable} nicht lesbar.`,
    repository: "Repository",
    status: "Stand",
    score: "Punktwert DIN SPEC 27076",
    gaps: "Offene Punkte",
    overdue: "Überfällige Entscheidungen",
    lastEvaluation: "Letzte Bewertung",
    ok: "✅ keine offenen Punkte",
    withGaps: "⚠️ offene Punkte",
    none: "—",
    withoutManifest: (n: number) => `Ohne Manifest (${n})`,
    unreadable: (n: number) => `Manifest nicht lesbar (${n})`,
    reason: "Grund",
    line: "Zeile",
    archived: (n: number) =>
      n === 1
        ? "1 archiviertes Repository wurde nicht geprüft."
        : `${n} archivierte Repositories wurden nicht geprüft.`,
    more: (n: number) => `… und ${n} weitere; alle stehen im JSON-Portfolio.`,
  },
  portfolioPage: {
    subtitle:
      "Wo jedes Repository mit seinem Sicherheitsmanifest steht: offene Punkte nach Schwere und die Entscheidungen, die die Geschäftsleitung schuldet.",
    organisation: "Organisation",
    asOf: "Stand",
    manifestPath: "Gelesenes Manifest",
    part: "Teil",
    summaryHeading: "Zusammenfassung",
    repositories: "Repositories gesamt",
    checked: "Geprüft",
    ok: "Ohne offene Punkte",
    withGaps: "Mit offenen Punkten",
    withoutManifest: "Ohne Manifest",
    unreadable: "Nicht lesbar",
    archived: "Archiviert (nicht geprüft)",
    overdue: "Überfällige Entscheidungen",
    bySeverity: "Offene Punkte aller geprüften Repositories nach Schwere",
    severity: "Schwere",
    count: "Anzahl",
    overdueText: (n) =>
      n === 1
        ? "1 Risikoakzeptanz oder Ausnahme ist abgelaufen: Die Geschäftsleitung muss neu entscheiden."
        : `${n} Risikoakzeptanzen oder Ausnahmen sind abgelaufen: Die Geschäftsleitung muss neu entscheiden.`,
    attentionHeading: "Wo anfangen",
    attentionIntro: (n) =>
      n === 1
        ? "Das einzige Repository mit offenen Punkten oder überfälligen Entscheidungen."
        : `Die ${n} Repositories mit den schwersten offenen Punkten und überfälligen Entscheidungen.`,
    attentionNone: "Kein geprüftes Repository hat einen offenen Punkt.",
    repositoriesHeading: (n) => `Geprüfte Repositories (${n})`,
    repositoriesIntro:
      "Eine Zeile je Repository, nach Namen: Punktwert nach DIN SPEC 27076, offene Punkte nach Schwere, abgelaufene Entscheidungen und das Datum der letzten Bewertung.",
    repositoriesNone: "Kein Repository hatte ein Manifest, das geprüft werden konnte.",
    statusOk: "in Ordnung",
    statusGaps: "offene Punkte",
    withoutManifestHeading: (n) => `Ohne Manifest (${n})`,
    withoutManifestIntro: (path) =>
      `Diese Repositories haben kein ${path} im Standard-Branch: Ihre Sicherheitsentscheidungen sind noch nicht aufgeschrieben.`,
    unreadableHeading: (n) => `Manifest nicht lesbar (${n})`,
    unreadableIntro:
      "Diese Repositories haben ein Manifest, das nicht geprüft werden konnte; der Grund sagt, was zu beheben ist.",
    archivedHeading: (n) => `Archiviert (${n})`,
    archivedIntro: "Archivierte Repositories sind schreibgeschützt und wurden nicht geprüft.",
    footer: (tool) =>
      `Erstellt von ${tool} aus den Sicherheitsmanifesten der Repositories der Organisation. Alle Einzelheiten stehen im JSON-Portfolio (security-manifest org --format json).`,
  },
};
