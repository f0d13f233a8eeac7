import { EN_PATTERN_REASONS, type PatternReason } from "../i18n/problems/rule-pack-en.js";

/**
 * Regular expressions from rule packs run on manifest text, so a careless or hostile pattern must
 * not be able to hang the engine (catastrophic backtracking). Patterns are checked when a pack is
 * loaded and matched against bounded input when rules run.
 *
 * The check parses the pattern (as Ajv compiles it, with the `u` flag) and refuses what makes a
 * backtracking engine slow:
 * - a repeated group that contains a repetition or alternatives: `(a+)+`, `(a|a)*` (exponential);
 * - repetitions, one after another, that can match the same characters: `a*a*`, `\w+\s?\w+`,
 *   `a?a?a?…` (polynomial, or exponential for a chain of `?`): each one multiplies the ways to
 *   split the input. A character that the earlier repetition cannot match fences it off, so
 *   `[a-z]+(-[a-z]+)?` and `\d+(\.\d+)?` stay allowed;
 * - alternatives that can start with the same character after such a repetition, or after each
 *   other: `(a|a)(a|a)…` doubles the work with every group;
 * - back-references and look-arounds.
 */
export const MAX_PATTERN_LENGTH = 200;
/** Longest text a pack pattern is tested against; manifest values are far shorter. */
export const MAX_MATCH_INPUT = 512;

/** Why a pattern is refused: an entry of the pattern reasons (src/i18n/problems/rule-pack-*) and its facts. */
export interface UnsafePattern {
  reason: PatternReason;
  params: Readonly<Record<string, string>>;
}

/** Why a pattern is refused, or undefined when it is safe to run. */
export function unsafePattern(pattern: string): UnsafePattern | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH)
    return { reason: "too-long", params: { limit: String(MAX_PATTERN_LENGTH) } };
  if (/\\[1-9]|\\k</.test(pattern)) return { reason: "back-reference", params: {} };
  if (/\(\?<?[=!]/.test(pattern)) return { reason: "look-around", params: {} };
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { reason: "invalid", params: { detail } };
  }
  try {
    analyse(new PatternParser(pattern).parse(), []);
    return undefined;
  } catch (error) {
    if (error instanceof Unsafe) return { reason: error.reason, params: {} };
    throw error;
  }
}

/** Why a pattern is refused, in English (what the Ajv hook and tests read), or undefined. */
export function unsafePatternReason(pattern: string): string | undefined {
  const unsafe = unsafePattern(pattern);
  return unsafe && EN_PATTERN_REASONS[unsafe.reason](unsafe.params);
}

/** Ajv's regExp hook: the pattern was vetted at load time; input is bounded here. */
export function boundedRegExp(
  pattern: string,
  flags: string,
): { test: (input: string) => boolean } {
  const reason = unsafePatternReason(pattern);
  if (reason) throw new Error(`unsafe pattern /${pattern}/: ${reason}`);
  const regExp = new RegExp(pattern, flags);
  return { test: (input: string) => input.length <= MAX_MATCH_INPUT && regExp.test(input) };
}
boundedRegExp.code = 'require("./src/rules/safe-pattern.ts").boundedRegExp';

class Unsafe extends Error {
  readonly reason: PatternReason;

  constructor(reason: PatternReason) {
    super(EN_PATTERN_REASONS[reason]({}));
    this.reason = reason;
  }
}

// ---- character sets: sorted, disjoint code-point ranges; "any" when we cannot tell ----------

type CharSet = readonly (readonly [number, number])[] | "any";

const MAX_CODE_POINT = 0x10ffff;
const DIGIT: CharSet = [[0x30, 0x39]];
const WORD: CharSet = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
const SPACE: CharSet = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const LINE_TERMINATORS: CharSet = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];

function normalise(ranges: (readonly [number, number])[]): CharSet {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function complement(set: CharSet): CharSet {
  // The complement of "we cannot tell" is still "we cannot tell".
  if (set === "any") return "any";
  const out: [number, number][] = [];
  let next = 0;
  for (const [from, to] of set) {
    if (from > next) out.push([next, from - 1]);
    next = to + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

function union(sets: readonly CharSet[]): CharSet {
  if (sets.includes("any")) return "any";
  return normalise((sets as (readonly (readonly [number, number])[])[]).flat());
}

function overlaps(a: CharSet, b: CharSet): boolean {
  if (a === "any") return b === "any" || b.length > 0;
  if (b === "any") return a.length > 0;
  return a.some(([aFrom, aTo]) => b.some(([bFrom, bTo]) => aFrom <= bTo && bFrom <= aTo));
}

// ---- the pattern as a small tree ---------------------------------------------------------------

type PatternNode =
  | { kind: "char"; set: CharSet }
  /** Anchors and word boundaries: they match no character. */
  | { kind: "empty" }
  | { kind: "seq"; items: PatternNode[] }
  | { kind: "alt"; branches: PatternNode[] }
  | { kind: "group"; body: PatternNode }
  | { kind: "repeat"; body: PatternNode; min: number; max: number };

/** A recursive-descent parser for the `u`-flag syntax (the pattern is short and already valid). */
class PatternParser {
  readonly #source: string;
  #at = 0;

  constructor(source: string) {
    this.#source = source;
  }

  parse(): PatternNode {
    const node = this.#alternatives();
    if (this.#at < this.#source.length) throw new Unsafe("unbalanced-close");
    return node;
  }

  #peek(offset = 0): string | undefined {
    return this.#source[this.#at + offset];
  }

  #alternatives(): PatternNode {
    const branches = [this.#sequence()];
    while (this.#peek() === "|") {
      this.#at++;
      branches.push(this.#sequence());
    }
    return branches.length === 1 ? (branches[0] as PatternNode) : { kind: "alt", branches };
  }

  #sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (this.#at < this.#source.length && this.#peek() !== "|" && this.#peek() !== ")") {
      const atom = this.#atom();
      items.push(this.#quantified(atom));
    }
    return { kind: "seq", items };
  }

  #quantified(atom: PatternNode): PatternNode {
    const char = this.#peek();
    let bounds: [number, number] | undefined;
    if (char === "*") bounds = [0, Number.POSITIVE_INFINITY];
    else if (char === "+") bounds = [1, Number.POSITIVE_INFINITY];
    else if (char === "?") bounds = [0, 1];
    else if (char === "{") {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.#source.slice(this.#at));
      if (match) {
        const min = Number(match[1]);
        const max =
          match[2] === undefined
            ? min
            : match[3] === ""
              ? Number.POSITIVE_INFINITY
              : Number(match[3]);
        this.#at += match[0].length - 1;
        bounds = [min, max];
      }
    }
    if (!bounds) return atom;
    this.#at++;
    if (this.#peek() === "?") this.#at++; // lazy: the same choices, tried in another order
    return { kind: "repeat", body: atom, min: bounds[0], max: bounds[1] };
  }

  #atom(): PatternNode {
    const char = this.#peek() as string;
    if (char === "(") {
      this.#at++;
      if (this.#peek() === "?") {
        if (this.#peek(1) === ":") this.#at += 2;
        else if (this.#peek(1) === "<" && this.#peek(2) !== "=" && this.#peek(2) !== "!") {
          const close = this.#source.indexOf(">", this.#at);
          this.#at = close + 1;
        } else throw new Unsafe("look-around");
      }
      const body = this.#alternatives();
      if (this.#peek() !== ")") throw new Unsafe("unbalanced-open");
      this.#at++;
      return { kind: "group", body };
    }
    if (char === "[") return { kind: "char", set: this.#characterClass() };
    if (char === ".") {
      this.#at++;
      return { kind: "char", set: complement(LINE_TERMINATORS) };
    }
    if (char === "^" || char === "$") {
      this.#at++;
      return { kind: "empty" };
    }
    if (char === "\\") {
      const next = this.#peek(1);
      if (next === "b" || next === "B") {
        this.#at += 2;
        return { kind: "empty" };
      }
      return { kind: "char", set: this.#escape(false) };
    }
    return { kind: "char", set: this.#literal() };
  }

  #literal(): CharSet {
    const code = this.#source.codePointAt(this.#at) as number;
    this.#at += code > 0xffff ? 2 : 1;
    return [[code, code]];
  }

  /** An escape at the cursor (which points at the backslash), as a set of characters. */
  #escape(inClass: boolean): CharSet {
    const letter = this.#peek(1) as string;
    this.#at += 2;
    const single = (code: number): CharSet => [[code, code]];
    switch (letter) {
      case "d":
        return DIGIT;
      case "D":
        return complement(DIGIT);
      case "w":
        return WORD;
      case "W":
        return complement(WORD);
      case "s":
        return SPACE;
      case "S":
        return complement(SPACE);
      case "t":
        return single(0x09);
      case "n":
        return single(0x0a);
      case "v":
        return single(0x0b);
      case "f":
        return single(0x0c);
      case "r":
        return single(0x0d);
      case "0":
        return single(0);
      case "b":
        return inClass ? single(0x08) : "any";
      case "p":
      case "P": {
        // Unicode properties: we do not tabulate them, so they may overlap anything.
        const close = this.#source.indexOf("}", this.#at);
        this.#at = close + 1;
        return "any";
      }
      case "c": {
        const control = this.#source.charCodeAt(this.#at) % 32;
        this.#at++;
        return single(control);
      }
      case "x": {
        const code = Number.parseInt(this.#source.slice(this.#at, this.#at + 2), 16);
        this.#at += 2;
        return single(code);
      }
      case "u": {
        if (this.#peek() === "{") {
          const close = this.#source.indexOf("}", this.#at);
          const code = Number.parseInt(this.#source.slice(this.#at + 1, close), 16);
          this.#at = close + 1;
          return single(code);
        }
        const code = Number.parseInt(this.#source.slice(this.#at, this.#at + 4), 16);
        this.#at += 4;
        return single(code);
      }
      case "k":
        throw new Unsafe("back-reference");
      default:
        if (/[1-9]/.test(letter)) throw new Unsafe("back-reference");
        return single(letter.codePointAt(0) as number);
    }
  }

  #characterClass(): CharSet {
    this.#at++; // [
    const negated = this.#peek() === "^";
    if (negated) this.#at++;
    const parts: CharSet[] = [];
    while (this.#at < this.#source.length && this.#peek() !== "]") {
      const from = this.#classAtom();
      if (this.#peek() === "-" && this.#peek(1) !== "]" && this.#peek(1) !== undefined) {
        this.#at++;
        const to = this.#classAtom();
        const low = from !== "any" && from.length === 1 ? from[0]?.[0] : undefined;
        const high = to !== "any" && to.length === 1 ? to[0]?.[1] : undefined;
        parts.push(low !== undefined && high !== undefined ? [[low, high]] : "any");
      } else parts.push(from);
    }
    this.#at++; // ]
    const set = union(parts);
    return negated ? complement(set) : set;
  }

  #classAtom(): CharSet {
    return this.#peek() === "\\" ? this.#escape(true) : this.#literal();
  }
}

// ---- the analysis ------------------------------------------------------------------------------

function contains(node: PatternNode, kind: "repeat" | "alt"): boolean {
  switch (node.kind) {
    case "seq":
      return node.items.some((item) => contains(item, kind));
    case "alt":
      return kind === "alt" || node.branches.some((branch) => contains(branch, kind));
    case "group":
      return contains(node.body, kind);
    case "repeat":
      return kind === "repeat" || contains(node.body, kind);
    default:
      return false;
  }
}

/** Every character the node can match anywhere. */
function charsOf(node: PatternNode): CharSet {
  switch (node.kind) {
    case "char":
      return node.set;
    case "seq":
      return union(node.items.map(charsOf));
    case "alt":
      return union(node.branches.map(charsOf));
    case "group":
    case "repeat":
      return charsOf(node.body);
    default:
      return [];
  }
}

function nullable(node: PatternNode): boolean {
  switch (node.kind) {
    case "char":
      return false;
    case "seq":
      return node.items.every(nullable);
    case "alt":
      return node.branches.some(nullable);
    case "group":
      return nullable(node.body);
    case "repeat":
      return node.min === 0 || nullable(node.body);
    default:
      return true;
  }
}

/** The characters the node's match can start with. */
function firstChars(node: PatternNode): CharSet {
  switch (node.kind) {
    case "char":
      return node.set;
    case "seq": {
      const sets: CharSet[] = [];
      for (const item of node.items) {
        sets.push(firstChars(item));
        if (!nullable(item)) break;
      }
      return union(sets);
    }
    case "alt":
      return union(node.branches.map(firstChars));
    case "group":
    case "repeat":
      return firstChars(node.body);
    default:
      return [];
  }
}

/** Alternatives that can start alike (or be empty) leave the engine a choice it may have to undo. */
function ambiguous(branches: readonly PatternNode[]): boolean {
  if (branches.some(nullable)) return true;
  const firsts = branches.map(firstChars);
  return firsts.some((a, i) => firsts.slice(i + 1).some((b) => overlaps(a, b)));
}

/**
 * Walks the pattern left to right with the "live" repetitions: those whose end is not fixed yet,
 * because nothing they cannot match has come since. A new repetition (or an ambiguous choice)
 * over characters a live repetition can match is refused. Returns the live sets after the node.
 */
function analyse(node: PatternNode, live: readonly CharSet[]): CharSet[] {
  switch (node.kind) {
    case "empty":
      return [...live];
    case "char":
      // A character the live repetition cannot match fixes where it ends.
      return live.filter((set) => overlaps(set, node.set));
    case "seq": {
      let current = [...live];
      for (const item of node.items) current = analyse(item, current);
      return current;
    }
    case "group":
      return analyse(node.body, live);
    case "alt": {
      const choice = ambiguous(node.branches);
      const all = charsOf(node);
      if (choice && live.some((set) => overlaps(set, all)))
        throw new Unsafe("overlapping-alternatives");
      const after = node.branches.flatMap((branch) => analyse(branch, live));
      return choice ? [...after, all] : after;
    }
    case "repeat": {
      if (node.max === 0) return [...live];
      if (node.max === 1) {
        if (node.min === 1) return analyse(node.body, live);
        // Optional: taking it or not is a choice, decided by its first character.
        const first = firstChars(node.body);
        if (live.some((other) => overlaps(other, first)))
          throw new Unsafe("overlapping-repetitions");
        return [...live, ...analyse(node.body, live), first];
      }
      if (contains(node.body, "repeat")) throw new Unsafe("nested-quantifier");
      if (contains(node.body, "alt")) throw new Unsafe("repeated-alternatives");
      const set = charsOf(node.body);
      const kept = node.min >= 1 ? live.filter((other) => overlaps(other, set)) : [...live];
      if (node.min === node.max) return kept;
      if (live.some((other) => overlaps(other, set))) throw new Unsafe("overlapping-repetitions");
      return [...kept, set];
    }
  }
}
