// The headline, the DIN SPEC 27076 status line and the paragraph for management.
import {
  DIN_SPEC_NOT_MET_LABEL,
  dinSpecLine,
  dinSpecNotMet,
} from "../../../i18n/din-spec-labels.js";
import type { Language } from "../../../i18n/language.js";
import { areaLabel, severityLabel } from "../../../i18n/report-labels.js";
import { words } from "../../../i18n/words/words.js";
import type { Report } from "../../../report/report.js";
import type { DinSpecStatus } from "../../../vocabulary/din-spec-status.js";
import { AREAS, type Finding, SEVERITIES, severityRank } from "../../../vocabulary/finding.js";
import { SEVERITY_ICONS } from "../options.js";

/** The DIN SPEC 27076 status line, and the requirements not met with the rules that found them. */
export function dinSpecBlock(
  status: DinSpecStatus,
  language: Language,
  text: (value: string) => string,
): string[] {
  const notMet = dinSpecNotMet(status);
  return [
    `**${text(dinSpecLine(status, language))}**`,
    ...(notMet.length > 0
      ? ["", `${DIN_SPEC_NOT_MET_LABEL[language]}: ${notMet.map(text).join(" · ")}`]
      : []),
    "",
  ];
}

export function headline(
  report: Report,
  open: Finding[],
  fresh: Finding[],
  unchanged: Finding[],
  compared: boolean,
  language: Language,
  waiting: number,
): string {
  const parts = compared
    ? [
        words(language).comment.newGaps(fresh.length),
        words(language).comment.fixed(report.fixed.length),
        words(language).comment.unchanged(unchanged.length),
      ]
    : [words(language).common.openGaps(open.length)];
  if (waiting > 0) parts.push(words(language).comment.pendingCount(waiting));
  const bySeverity = [...SEVERITIES]
    .reverse()
    .filter((s) => report.summary.by_severity[s] > 0)
    .map(
      (s) => `${SEVERITY_ICONS[s]} ${report.summary.by_severity[s]} ${severityLabel(s, language)}`,
    );
  return `**${parts.join(", ")}**${bySeverity.length ? ` · ${bySeverity.join(" · ")}` : ""}`;
}

/** Plain language for the people who decide (thesis 2): how bad, what changed, what needs them. */
export function managementParagraph(
  report: Report,
  open: Finding[],
  fresh: Finding[],
  compared: boolean,
  language: Language,
): string {
  const severe = open.filter((f) => severityRank(f.severity) >= severityRank("high")).length;
  const areas = AREAS.filter((a) => report.summary.by_area[a] > 0)
    .sort((a, b) => report.summary.by_area[b] - report.summary.by_area[a])
    .slice(0, 2)
    // German nouns keep their capital letter; the names go in quotes, as some contain "und".
    .map((a) =>
      language === "de" ? `„${areaLabel(a, language)}“` : areaLabel(a, language).toLowerCase(),
    );
  const management = open.filter((f) => f.thesis === 2).length;
  const waiting = open.filter((f) => f.status === "pending-approval").length;
  if (language === "de") {
    return [
      waiting > 0
        ? `${waiting === 1 ? "Eine Lücke bleibt" : `${waiting} Lücken bleiben`} offen, bis die zuständige Person diesen PR auf GitHub freigibt.`
        : "",
      // "Sicherheitslücken" would read as software vulnerabilities: these are open points in the records.
      `In der Sicherheitsdokumentation des Projekts ${open.length === 1 ? "ist ein Punkt" : `sind ${open.length} Punkte`} offen, davon ${severe} mit hohem oder kritischem Schweregrad.`,
      compared
        ? `Diese Änderung bringt ${fresh.length} neu hinzu und schließt ${report.fixed.length}.`
        : "",
      areas.length === 1 ? `Die meisten betreffen den Bereich ${areas[0]}.` : "",
      areas.length > 1 ? `Die meisten betreffen die Bereiche ${areas.join(" und ")}.` : "",
      management > 0
        ? `${management} davon ${management === 1 ? "braucht" : "brauchen"} eine Entscheidung oder Mitwirkung der Geschäftsleitung.`
        : "",
    ]
      .filter(Boolean)
      .join(" ");
  }
  return [
    `The project has ${open.length === 1 ? "one open gap" : `${open.length} open gaps`} in its security records, ${severe} of them high or critical.`,
    compared ? `This change adds ${fresh.length} and closes ${report.fixed.length}.` : "",
    waiting > 0
      ? `${waiting === 1 ? "One gap stays" : `${waiting} gaps stay`} open until the person who must decide approves this PR on GitHub.`
      : "",
    areas.length ? `Most concern ${areas.join(" and ")}.` : "",
    management > 0
      ? `${management} ${management === 1 ? "needs" : "need"} a decision or action by management.`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}
