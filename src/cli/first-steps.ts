import { INIT_WIZARD_WORDS } from "../i18n/init-wizard-labels.js";
import type { Language } from "../i18n/language.js";
import type { Report } from "../report/report.js";
import { terminalSafe } from "../report/terminal-text.js";
import { type Finding, isOpen, severityRank } from "../vocabulary/finding.js";

/** The most severe open gaps, at most `count`, in report order within a severity. */
export function firstGaps(report: Report, count = 3): Finding[] {
  return report.findings
    .filter(isOpen)
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        severityRank(b.finding.severity) - severityRank(a.finding.severity) || a.index - b.index,
    )
    .slice(0, count)
    .map(({ finding }) => finding);
}

/** What `init` prints after writing: the first three things to do, each with how. */
export function firstStepsText(report: Report, file: string, language: Language): string {
  const w = INIT_WIZARD_WORDS[language];
  const gaps = firstGaps(report);
  if (gaps.length === 0) return `${w.noGaps}\n`;
  const lines: string[] = [w.firstThree];
  gaps.forEach((gap, index) => {
    lines.push(`  ${index + 1}. ${terminalSafe(gap.message)} (${gap.rule})`);
    if (gap.remediation) lines.push(`     ${w.fix}: ${terminalSafe(gap.remediation)}`);
  });
  lines.push(w.runCheck(file));
  return `${lines.join("\n")}\n`;
}
