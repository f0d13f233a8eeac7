import type { Language } from "../i18n/language.js";
import { areaLabel, severityLabel } from "../i18n/report-labels.js";
import { THESES } from "../i18n/theses.js";
import { explainCondition } from "../rules/condition.js";
import { referencedParams } from "../rules/parameters.js";
import type { RuleSet } from "../rules/rule-set.js";
import type { Rule } from "../rules/rule-types.js";
import { escapeMarkdown as md } from "./markdown.js";

const T = {
  title: { en: "Rules", de: "Regeln" },
  generated: {
    en: "Generated from the rule packs in `rules/` by `npm run docs`; edit the packs, not this page.",
    de: "Aus den Regelpaketen in `rules/` erzeugt mit `npm run docs`; bearbeiten Sie die Pakete, nicht diese Seite.",
  },
  severity: { en: "Severity", de: "Schweregrad" },
  thesis: { en: "Thesis", de: "These" },
  applies: { en: "Applies", de: "Gilt" },
  everyProject: { en: "every project", de: "jedes Projekt" },
  tailoring: { en: "Tailoring", de: "Anpassung" },
  parameters: { en: "Parameters", de: "Parameter" },
  references: { en: "References", de: "Referenzen" },
  cases: { en: "Cases", de: "Fälle" },
  why: { en: "What and why", de: "Was und warum" },
  fix: { en: "How to fix", de: "Abhilfe" },
  when: { en: "when", de: "wenn gilt:" },
  catalogue: { en: "Worst-practice cases", de: "Negativbeispiele" },
  entry: { en: "Typical entry", de: "Typischer Einstieg" },
  measures: { en: "Measures", de: "Maßnahmen" },
  incidents: { en: "Incidents", de: "Vorfälle" },
  lesson: { en: "Lesson", de: "Lehre" },
  source: { en: "Source", de: "Quelle" },
  rules: { en: "rules", de: "Regeln" },
} as const;

/** The rule reference (docs/rules.md), generated from the packs so it cannot drift from them. */
export function renderRuleDocs(ruleSet: RuleSet, language: Language): string {
  const t = (key: keyof typeof T) => T[key][language];
  const out = [`# ${t("title")}`, "", t("generated"), ""];
  for (const pack of ruleSet.packs) {
    out.push(
      `- [${md(areaLabel(pack.area, language))}](#${pack.pack}) (${pack.rules.length} ${t("rules")})`,
    );
  }
  out.push(`- [${t("catalogue")}](#cases)`, "");
  for (const pack of ruleSet.packs) {
    out.push(`<a id="${pack.pack}"></a>`, "", `## ${md(areaLabel(pack.area, language))}`, "");
    if (pack.description) out.push(md(pack.description[language]), "");
    out.push(`| | ${t("severity")} | ${t("thesis")} | ${t("applies")} |`, "|---|---|---|---|");
    for (const rule of pack.rules) {
      out.push(
        `| [${rule.id}](#${rule.id.toLowerCase()}) ${md(rule.title[language])} | ${severityLabel(rule.severity, language)} | ${rule.thesis} | ${md(applies(rule, language))} |`,
      );
    }
    out.push("");
    for (const rule of pack.rules) out.push(...renderRule(rule, ruleSet, language));
  }
  out.push('<a id="cases"></a>', "", `## ${t("catalogue")}`, "");
  for (const known of ruleSet.cases.values()) {
    out.push(
      `### ${md(known.title[language])} (\`${known.id}\`)`,
      "",
      md(known.description[language]),
      "",
    );
    out.push(`**${t("entry")}:** ${md(known.entry[language])}`, "", `**${t("measures")}:**`, "");
    for (const measure of known.measures) out.push(`- ${md(measure[language])}`);
    out.push(
      "",
      `**${t("references")}:** ${known.references.map(md).join(", ")}`,
      "",
      `**${t("incidents")}:**`,
      "",
    );
    for (const incident of known.incidents) {
      out.push(
        `- **${md(incident.name)} (${incident.year})**: ${md(incident.summary[language])} *${t("lesson")}:* ${md(incident.lesson[language])} *${t("source")}:* ${md(incident.source)}`,
      );
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function applies(rule: Rule, language: Language): string {
  return rule.applies ? explainCondition(rule.applies, language) : T.everyProject[language];
}

function renderRule(rule: Rule, ruleSet: RuleSet, language: Language): string[] {
  const t = (key: keyof typeof T) => T[key][language];
  const out = [`### ${rule.id}`, "", `**${md(rule.title[language])}**`, ""];
  out.push(`- ${t("severity")}: ${severityLabel(rule.severity, language)}`);
  out.push(`- ${t("thesis")}: ${rule.thesis} — ${md(THESES[rule.thesis]?.[language] ?? "")}`);
  out.push(`- ${t("applies")}: ${md(applies(rule, language))}`);
  for (const tuning of rule.tuning ?? []) {
    const changes = [
      tuning.severity ? `${t("severity")} ${severityLabel(tuning.severity, language)}` : undefined,
      ...Object.entries(tuning.params ?? {}).map(([name, value]) => `${name} = ${String(value)}`),
    ].filter(Boolean);
    out.push(
      `- ${t("tailoring")}: ${md(`${changes.join(", ")} ${t("when")} ${explainCondition(tuning.when, language)}`)}`,
    );
  }
  const params = [...referencedParams(rule.check)].map((name) => {
    const parameter = ruleSet.parameters[name];
    const tuned = (parameter?.tuning ?? []).map(
      (x) => `${String(x.value)} ${t("when")} ${explainCondition(x.when, language)}`,
    );
    return `${name} = ${String(rule.params?.[name] ?? parameter?.default)}${tuned.length ? ` (${tuned.join("; ")})` : ""}`;
  });
  if (params.length > 0) out.push(`- ${t("parameters")}: ${md(params.join(", "))}`);
  out.push(`- ${t("references")}: ${rule.references.map(md).join(", ")}`);
  if (rule.cases.length > 0)
    out.push(
      `- ${t("cases")}: ${rule.cases.map((id) => md(ruleSet.cases.get(id)?.title[language] ?? id)).join(", ")}`,
    );
  out.push("", `**${t("why")}:** ${md(rule.description[language])}`, "");
  out.push(`**${t("fix")}:** ${md(rule.remediation[language].replace(/\{[a-z_]+\}/gi, "…"))}`, "");
  return out;
}
