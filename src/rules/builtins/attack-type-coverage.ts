import { type Condition, conditionHolds, describeCondition } from "../condition.js";
import type { BuiltinCheckFunction } from "./builtin-check.js";

interface Requirement {
  types: string[];
  when?: Condition;
}

/**
 * Thesis 6: the threat model must consider the attack types that hit companies like this one.
 * The pack says which types the profile calls for; one gap per type no threat covers.
 */
export const attackTypeCoverage: BuiltinCheckFunction = (check, { context, cases, language }) => {
  const requirements = (check.required ?? []) as Requirement[];
  const model = (context.manifest.threat_model ?? {}) as { threats?: unknown };
  const threats = Array.isArray(model.threats)
    ? (model.threats as { attack_type?: unknown }[])
    : [];
  const covered = new Set(threats.map((threat) => threat?.attack_type));
  const gaps = new Map<string, { reason?: string }>();
  for (const requirement of requirements) {
    if (!conditionHolds(requirement.when, context.profile)) continue;
    for (const type of requirement.types) {
      if (covered.has(type) || gaps.has(type)) continue;
      gaps.set(type, {
        reason: requirement.when
          ? describeCondition(requirement.when, context.profile, language)
          : undefined,
      });
    }
  }
  const pointer = "threat_model" in context.manifest ? "/threat_model" : "";
  return [...gaps].map(([type, { reason }]) => ({
    pointer: threats.length > 0 ? "/threat_model/threats" : pointer,
    key: type,
    values: { attack_type: type, case_title: cases.get(type)?.title[language] ?? type },
    cases: [type],
    reason,
  }));
};
