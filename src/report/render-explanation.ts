import type { Language } from "../i18n/language.js";
import { areaLabel, severityLabel } from "../i18n/report-labels.js";
import { THESES } from "../i18n/theses.js";
import { explainCondition } from "../rules/condition.js";
import { referencedParams } from "../rules/parameters.js";
import type { ExplainableRule } from "../rules/rule-catalogue.js";
import type { RuleSet } from "../rules/rule-set.js";
import { explainedRemediation, SCHEMA_REMEDIATION } from "./explained-remediation.js";
import { ruleSnippet, snippetHeading } from "./rule-snippet.js";
import { terminalSafe } from "./terminal-text.js";

const HEADINGS = {
  area: { en: "Area", de: "Bereich" },
  severity: { en: "Severity", de: "Schweregrad" },
  thesis: {
    en: "Thesis (one of the six principles behind every rule, see docs/product.md)",
    de: "These (einer der sechs Grundsätze hinter jeder Regel, siehe docs/product.md)",
  },
  applies: { en: "Applies", de: "Gilt" },
  tuning: { en: "Tailoring", de: "Anpassung" },
  what: { en: "What and why", de: "Was und warum" },
  fix: { en: "How to fix", de: "Abhilfe" },
  references: { en: "References", de: "Referenzen" },
  cases: {
    en: "Worst-practice cases it guards against",
    de: "Negativbeispiele, gegen die sie schützt",
  },
  source: { en: "Defined in", de: "Definiert in" },
  schema: {
    en: "A format check of manifest v1: the manifest must follow the JSON Schema (`security-manifest schema`).",
    de: "Eine Formatprüfung des Manifests v1: Das Manifest muss dem JSON-Schema folgen (`security-manifest schema`).",
  },
  when: { en: "when", de: "wenn gilt:" },
  parameter: { en: "Parameter", de: "Parameter" },
  everyProject: { en: "every project", de: "jedes Projekt" },
  severityBecomes: { en: "severity", de: "Schweregrad" },
} as const;

/** `security-manifest explain RULE`: what the rule checks, why, how to fix it, where it comes from. */
export function renderExplanation(
  entry: ExplainableRule,
  ruleSet: RuleSet,
  language: Language,
): string {
  const h = (key: keyof typeof HEADINGS) => HEADINGS[key][language];
  if (entry.kind === "schema") {
    return printed([
      `${entry.id} · ${entry.title}`,
      "",
      h("schema"),
      "",
      `${h("fix")}: ${SCHEMA_REMEDIATION[entry.id]?.[language] ?? entry.remediation}`,
    ]);
  }
  const { rule } = entry;
  const lines = [
    `${rule.id} · ${rule.title[language]}`,
    "",
    `${h("area")}: ${areaLabel(rule.area, language)}`,
    `${h("severity")}: ${severityLabel(rule.severity, language)}`,
    `${h("thesis")}: ${rule.thesis} — ${THESES[rule.thesis]?.[language] ?? ""}`,
    `${h("applies")}: ${rule.applies ? explainCondition(rule.applies, language) : h("everyProject")}`,
  ];
  for (const tuning of rule.tuning ?? []) {
    const changes = [
      tuning.severity
        ? `${h("severityBecomes")} ${severityLabel(tuning.severity, language)}`
        : undefined,
      ...Object.entries(tuning.params ?? {}).map(([name, value]) => `${name} = ${String(value)}`),
    ].filter(Boolean);
    lines.push(
      `${h("tuning")}: ${changes.join(", ")} ${h("when")} ${explainCondition(tuning.when, language)}`,
    );
  }
  for (const name of referencedParams(rule.check)) {
    const parameter = ruleSet.parameters[name];
    const value = rule.params?.[name] ?? parameter?.default;
    const tuned = (parameter?.tuning ?? []).map(
      (t) => `${String(t.value)} ${h("when")} ${explainCondition(t.when, language)}`,
    );
    lines.push(
      `${h("parameter")}: ${name} = ${String(value)}${tuned.length ? ` (${tuned.join("; ")})` : ""}`,
    );
  }
  const snippet = ruleSnippet(rule);
  // Placeholders filled from the example below and the parameters: no "{id}" and no "…".
  const remediation = explainedRemediation(rule, ruleSet, snippet, language);
  lines.push(
    "",
    `${h("what")}:`,
    `  ${rule.description[language]}`,
    "",
    `${h("fix")}:`,
    `  ${remediation}`,
  );
  if (snippet) {
    lines.push("", snippetHeading(language), "");
    for (const line of snippet.yaml.trimEnd().split("\n")) lines.push(`  ${line}`);
  }
  lines.push("", `${h("references")}: ${rule.references.join(", ")}`);
  if (rule.cases.length > 0) {
    lines.push("", `${h("cases")}:`);
    for (const id of rule.cases) {
      const known = ruleSet.cases.get(id);
      if (!known) continue;
      const incidents = known.incidents
        .map((incident) => `${incident.name} (${incident.year})`)
        .join(", ");
      lines.push(`  ${known.title[language]}: ${incidents}`);
    }
  }
  lines.push("", `${h("source")}: ${rule.source}`);
  return printed(lines);
}

/**
 * Each entry is one line of ours with pack text in it: made inert line by line, so a line break,
 * escape sequence or bidi override in a pack (or in its file name) cannot forge or hide a line.
 */
function printed(lines: string[]): string {
  return `${lines.map(terminalSafe).join("\n")}\n`;
}
