import type { ProblemParams, ProblemText } from "./en.js";

// Why a rule pack cannot be loaded, in English: written for pack authors, one entry per kind of
// load error with the facts as parameters (`rule` is the rule's id). German: rule-pack-de.ts.

/** Why a regular expression in a check is refused (`reason` of "unsafe-pattern"). */
export const EN_PATTERN_REASONS = {
  "too-long": (p: ProblemParams) => `longer than ${p.limit} characters`,
  "back-reference": () => "uses a back-reference",
  "look-around": () => "uses a look-around",
  invalid: (p: ProblemParams) => `is not a valid regular expression (${p.detail})`,
  "unbalanced-close": () => "cannot be analysed (unbalanced ')')",
  "unbalanced-open": () => "cannot be analysed (unbalanced '(')",
  "nested-quantifier": () => "repeats a group that contains a repetition (nested quantifier)",
  "repeated-alternatives": () => "repeats a group of alternatives (they may match the same text)",
  "overlapping-repetitions": () =>
    "has repetitions one after another that can match the same characters (like a*a*): each one multiplies the backtracking",
  "overlapping-alternatives": () =>
    "has alternatives that can match the same text right after a repetition or other such alternatives: each one multiplies the backtracking",
} satisfies Record<string, (p: ProblemParams) => string>;

export type PatternReason = keyof typeof EN_PATTERN_REASONS;

const reason = (p: ProblemParams) =>
  EN_PATTERN_REASONS[p.reason as PatternReason]?.(p) ?? String(p.reason);
const UNIT: Record<string, string> = { days: "days", years: "years" };

export const EN_RULE_PACK_PROBLEMS = {
  "rule-id-taken": {
    message: (p) => `rule ${p.rule}: the id is already used in ${p.earlier}`,
    hint: () => "give every rule its own id",
  },
  "superseded-by-itself": {
    message: (p) => `rule ${p.rule}: superseded_by names the rule itself`,
    hint: () => "name another loaded rule whose finding has the same root cause",
  },
  "superseded-by-unknown": {
    message: (p) => `rule ${p.rule}: superseded_by names the unknown rule "${p.target}"`,
    hint: () => "name another loaded rule whose finding has the same root cause",
  },
  "unknown-case": {
    message: (p) => `rule ${p.rule}: unknown case "${p.case}"`,
    hint: (p) => `use one of: ${p.known}`,
  },
  "unknown-parameter": {
    message: (p) => `rule ${p.rule}: unknown parameter "${p.name}"`,
    hint: () => "define it in the rule's params or in rules/profiles.yml",
  },
  "unsafe-pattern": {
    message: (p) => `rule ${p.rule}: pattern /${p.pattern}/ ${reason(p)}`,
    hint: () =>
      "use a simpler pattern: no nested repetition, no two repetitions in a row that can match the same characters (a*a*), no back-references or look-arounds",
  },
  "check-reference": {
    message: (p) => `rule ${p.rule}: the check uses ${p.keyword}: a check must be self-contained`,
    hint: () =>
      "write the condition out in the check; a pack cannot refer to other schemas, files or addresses (and `$ref: '#'` would never end)",
  },
  "number-out-of-range": {
    message: (p) =>
      `rule ${p.rule}: ${p.keyword} is ${p.value}; it must be a number of ${UNIT[p.unit ?? ""] ?? p.unit} from ${p.min} to ${p.max}`,
    hint: () =>
      "write a realistic number of days (or years): a hundred years is the most a check may span",
  },
  "check-invalid": {
    message: (p) => `rule ${p.rule}: the check is not a valid condition: ${p.detail}`,
    hint: () => "see docs/rule-packs.md for the keywords a check may use",
  },
  "check-unknown-keyword": {
    message: (p) => `rule ${p.rule}: the check is not a valid condition: ${p.detail}`,
    hint: () => "see docs/rule-packs.md for the keywords a check may use",
  },
  "check-keyword-value": {
    message: (p) => `rule ${p.rule}: the check is not a valid condition: ${p.detail}`,
    hint: () => "see docs/rule-packs.md for the keywords a check may use",
  },
  "check-unknown-format": {
    message: (p) => `rule ${p.rule}: the check is not a valid condition: ${p.detail}`,
    hint: () => "see docs/rule-packs.md for the keywords a check may use",
  },
} satisfies Record<string, ProblemText>;
