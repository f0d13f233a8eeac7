import type { Area, Finding, Severity } from "../vocabulary/finding.js";

/**
 * A finding whose texts and position are worked out when first read. A large manifest has far
 * more gaps than the report keeps (50,000 people: 133,000 gaps, 10,000 kept), and the gaps the
 * report cuts are only counted: building their message, advice and line for nothing was half of
 * the evaluation and a third of its memory. To every reader the finding is a plain object: the
 * same keys in the same order, enumerable, so JSON, spreads, `structuredClone` and equality see
 * the values; assigning one of the four fields replaces it like a data property.
 */

/** What all gaps of one rule share: their templates, the rule's values, where positions come from. */
/** A gap's own values as its templates read them (an object, or a reader of the gap's item). */
export type OwnValues = Readonly<Record<string, unknown>> | { get(name: string): unknown };

export interface RuleTexts {
  message: (own: OwnValues, shared: Readonly<Record<string, unknown>>) => string;
  remediation: (own: OwnValues, shared: Readonly<Record<string, unknown>>) => string;
  shared: Readonly<Record<string, unknown>>;
  positionOf: (pointer: string) => { line: number; column: number };
}

/** The eager part of a finding: every field but the four worked out on demand. */
export interface FindingFacts {
  rule: string;
  area: Area;
  severity: Severity;
  thesis: number | null;
  pointer: string;
  references: string[];
  cases: string[];
  fingerprint: string;
  item: string;
}

interface LazyState {
  texts: RuleTexts;
  /** The values of this gap that the templates name (nothing else of the item is kept). */
  values: OwnValues;
  /** What this gap adds to its message (ids a reference check could not find); rare. */
  suffix?: (message: string) => string;
  message?: string;
  remediation?: string;
  line?: number;
  column?: number;
}

const STATE = Symbol("lazy finding state");
type Lazy = Finding & { [STATE]: LazyState };

function state(finding: object): LazyState {
  return (finding as Lazy)[STATE];
}

function place(s: LazyState, pointer: string): void {
  const { line, column } = s.texts.positionOf(pointer);
  s.line = line;
  s.column = column;
}

/** One descriptor object per field, shared by every lazy finding (no closure per finding). */
function accessor(
  key: "message" | "remediation" | "line" | "column",
  get: (this: Lazy) => unknown,
) {
  return {
    enumerable: true,
    configurable: true,
    get,
    set(this: Lazy, value: unknown) {
      Object.defineProperty(this, key, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    },
  };
}

const MESSAGE = accessor("message", function message() {
  const s = state(this);
  if (s.message === undefined) {
    const text = s.texts.message(s.values, s.texts.shared);
    s.message = s.suffix ? text + s.suffix(text) : text;
  }
  return s.message;
});
const REMEDIATION = accessor("remediation", function remediation() {
  const s = state(this);
  if (s.remediation === undefined) s.remediation = s.texts.remediation(s.values, s.texts.shared);
  return s.remediation;
});
const LINE = accessor("line", function line() {
  const s = state(this);
  if (s.line === undefined) place(s, this.pointer);
  return s.line;
});
const COLUMN = accessor("column", function column() {
  const s = state(this);
  if (s.column === undefined) place(s, this.pointer);
  return s.column;
});

/** A finding of `facts` whose message, remediation, line and column come from `texts` when read. */
export function lazyFinding(
  facts: FindingFacts,
  texts: RuleTexts,
  values: OwnValues,
  suffix?: (message: string) => string,
): Finding {
  // Built field by field so the keys keep the report's order (JSON bytes stay the same).
  const finding = {
    rule: facts.rule,
    area: facts.area,
    severity: facts.severity,
    thesis: facts.thesis,
  } as Record<string | symbol, unknown>;
  Object.defineProperty(finding, STATE, {
    value: (suffix ? { texts, values, suffix } : { texts, values }) satisfies LazyState,
  });
  Object.defineProperty(finding, "message", MESSAGE);
  finding.pointer = facts.pointer;
  Object.defineProperty(finding, "line", LINE);
  Object.defineProperty(finding, "column", COLUMN);
  Object.defineProperty(finding, "remediation", REMEDIATION);
  finding.references = facts.references;
  finding.cases = facts.cases;
  finding.status = "new";
  finding.fingerprint = facts.fingerprint;
  finding.item = facts.item;
  return finding as unknown as Finding;
}
