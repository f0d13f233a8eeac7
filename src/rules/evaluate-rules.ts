import type { Language } from "../i18n/language.js";
import { addDays } from "../manifest/iso-date.js";
import { displayPath } from "../manifest/validate-schema.js";
import type { YamlSource } from "../manifest/yaml-source.js";
import { type Finding, isSeverity } from "../vocabulary/finding.js";
import type { BuiltinGap } from "./builtins/builtin-check.js";
import { BUILTIN_CHECKS } from "./builtins/index.js";
import { conditionHolds, describeCondition } from "./condition.js";
import { type DanglingReference, danglingNote, danglingReferences } from "./dangling-references.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { lazyFinding, type RuleTexts } from "./lazy-finding.js";
import { resolveRule, substituteParams } from "./parameters.js";
import type { RuleSet } from "./rule-set.js";
import { isBuiltin, type SchemaCheck } from "./rule-types.js";
import { type SelectedItem, selectItems } from "./select-items.js";
import { foldSuperseded } from "./superseded.js";

/**
 * A gap before it becomes a finding: declarative checks produce the same shape as built-ins,
 * plus the ids a failed reference check could not find (named in the message with a guess).
 */
type Gap = Omit<BuiltinGap, "values"> & {
  values: GapValues;
  dangling?: DanglingReference[];
};

/** Runs every rule that applies to the profile and returns one finding per gap. */
export function evaluateRules(
  ruleSet: RuleSet,
  context: EvaluationContext,
  source: YamlSource,
  language: Language,
): Finding[] {
  const findings: Finding[] = [];
  // Many rules walk the same lists (/team: eight rules): each list is selected once per evaluation.
  const selections = new Map<string, SelectedItem[]>();
  const select = (pattern: string): SelectedItem[] => {
    let items = selections.get(pattern);
    if (!items) {
      items = selectItems(context.manifest, pattern);
      selections.set(pattern, items);
    }
    return items;
  };
  for (const rule of ruleSet.rules) {
    if (!conditionHolds(rule.applies, context.profile)) continue;
    const resolved = resolveRule(rule, context.profile, ruleSet.parameters, language);
    const gaps: Gap[] = isBuiltin(rule.check)
      ? (BUILTIN_CHECKS[rule.check.builtin]?.(rule.check, {
          context,
          cases: ruleSet.cases,
          params: resolved.params,
          language,
        }) ?? [])
      : schemaGaps(
          substituteParams(rule.check, resolved.params) as SchemaCheck,
          ruleSet,
          context,
          select,
        );
    if (gaps.length === 0) continue;
    // What every gap of the rule shares is worked out once, not per gap.
    const baseReason = rule.applies
      ? describeCondition(rule.applies, context.profile, language)
      : undefined;
    const ruleReasons = [baseReason, ...resolved.reasons].filter((r): r is string => Boolean(r));
    const ruleBecause = because(ruleReasons);
    const ruleValues: Values = {
      today: context.today,
      ...resolved.params,
      ...sinceValues(resolved.params, context.today),
    };
    const message = template(rule.message[language]);
    const remediation = template(rule.remediation[language]);
    const texts: RuleTexts = {
      message,
      remediation,
      shared: ruleValues,
      positionOf: (pointer) => source.positionOf(pointer),
    };
    // A gap keeps only the values its texts name: not every field of the item and its parent.
    const named = [...new Set([...message.names, ...remediation.names])];
    for (const gap of gaps) {
      const appliesBecause = gap.reason ? because([...ruleReasons, gap.reason]) : ruleBecause;
      // Item keys come from manifest text: bounded so reports stay within their schema.
      const item = gap.key.slice(0, 500);
      const finding = lazyFinding(
        {
          rule: rule.id,
          area: rule.area,
          severity: gap.severity ?? resolved.severity,
          thesis: rule.thesis,
          pointer: gap.pointer,
          references: rule.references,
          cases: gap.cases ?? rule.cases,
          fingerprint: `${rule.id}:${item}`,
          item,
        },
        texts,
        gap.values instanceof ItemScalars ? gap.values : pick(gap.values, named),
        gap.dangling && danglingSuffix(gap.dangling, language),
      );
      // Only rules tailored to the profile say why they apply; the rest apply to every project.
      if (appliesBecause !== undefined) finding.applies_because = appliesBecause;
      if (gap.pending) {
        finding.status = "pending-approval";
        finding.pending = { ...gap.pending, on_base: false };
      }
      findings.push(finding);
    }
  }
  return foldSuperseded(findings, ruleSet.rules);
}

/** The reasons a rule applies, each once, as the report shows them; none: undefined. */
function because(reasons: string[]): string | undefined {
  return reasons.length > 0 ? [...new Set(reasons)].join("; ") : undefined;
}

function schemaGaps(
  check: SchemaCheck,
  ruleSet: RuleSet,
  context: EvaluationContext,
  select: (pattern: string) => SelectedItem[],
): Gap[] {
  const { compiler } = ruleSet;
  const require = compiler.bind(check.require, context);
  if (!check.for_each) {
    if (require(context.manifest)) return [];
    const pointer = check.pointer ?? "";
    return [{ pointer, key: pointer || "manifest", values: {} }];
  }
  const where = check.where === undefined ? undefined : compiler.bind(check.where, context);
  const parentWhere =
    check.parent_where === undefined ? undefined : compiler.bind(check.parent_where, context);
  const label_ = check.label ? template(check.label) : undefined;
  const key_ = check.key ? template(check.key) : undefined;
  const gaps: Gap[] = [];
  for (const item of select(check.for_each)) {
    if (where && !where(item.value)) continue;
    if (parentWhere && !parentWhere(item.parent)) continue;
    if (require(item.value)) continue;
    const values = new ItemScalars(item.value, item.parent);
    const label = label_ ? label_(values) : defaultIdentity(item.value, item.pointer);
    const key = key_ ? key_(values) : defaultIdentity(item.value, item.pointer);
    const severityValue = check.severity_from ? values.get(check.severity_from) : undefined;
    values.label = label;
    const dangling = danglingReferences(
      check.require,
      item.value,
      context.manifest,
      context.ruleIds,
      (_manifest, pattern) => select(pattern),
    );
    gaps.push({
      dangling: dangling.length > 0 ? dangling : undefined,
      pointer:
        check.at && hasField(item.value, check.at) ? `${item.pointer}/${check.at}` : item.pointer,
      key,
      values,
      severity:
        typeof severityValue === "string" && isSeverity(severityValue) ? severityValue : undefined,
    });
  }
  return gaps;
}

/** The note a message gets for ids a reference check could not find (a guess at the intended one). */
function danglingSuffix(
  dangling: DanglingReference[],
  language: Language,
): ((message: string) => string) | undefined {
  return dangling.length > 0 ? (message) => danglingNote(message, dangling, language) : undefined;
}

const NO_VALUES: Readonly<Values> = Object.freeze(Object.create(null));

/** The values of `names` that `values` has, in an object without prototype (fields are data). */
function pick(values: Readonly<Values>, names: readonly string[]): Readonly<Values> {
  let picked: Values | undefined;
  for (const name of names) {
    if (!Object.hasOwn(values, name)) continue;
    picked ??= Object.create(null) as Values;
    picked[name] = values[name];
  }
  return picked ?? NO_VALUES;
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

/**
 * The `{…}` values of one gap of a declarative check: the item's text, number and yes/no fields
 * as `{field}`, its parent's as `{parent_field}` (a parent's field wins over an item field of
 * that name), and `{label}` once the label is known. Read from the item when a template asks:
 * a wide team has 130,000 gaps, and a copy of every field of each cost two objects per gap.
 */
class ItemScalars {
  label: string | undefined = undefined;

  constructor(
    private readonly item: unknown,
    private readonly parent: unknown,
  ) {}

  /** The value of a placeholder, or undefined when the item has none by that name. */
  get(name: string): unknown {
    if (name === "label" && this.label !== undefined) return this.label;
    if (name.startsWith("parent_")) {
      const fromParent = scalarField(this.parent, name.slice("parent_".length));
      if (fromParent !== undefined) return fromParent;
    }
    return scalarField(this.item, name);
  }
}

/** A text, number or yes/no field of an object (a list or other value has none). */
function scalarField(object: unknown, field: string): unknown {
  if (!object || typeof object !== "object" || Array.isArray(object)) return undefined;
  if (!Object.hasOwn(object, field)) return undefined;
  const value = (object as Values)[field];
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? value : undefined;
}

type Values = Record<string, unknown>;
/** A gap's own values: given as an object (built-in checks), or read from its item. */
type GapValues = Readonly<Values> | ItemScalars;

/** A template with its placeholders found once: filled per gap with the gap's values, then the rule's. */
type Template = ((own: GapValues, shared?: Readonly<Values>) => string) & {
  /** The placeholders it fills, in order. */
  readonly names: readonly string[];
};

/** Placeholders exactly as fill() (i18n/language.ts) finds them. */
const PLACEHOLDER = /\{([a-z_][a-z0-9_]*)\}/gi;
const TEMPLATES = new Map<string, Template>();
const TEMPLATES_MAX = 10_000;

/**
 * fill() for a template used for thousands of gaps: `{name}` becomes the value of `name` in
 * `own`, else in `shared`, when it is not undefined; other placeholders stay visible. Plain
 * substitution, nothing evaluated; the text is parsed once per template, not once per gap, and
 * the result is built by concatenation, so the template's text is shared, not copied.
 */
export function template(text: string): Template {
  const known = TEMPLATES.get(text);
  if (known) return known;
  const parts: string[] = [];
  const names: string[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, match.index));
    names.push(match[1] as string);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  const fill = (own: GapValues, shared?: Readonly<Values>) => {
    let out = parts[0] as string;
    const item = own instanceof ItemScalars ? own : undefined;
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string;
      const fromItem = item?.get(name);
      const value =
        fromItem !== undefined
          ? fromItem
          : !item && Object.hasOwn(own, name)
            ? (own as Readonly<Values>)[name]
            : shared && Object.hasOwn(shared, name)
              ? shared[name]
              : undefined;
      out += (value !== undefined ? String(value) : `{${name}}`) + parts[index + 1];
    }
    return out;
  };
  const compiled: Template = Object.assign(fill, { names: Object.freeze([...names]) });
  if (TEMPLATES.size >= TEMPLATES_MAX) TEMPLATES.clear();
  TEMPLATES.set(text, compiled);
  return compiled;
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
