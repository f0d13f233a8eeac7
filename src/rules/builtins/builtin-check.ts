import type { Language } from "../../i18n/language.js";
import type { PersonRef, Severity } from "../../vocabulary/finding.js";
import type { EvaluationContext } from "../evaluation-context.js";
import type { Case } from "../rule-set.js";
import type { BuiltinCheck } from "../rule-types.js";

/** One gap a built-in check found: where, which item, and the values its message needs. */
export interface BuiltinGap {
  pointer: string;
  key: string;
  values: Record<string, unknown>;
  cases?: string[];
  /** Why this particular gap applies to the profile (added to the rule's reason). */
  reason?: string;
  severity?: Severity;
  /** The gap waits for somebody's approval on GitHub (e.g. a security champion's review). */
  pending?: { waiting_for: PersonRef[]; state: "pending" | "unverifiable" };
}

export interface BuiltinEnvironment {
  context: EvaluationContext;
  cases: ReadonlyMap<string, Case>;
  params: Readonly<Record<string, unknown>>;
  language: Language;
}

export type BuiltinCheckFunction = (
  check: BuiltinCheck,
  environment: BuiltinEnvironment,
) => BuiltinGap[];
