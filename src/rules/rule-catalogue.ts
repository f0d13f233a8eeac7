import type { Language } from "../i18n/language.js";
import { SCHEMA_RULES } from "../manifest/schema-rules.js";
import type { RuleSet } from "./rule-set.js";
import type { Rule } from "./rule-types.js";

/** A rule as `explain` and the docs show it: pack rules, plus the format (schema) checks. */
export type ExplainableRule =
  | { kind: "pack"; rule: Rule }
  | { kind: "schema"; id: string; title: string; remediation: string };

export function findRule(
  ruleSet: RuleSet,
  id: string,
  language: Language,
): ExplainableRule | undefined {
  const wanted = id.trim().toUpperCase();
  const rule = ruleSet.rules.find((r) => r.id === wanted);
  if (rule) return { kind: "pack", rule };
  const schemaRule = Object.values(SCHEMA_RULES).find((r) => r.id === wanted);
  if (schemaRule) {
    return {
      kind: "schema",
      id: schemaRule.id,
      title: schemaRule.title[language],
      remediation: schemaRule.remediation[language],
    };
  }
  return undefined;
}

export function allRuleIds(ruleSet: RuleSet): string[] {
  return [...Object.values(SCHEMA_RULES).map((r) => r.id), ...ruleSet.rules.map((r) => r.id)];
}
