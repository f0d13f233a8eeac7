import type { Localized } from "../i18n/language.js";
import type { Area, Severity } from "../vocabulary/finding.js";
import type { Condition } from "./condition.js";

/** A JSON Schema as rule packs write it, possibly with `{$param: name}` placeholders. */
export type SchemaData = Record<string, unknown> | boolean;

/**
 * A declarative check: `require` must hold for the manifest, or for every item that `for_each`
 * selects (and `where` admits). One finding per failing item.
 */
export interface SchemaCheck {
  /** JSON pointer to a list, `*` stepping into every element: `/team`, `/reviews/*\/findings`. */
  for_each?: string;
  where?: SchemaData;
  /** For nested lists (`/team/*\/trainings`): only items whose list owner matches this. */
  parent_where?: SchemaData;
  require: SchemaData;
  /** Point the finding at this field of the item (e.g. `evidence`) when the item has it. */
  at?: string;
  /** Where a manifest-level finding points (defaults to the manifest's top). */
  pointer?: string;
  /** Template naming the item in messages, e.g. "{name} ({role})". */
  label?: string;
  /** Template of the item's identity (for new/fixed matching and waiver scope); default id or name. */
  key?: string;
  /** Take the finding's severity from this field of the item (e.g. a review finding's severity). */
  severity_from?: string;
}

/** A check written in TypeScript where data cannot say it; packs only name and parametrise it. */
export interface BuiltinCheck {
  builtin: string;
  [parameter: string]: unknown;
}

export type Check = SchemaCheck | BuiltinCheck;

export interface Tuning {
  when: Condition;
  severity?: Severity;
  params?: Record<string, unknown>;
}

/** This rule's finding is a consequence of another rule's finding (see superseded.ts). */
export interface Supersession {
  rule: string;
  /** item (default): both findings are about the same item; any: the other rule fired at all. */
  match?: "item" | "any";
}

export interface Rule {
  id: string;
  area: Area;
  title: Localized;
  /** What the rule checks and why it matters. */
  description: Localized;
  remediation: Localized;
  /** Message of one finding; placeholders: the item's fields, {label}, {today}, params, {since}. */
  message: Localized;
  severity: Severity;
  thesis: number;
  applies?: Condition;
  tuning?: Tuning[];
  params?: Record<string, unknown>;
  references: string[];
  cases: string[];
  /** Rules whose finding names the same root cause: when they fire, this rule's finding is folded in. */
  superseded_by?: Supersession[];
  check: Check;
  /** The pack file the rule came from (for errors and docs). */
  source: string;
}

export interface RulePack {
  file: string;
  pack: string;
  area: Area;
  description?: Localized;
  rules: Rule[];
}

export function isBuiltin(check: Check): check is BuiltinCheck {
  return typeof (check as BuiltinCheck).builtin === "string";
}
