/**
 * Glob matching for component `paths` from a manifest. The author of a pull request controls
 * both the manifest and the changed file names, so nothing here builds a regular expression from
 * them: a pattern becomes a list of path segments of simple tokens, matched with the iterative
 * wildcard algorithm (one backtrack point per segment) and, across segments, a table over
 * (pattern segment, path segment). A match costs at most O(pattern length × path length).
 *
 * Syntax, as picomatch with `{ dot: true, noextglob: true }` reads it for ordinary paths:
 * - `**` as a whole segment: zero or more whole path segments, at the end (`src/**`), the start
 *   or in between; `**` inside a segment (`a**b`) is the same as `*`.
 * - `*`: any run of characters within one segment; `?`: one character (never `/`).
 * - `[abc]`, `[a-z]`, `[!x]`, `[^x]`, `[[:alpha:]]`: one character (never `/`).
 * - `{a,b}`: alternatives, expanded before matching; `{a}` and `{1..3}` stay literal.
 * - Names starting with `.` are matched like any other (`dot: true`), but `*` and `**` never
 *   match a `.` or `..` segment.
 * - A leading `./` is ignored; `\` makes the next character literal.
 * - No extglobs and no negation: `!`, `(`, `)`, `|`, `+` and `@` are ordinary characters.
 *
 * Patterns longer than MAX_GLOB_LENGTH, with more than MAX_BRACE_ALTERNATIVES alternatives or
 * braces nested deeper than MAX_BRACE_DEPTH, are ignored (they match nothing), as are paths
 * longer than MAX_PATH_LENGTH.
 */

export const MAX_GLOB_LENGTH = 500;
export const MAX_PATH_LENGTH = 4096;
export const MAX_BRACE_ALTERNATIVES = 64;
export const MAX_BRACE_DEPTH = 8;

type Token =
  | { kind: "literal"; char: string }
  | { kind: "any" }
  | { kind: "star" }
  | { kind: "class"; negated: boolean; ranges: readonly CodeRange[] };

/** An inclusive range of code points. */
type CodeRange = readonly [number, number];

interface Segment {
  /** The segment is exactly `**`: zero or more whole path segments. */
  globstar: boolean;
  tokens: readonly Token[];
  hasStar: boolean;
}

/** A path split at `/`, each segment as an array of code points. */
type SplitPath = readonly (readonly string[])[];

/**
 * A predicate telling whether a path matches any of the patterns. Patterns that are empty or over
 * the limits are ignored.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const compiled: Segment[][] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    if (typeof pattern !== "string" || pattern.length > MAX_GLOB_LENGTH) continue;
    for (const alternative of expandBraces(pattern) ?? []) {
      if (seen.has(alternative)) continue;
      seen.add(alternative);
      const segments = compilePattern(alternative);
      if (segments !== undefined) compiled.push(segments);
    }
  }
  return (path) => {
    if (typeof path !== "string" || path === "" || path.length > MAX_PATH_LENGTH) return false;
    if (compiled.length === 0) return false;
    const split = path.split("/").map((segment) => Array.from(segment));
    return compiled.some((segments) => matchSegments(segments, split));
  };
}

/**
 * Expands `{a,b}` alternatives (nested too): `src/{a,b{1,2}}/**` gives `src/a/**`, `src/b1/**`,
 * `src/b2/**`. Braces without a top-level comma and unbalanced braces stay literal; escaped
 * braces and commas (`\{`) stay in the result escaped. Undefined when the pattern would expand
 * to more than MAX_BRACE_ALTERNATIVES patterns or nests deeper than MAX_BRACE_DEPTH.
 */
export function expandBraces(pattern: string): string[] | undefined {
  const groups = findBraceGroups(pattern);
  if (groups.size === 0) return [pattern];

  const expand = (start: number, end: number, depth: number): string[] | undefined => {
    let results = [""];
    let literalStart = start;
    let i = start;
    while (i < end) {
      if (pattern[i] === "\\") {
        i += 2;
        continue;
      }
      const group = groups.get(i);
      if (group === undefined) {
        i++;
        continue;
      }
      if (depth >= MAX_BRACE_DEPTH) return undefined;
      const alternatives: string[] = [];
      let from = i + 1;
      for (const boundary of [...group.commas, group.close]) {
        const expanded = expand(from, boundary, depth + 1);
        if (expanded === undefined) return undefined;
        alternatives.push(...expanded);
        from = boundary + 1;
      }
      if (results.length * alternatives.length > MAX_BRACE_ALTERNATIVES) return undefined;
      const prefix = pattern.slice(literalStart, i);
      results = results.flatMap((head) => alternatives.map((tail) => head + prefix + tail));
      i = group.close + 1;
      literalStart = i;
    }
    const rest = pattern.slice(literalStart, end);
    return results.map((head) => head + rest);
  };

  return expand(0, pattern.length, 0);
}

/** Balanced `{…}` pairs with at least one top-level comma, by the index of their `{`. */
function findBraceGroups(pattern: string): Map<number, { close: number; commas: number[] }> {
  const groups = new Map<number, { close: number; commas: number[] }>();
  const open: { start: number; commas: number[] }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") i++;
    else if (char === "{") open.push({ start: i, commas: [] });
    else if (char === "," && open.length > 0) open[open.length - 1]?.commas.push(i);
    else if (char === "}") {
      const group = open.pop();
      if (group !== undefined && group.commas.length > 0) {
        groups.set(group.start, { close: i, commas: group.commas });
      }
    }
  }
  return groups;
}

/** A brace-free pattern as segments, or undefined when it is empty. */
function compilePattern(pattern: string): Segment[] | undefined {
  let rest = pattern;
  while (rest.startsWith("./")) rest = rest.slice(2);
  if (rest === "") return undefined;

  const chars = Array.from(rest);
  const segments: Segment[] = [];
  let tokens: Token[] = [];
  let source = "";
  const endSegment = () => {
    const globstar = source === "**";
    const hasStar = tokens.some((token) => token.kind === "star");
    segments.push({ globstar, tokens: globstar ? [] : tokens, hasStar });
    tokens = [];
    source = "";
  };

  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (char === "/") {
      endSegment();
      continue;
    }
    source += char;
    if (char === "\\" && i + 1 < chars.length) {
      const escaped = chars[++i] as string;
      source += escaped;
      // picomatch reads `\/` as a separator; a segment can never contain `/` anyway.
      if (escaped === "/") endSegment();
      else tokens.push({ kind: "literal", char: escaped });
    } else if (char === "*") {
      if (tokens[tokens.length - 1]?.kind !== "star") tokens.push({ kind: "star" });
    } else if (char === "?") {
      tokens.push({ kind: "any" });
    } else if (char === "[") {
      const parsed = parseClass(chars, i);
      if (parsed === undefined) tokens.push({ kind: "literal", char });
      else {
        tokens.push(parsed.token);
        source += chars.slice(i + 1, parsed.end + 1).join("");
        i = parsed.end;
      }
    } else {
      tokens.push({ kind: "literal", char });
    }
  }
  endSegment();
  return segments;
}

const POSIX_CLASSES: Record<string, readonly CodeRange[]> = {
  alnum: [range("0", "9"), range("A", "Z"), range("a", "z")],
  alpha: [range("A", "Z"), range("a", "z")],
  blank: [range(" ", " "), range("\t", "\t")],
  cntrl: [
    [0, 31],
    [127, 127],
  ],
  digit: [range("0", "9")],
  graph: [range("!", "~")],
  lower: [range("a", "z")],
  print: [range(" ", "~")],
  punct: [range("!", "/"), range(":", "@"), range("[", "`"), range("{", "~")],
  space: [range("\t", "\r"), range(" ", " ")],
  upper: [range("A", "Z")],
  word: [range("0", "9"), range("A", "Z"), range("a", "z"), range("_", "_")],
  xdigit: [range("0", "9"), range("A", "F"), range("a", "f")],
};

function range(from: string, to: string): CodeRange {
  return [from.codePointAt(0) ?? 0, to.codePointAt(0) ?? 0];
}

/**
 * The character class starting at `chars[start]` (a `[`) and the index of its closing `]`, or
 * undefined when there is no closing `]` in the same segment (then `[` is an ordinary character).
 */
function parseClass(
  chars: readonly string[],
  start: number,
): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = chars[i] === "!" || chars[i] === "^";
  if (negated) i++;
  const ranges: CodeRange[] = [];
  const first = i;
  /** The literal character at `i` (after a `\`), advancing `i` past it. */
  const take = (): string | undefined => {
    if (chars[i] === "\\" && i + 1 < chars.length) i++;
    return chars[i++];
  };
  while (i < chars.length) {
    const char = chars[i];
    if (char === "/") return undefined;
    if (char === "]" && i > first) return { token: { kind: "class", negated, ranges }, end: i };
    if (char === "[" && chars[i + 1] === ":") {
      const close = chars.indexOf(":", i + 2);
      const name = close > 0 ? chars.slice(i + 2, close).join("") : "";
      const posix = Object.hasOwn(POSIX_CLASSES, name) ? POSIX_CLASSES[name] : undefined;
      if (posix !== undefined && chars[close + 1] === "]") {
        ranges.push(...posix);
        i = close + 2;
        continue;
      }
    }
    const low = take() ?? "";
    if (chars[i] === "-" && i + 1 < chars.length && chars[i + 1] !== "]") {
      i++;
      const high = take() ?? "";
      if (high === "/") return undefined;
      ranges.push(range(low, high));
    } else {
      ranges.push(range(low, low));
    }
  }
  return undefined;
}

/** Whether the path segments match the pattern segments: a table over both, row by row. */
function matchSegments(pattern: readonly Segment[], path: SplitPath): boolean {
  // reach[j]: the pattern segments so far match the first j path segments.
  let reach = new Uint8Array(path.length + 1);
  reach[0] = 1;
  for (const segment of pattern) {
    const next = new Uint8Array(path.length + 1);
    let any = false;
    if (segment.globstar) {
      let open = false;
      for (let j = 0; j <= path.length; j++) {
        open ||= reach[j] === 1;
        if (open) {
          next[j] = 1;
          any = true;
        }
        const part = path[j];
        if (part !== undefined && isDotSegment(part)) open = false;
      }
    } else {
      for (let j = 0; j < path.length; j++) {
        if (reach[j] === 1 && matchSegment(segment, path[j] ?? [])) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reach = next;
  }
  return reach[path.length] === 1;
}

/**
 * Whether one path segment matches one pattern segment: the iterative wildcard algorithm. On a
 * mismatch it only ever returns to the last `*`, letting it take one more character, so the cost
 * is at most O(tokens × characters), never exponential.
 */
function matchSegment(segment: Segment, text: readonly string[]): boolean {
  const { tokens } = segment;
  // `*` never matches an empty segment (`a/*` does not match `a/`), nor `.` or `..`.
  if (text.length === 0) return tokens.length === 0;
  if (segment.hasStar && isDotSegment(text)) return false;
  let t = 0;
  let i = 0;
  let starToken = -1;
  let starText = 0;
  while (i < text.length) {
    const token = tokens[t];
    if (token?.kind === "star") {
      starToken = t++;
      starText = i;
    } else if (token !== undefined && matchesChar(token, text[i] as string)) {
      t++;
      i++;
    } else if (starToken >= 0) {
      t = starToken + 1;
      i = ++starText;
    } else {
      return false;
    }
  }
  while (tokens[t]?.kind === "star") t++;
  return t === tokens.length;
}

function matchesChar(token: Token, char: string): boolean {
  switch (token.kind) {
    case "literal":
      return token.char === char;
    case "any":
      return true;
    case "star":
      return false;
    case "class": {
      const code = char.codePointAt(0) ?? -1;
      const inside = token.ranges.some(([low, high]) => low <= code && code <= high);
      return inside !== token.negated;
    }
  }
}

function isDotSegment(text: readonly string[]): boolean {
  return (text.length === 1 || text.length === 2) && text.every((char) => char === ".");
}
