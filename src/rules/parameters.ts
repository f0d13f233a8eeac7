import type { Language, Localized } from "../i18n/language.js";
import type { Severity } from "../vocabulary/finding.js";
import { type Condition, conditionHolds, describeCondition } from "./condition.js";
import type { ProfileFacts } from "./profile.js";
import type { Rule } from "./rule-types.js";

/** A cadence or threshold that depends on the profile, shared by several rules (rules/profiles.yml). */
export interface ProfileParameter {
  description: Localized;
  default: unknown;
  tuning?: { when: Condition; value: unknown }[];
}

export interface ResolvedRule {
  severity: Severity;
  params: Record<string, unknown>;
  /** The profile conditions that tuned this rule, for the "why it applies" line. */
  reasons: string[];
}

/**
 * Resolves a rule for a profile: profile parameters first (first matching tuning wins), then the
 * rule's own params, then the rule's tuning (first match wins) for params and severity.
 */
export function resolveRule(
  rule: Rule,
  facts: ProfileFacts,
  parameters: Readonly<Record<string, ProfileParameter>>,
  language: Language,
): ResolvedRule {
  const params: Record<string, unknown> = {};
  const reasons: string[] = [];
  for (const name of referencedParams(rule.check)) {
    const parameter = Object.hasOwn(parameters, name) ? parameters[name] : undefined;
    if (!parameter) continue;
    const tuned = parameter.tuning?.find((t) => conditionHolds(t.when, facts));
    params[name] = tuned ? tuned.value : parameter.default;
    if (tuned) reasons.push(describeCondition(tuned.when, facts, language));
  }
  Object.assign(params, rule.params);
  let severity = rule.severity;
  const tuning = rule.tuning?.find((t) => conditionHolds(t.when, facts));
  if (tuning) {
    severity = tuning.severity ?? severity;
    Object.assign(params, tuning.params);
    reasons.push(describeCondition(tuning.when, facts, language));
  }
  return { severity, params, reasons };
}

/** Names of every `{$param: name}` placeholder in a check. */
export function referencedParams(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const element of value) referencedParams(element, found);
  } else if (value && typeof value === "object") {
    const param = (value as { $param?: unknown }).$param;
    if (typeof param === "string" && Object.keys(value).length === 1) found.add(param);
    else for (const element of Object.values(value)) referencedParams(element, found);
  }
  return found;
}

/** Replaces `{$param: name}` placeholders with values: plain data substitution, nothing evaluated. */
export function substituteParams(
  value: unknown,
  params: Readonly<Record<string, unknown>>,
): unknown {
  if (Array.isArray(value)) return value.map((element) => substituteParams(element, params));
  if (value && typeof value === "object") {
    const param = (value as { $param?: unknown }).$param;
    if (typeof param === "string" && Object.keys(value).length === 1)
      return Object.hasOwn(params, param) ? params[param] : undefined;
    return Object.fromEntries(
      Object.entries(value).map(([key, element]) => [key, substituteParams(element, params)]),
    );
  }
  return value;
}
