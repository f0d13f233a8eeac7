import { fill, type Language } from "../i18n/language.js";
import { addDays } from "../manifest/iso-date.js";
import { displayPath } from "../manifest/validate-schema.js";
import type { YamlSource } from "../manifest/yaml-source.js";
import { type Finding, isSeverity, type Severity } from "../report/finding.js";
import type { BuiltinGap } from "./builtins/builtin-check.js";
import { BUILTIN_CHECKS } from "./builtins/index.js";
import { conditionHolds, describeCondition } from "./condition.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { resolveRule, substituteParams } from "./parameters.js";
import type { RuleSet } from "./rule-set.js";
import { isBuiltin, type SchemaCheck } from "./rule-types.js";
import { selectItems } from "./select-items.js";

/** A gap before it becomes a finding: declarative checks produce the same shape as built-ins. */
type Gap = BuiltinGap;

/** Runs every rule that applies to the profile and returns one finding per gap. */
export function evaluateRules(
  ruleSet: RuleSet,
  context: EvaluationContext,
  source: YamlSource,
  language: Language,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of ruleSet.rules) {
    if (!conditionHolds(rule.applies, context.profile)) continue;
    const resolved = resolveRule(rule, context.profile, ruleSet.parameters, language);
    const gaps = isBuiltin(rule.check)
      ? (BUILTIN_CHECKS[rule.check.builtin]?.(rule.check, {
          context,
          cases: ruleSet.cases,
          params: resolved.params,
          language,
        }) ?? [])
      : schemaGaps(substituteParams(rule.check, resolved.params) as SchemaCheck, ruleSet, context);
    const baseReason = rule.applies
      ? describeCondition(rule.applies, context.profile, language)
      : undefined;
    for (const gap of gaps) {
      const reasons = [baseReason, ...resolved.reasons, gap.reason].filter((r): r is string =>
        Boolean(r),
      );
      const values = {
        today: context.today,
        ...resolved.params,
        ...sinceValues(resolved.params, context.today),
        ...gap.values,
      };
      const { line, column } = source.positionOf(gap.pointer);
      findings.push({
        rule: rule.id,
        area: rule.area,
        severity: gap.severity ?? resolved.severity,
        thesis: rule.thesis,
        message: fill(rule.message[language], values),
        pointer: gap.pointer,
        line,
        column,
        remediation: fill(rule.remediation[language], values),
        references: rule.references,
        cases: gap.cases ?? rule.cases,
        status: "new",
        // Item keys come from manifest text: bounded so reports stay within their schema.
        fingerprint: `${rule.id}:${gap.key.slice(0, 500)}`,
        item: gap.key.slice(0, 500),
        // Only rules tailored to the profile say why they apply; the rest apply to every project.
        ...(reasons.length > 0 ? { applies_because: [...new Set(reasons)].join("; ") } : {}),
        ...(gap.pending
          ? { status: "pending-approval", pending: { ...gap.pending, on_base: false } }
          : {}),
      });
    }
  }
  return findings;
}

function schemaGaps(check: SchemaCheck, ruleSet: RuleSet, context: EvaluationContext): Gap[] {
  const require = ruleSet.compiler.compile(check.require);
  if (!check.for_each) {
    if (require.call(context, context.manifest)) return [];
    const pointer = check.pointer ?? "";
    return [{ pointer, key: pointer || "manifest", values: {} }];
  }
  const where = check.where === undefined ? undefined : ruleSet.compiler.compile(check.where);
  const parentWhere =
    check.parent_where === undefined ? undefined : ruleSet.compiler.compile(check.parent_where);
  const gaps: Gap[] = [];
  for (const item of selectItems(context.manifest, check.for_each)) {
    if (where && !where.call(context, item.value)) continue;
    if (parentWhere && !parentWhere.call(context, item.parent)) continue;
    if (require.call(context, item.value)) continue;
    const values = { ...scalarsOf(item.value), ...prefixed("parent_", scalarsOf(item.parent)) };
    const label = check.label
      ? fill(check.label, values)
      : defaultIdentity(item.value, item.pointer);
    const key = check.key ? fill(check.key, values) : defaultIdentity(item.value, item.pointer);
    const severityValue = check.severity_from ? values[check.severity_from] : undefined;
    gaps.push({
      pointer:
        check.at && hasField(item.value, check.at) ? `${item.pointer}/${check.at}` : item.pointer,
      key,
      values: { ...values, label },
      severity:
        typeof severityValue === "string" && isSeverity(severityValue) ? severityValue : undefined,
    });
  }
  return gaps;
}

function hasField(value: unknown, field: string): boolean {
  return Boolean(value) && typeof value === "object" && Object.hasOwn(value as object, field);
}

/** An item is known by its id, else its name, else its place in the manifest. */
function defaultIdentity(value: unknown, pointer: string): string {
  const data = (value ?? {}) as Record<string, unknown>;
  for (const field of ["id", "name", "title", "rule", "threat"]) {
    if (typeof data[field] === "string") return data[field] as string;
  }
  return displayPath(pointer);
}

function scalarsOf(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => ["string", "number", "boolean"].includes(typeof v)),
  );
}

function prefixed(prefix: string, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}${k}`, v]));
}

/** A `…max_age_days` parameter also gives `{…since}`: the date before which evidence is too old. */
function sinceValues(params: Record<string, unknown>, today: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const match = /^(.*)max_age_days$/.exec(name);
    if (match && typeof value === "number") values[`${match[1]}since`] = addDays(today, -value);
  }
  return values;
}
