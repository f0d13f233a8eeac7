import type { DinSpecCatalogue } from "../rules/din-spec-catalogue.js";
import type { Rule } from "../rules/rule-types.js";

/**
 * docs/din-spec-27076.md, generated from the catalogue and the rules so the coverage table
 * cannot drift (tests/rules/din-spec-catalogue.test.ts holds the file to this).
 */
export function renderDinSpecDoc(catalogue: DinSpecCatalogue, rules: readonly Rule[]): string {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const { requirements, scoring, topics } = catalogue;
  const checked = requirements.filter((r) => r.rules !== undefined);
  const top = requirements.filter((r) => r.top);
  const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
  const out = [
    "# DIN SPEC 27076 status value",
    "",
    "<!-- Generated from rules/din-spec-27076.yml and the rule packs: update with",
    "     npx vitest run -u tests/rules/din-spec-catalogue.test.ts -->",
    "",
    'DIN SPEC 27076 ("IT-Sicherheitsberatung für Klein- und Kleinstunternehmen", the basis of the',
    "CyberRisikoCheck) describes a standardised security check for companies with up to 50 staff:",
    "27 requirements in six topic areas, each rated as met or not met, some marked as TOP",
    "requirements that weigh more, summed into a status value. Every report of this tool carries",
    "a status value in that style (JSON `din_spec_27076`, a line in the comment and in the text",
    "output), computed from the manifest's findings.",
    "",
    "**What this is and is not.** The standard's text is not public, and this tool does not",
    "reproduce it. The split into the 27 requirements below, their wording and the TOP marks are",
    "our reconstruction from public descriptions of the standard, written in our own words; where",
    "a public source names a TOP requirement (backup, updates, Office macros) we follow it, the",
    "other TOP marks are our reading. The status value is a self-check from a manifest, not a",
    "CyberRisikoCheck by a qualified consultant.",
    "",
    "## Scoring",
    "",
    `- A requirement that is met scores ${scoring.met}; one that is not met scores ${scoring.not_met}.`,
    `- A TOP requirement that is met scores ${scoring.top_met}; one that is not met scores ${scoring.top_not_met}.`,
    "- Requirements that do not apply to the company are left out (they neither add nor subtract).",
    "- Requirements a manifest cannot show are reported as *not checkable* and left out of the score",
    "  too; a consultant has to ask about them.",
    "- `max_score` is the score if every applicable, checkable requirement were met.",
    "",
    "A requirement is **met** when none of the rules that check it found a gap (a waived gap still",
    "counts as not met: the waiver accepts the gap, it does not close it), **not applicable** when",
    "none of its rules applies to the profile, and **not met** otherwise. Where a requirement",
    "depends on the `it_baseline` section, `BL-001` (the section is missing) is one of its rules, so",
    "a manifest without the section does not score those requirements as met.",
    "",
    "Public sources for the structure and the scoring (retrieved 2026-12):",
    "",
    "- novidata, *CyberRisikoCheck* — met requirements score 1 point, unmet 0; TOP requirements",
    "  3 points, or −3 when not met; requirements that are not relevant do not count:",
    "  <https://novidata.de/cyberrisikocheck>",
    "- TSC Cybersecurity, *DIN SPEC 27076* — Annex A catalogue of 27 requirements in 6 topic areas,",
    "  each rated met or not met, important requirements scoring more, summed into a risk status:",
    "  <https://tsc-cybersecurity.de/din-spec-27076>",
    "- trigonum, *Cyber Risiko Check BSI* — the six topic areas:",
    "  <https://www.trigonum.de/2025/06/12/cyber-risiko-check-bsi>",
    "- DIN SPEC 27076:2023-05, title and scope (companies with up to 50 staff), as listed by DIN's",
    "  distributors.",
    "",
    "## Coverage",
    "",
    `${requirements.length} requirements, ${top.length} of them TOP; ${checked.length} checked by a rule,`,
    `${requirements.length - checked.length} not checkable from a manifest.`,
    "",
    "| id | topic | TOP | requirement (our words) | checked by |",
    "|---|---|---|---|---|",
  ];
  for (const requirement of requirements) {
    const checkedBy = requirement.rules
      ? requirement.rules
          .map((id) => `\`${id}\` ${cell(byId.get(id)?.title.en ?? "")}`)
          .join("<br>")
      : `*not checkable:* ${cell(requirement.not_checkable?.en ?? "")}`;
    out.push(
      `| ${requirement.id} | ${cell(topics[requirement.topic]?.en ?? requirement.topic)} | ${requirement.top ? "TOP" : ""} | ${cell(requirement.summary.en)} | ${checkedBy} |`,
    );
  }
  out.push(
    "",
    "## Anforderungen (deutsch)",
    "",
    "| Id | Themenbereich | TOP | Anforderung (eigene Worte) | geprüft durch |",
    "|---|---|---|---|---|",
  );
  for (const requirement of requirements) {
    const checkedBy = requirement.rules
      ? requirement.rules.map((id) => `\`${id}\``).join(", ")
      : `*nicht prüfbar:* ${cell(requirement.not_checkable?.de ?? "")}`;
    out.push(
      `| ${requirement.id} | ${cell(topics[requirement.topic]?.de ?? requirement.topic)} | ${requirement.top ? "TOP" : ""} | ${cell(requirement.summary.de)} | ${checkedBy} |`,
    );
  }
  out.push("");
  return out.join("\n");
}
