import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  visit,
} from "yaml";
import { positionInText } from "./decode-source.js";
import { sourceError } from "./manifest-error.js";
import {
  indexPositions,
  keyOffsetOf,
  offsetOf,
  type PositionIndex,
  readDocument,
} from "./position-index.js";
import { yamlErrorProblem } from "./yaml-error-problem.js";
import { plainYamlError } from "./yaml-syntax-hint.js";

/** Inputs larger than this are refused before parsing: no manifest or rule pack is this big. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;
/** Aliases resolved per document; more hints at an alias bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Values a document may expand to through aliases: far above any real manifest, far below a bomb. */
const MAX_EXPANDED_NODES = 1_000_000;
/**
 * Lists and mappings inside each other, at most: a manifest needs about 6, a rule pack's check
 * about 15. Deeper input is refused before parsing goes on, so nothing recursive (the YAML
 * composer, the schema validator, the rules) can run out of stack on it.
 */
export const MAX_DEPTH = 64;

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML file that still knows where every value came from. */
export class YamlSource {
  readonly file: string;
  readonly data: unknown;
  readonly #positions: PositionIndex;
  readonly #lines: LineCounter;

  /** Keeps only the document's positions (see position-index.ts), not the document. */
  constructor(file: string, data: unknown, positions: PositionIndex, lines: LineCounter) {
    this.file = file;
    this.data = data;
    this.#positions = positions;
    this.#lines = lines;
  }

  positionOfOffset(offset: number): Position {
    const { line, col } = this.#lines.linePos(offset);
    return { line, column: col };
  }

  /**
   * Position of the value a JSON pointer names; falls back to the nearest existing parent. For a
   * mapping value it is the key's: that is where a reader looks for it.
   */
  positionOf(pointer: string): Position {
    const offset = offsetOf(this.#positions, pointerToPath(pointer));
    return offset < 0 ? { line: 1, column: 1 } : this.positionOfOffset(offset);
  }

  /** The text of a top-level scalar as written in the file (`1.0` for the number 1). */
  topLevelScalarSource(key: string): string | undefined {
    return this.#positions.topLevelSources.get(key);
  }

  /** Position of the key `key` inside the mapping at `pointer` (for unknown-key errors). */
  positionOfKey(pointer: string, key: string): Position {
    const offset = keyOffsetOf(this.#positions, pointerToPath(pointer), key);
    return offset === undefined ? this.positionOf(pointer) : this.positionOfOffset(offset);
  }
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "" || pointer === "/") return [];
  const parts = pointer.slice(1).split("/");
  const path: (string | number)[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i] as string;
    const part = raw.includes("~") ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw;
    path[i] = ARRAY_INDEX.test(part) ? Number(part) : part;
  }
  return path;
}

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

export function pathToPointer(path: readonly (string | number)[]): string {
  return path.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/**
 * Parses one YAML document with source positions. Refuses, with file/line/column and a fix:
 * several documents, syntax errors, duplicate keys, alias bombs and a top level that is not a
 * mapping. Keeps YAML 1.2 core so that 2026-01-01 stays a string.
 */
export function parseYamlSource(file: string, text: string, what = "manifest"): YamlSource {
  if (Buffer.byteLength(text, "utf8") > MAX_SOURCE_BYTES) {
    throw sourceError(file, { line: 1, column: 1 }, "too-large", "too-large-text", {
      what,
      limit: String(MAX_SOURCE_BYTES / 1024 / 1024),
    });
  }
  const lines = new LineCounter();
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  checkCharacters(file, source, what);
  // YAML 1.2 core only, whatever a %YAML directive says: 1.1 would turn dates into objects and
  // `yes` into true. Warnings (e.g. about complex keys) are not printed: the schema reports them.
  // Parsed in two steps (what parseAllDocuments does) so that the nesting depth is checked on
  // the syntax tree before anything recursive runs on it.
  const tokens = Array.from(new Parser(lines.addNewLine).parse(source));
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const facts = scanTokens(tokens);
  if (facts.tooDeep !== undefined) {
    throw sourceError(file, at(facts.tooDeep), "too-deep", "too-deep", {
      what,
      depth: String(MAX_DEPTH),
    });
  }
  const docs = Array.from(
    new Composer({
      uniqueKeys: true,
      version: "1.2",
      schema: "core",
      logLevel: "error",
    }).compose(tokens),
  );
  // The syntax tree is as large as the document: let it go before the data is built from it.
  tokens.length = 0;
  if (docs.length === 0) {
    // Empty input (or only comments) yields no document at all.
    throw sourceError(file, { line: 1, column: 1 }, "empty", "empty", { what });
  }
  if (docs.length > 1) {
    const second = docs[1] as Document.Parsed;
    throw sourceError(file, at(second.range[0]), "multiple-documents", "multiple-documents", {
      what,
      count: String(docs.length),
    });
  }
  const doc = docs[0] as Document.Parsed;
  const firstError = doc.errors[0];
  if (firstError) {
    const duplicate = firstError.code === "DUPLICATE_KEY";
    const plain = duplicate ? undefined : plainYamlError(firstError, source);
    if (plain) {
      throw sourceError(file, at(plain.offset), "yaml-syntax", plain.key, plain.params);
    }
    // A missing closing quote is found at the end of the file; the reader needs the opening one.
    const quote =
      firstError.code === "MISSING_CHAR" && /quote/.test(firstError.message)
        ? facts.unclosedQuote
        : undefined;
    const place = at(quote ?? firstError.pos[0]);
    if (duplicate)
      throw sourceError(file, place, "duplicate-key", "duplicate-key", {
        key: describeDuplicate(source, firstError.pos[0]),
      });
    const problem = yamlErrorProblem(firstError);
    throw sourceError(file, place, "yaml-syntax", problem.key, problem.params);
  }
  // Without an alias the data is a tree of the file's own values: no cycle, no expansion, and
  // the size limit bounds it; the walks of resolveAliases would cost a twentieth of the load.
  // A document of plain values gives its data and positions in one walk (yaml's toJS otherwise).
  const read = facts.hasAlias ? undefined : readDocument(doc);
  const data =
    read && "data" in read
      ? read.data
      : facts.hasAlias
        ? resolveAliases(file, doc, at, what)
        : doc.toJS();
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents) ? "list" : isScalar(doc.contents) ? "scalar" : "empty";
    throw sourceError(file, at(doc.contents?.range?.[0] ?? 0), "not-a-mapping", "not-a-mapping", {
      what,
      kind,
    });
  }
  return new YamlSource(file, data, read?.index ?? indexPositions(doc), lines);
}

/**
 * Resolves a document's aliases with every guard: an alias before its anchor, an alias bomb (too
 * many aliases, or values that expand beyond the node budget), a cycle, nesting through aliases.
 */
function resolveAliases(
  file: string,
  doc: Document.Parsed,
  at: (offset: number) => { line: number; column: number },
  what: string,
): unknown {
  let aliases = 0;
  let bombAt: number | undefined;
  // Anchors in document order: an alias must come after its anchor (or inside it: a cycle).
  const anchors = new Set<string>();
  let unresolved: { name: string; offset: number } | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      aliases++;
      if (aliases > MAX_ALIAS_COUNT && bombAt === undefined) bombAt = node.range?.[0] ?? 0;
      if (!anchors.has(node.source) && unresolved === undefined)
        unresolved = { name: node.source, offset: node.range?.[0] ?? 0 };
    } else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
      anchors.add(node.anchor);
    }
    return undefined;
  });
  if (unresolved) {
    throw sourceError(file, at(unresolved.offset), "yaml-syntax", "alias-before-anchor", {
      name: unresolved.name,
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const offset = bombAt ?? firstAliasOffset(doc) ?? 0;
    throw sourceError(file, at(offset), "alias-limit", "alias-expansion", {
      detail: error instanceof Error ? error.message : "alias limit",
    });
  }
  if (bombAt !== undefined) {
    throw sourceError(file, at(bombAt), "alias-limit", "alias-bomb", {
      limit: String(MAX_ALIAS_COUNT),
    });
  }
  const shape = expandedShape(data);
  if (shape !== "ok") {
    throw sourceError(
      file,
      at(firstAliasOffset(doc) ?? 0),
      "alias-limit",
      shape === "cycle" ? "alias-cycle" : shape === "deep" ? "alias-deep" : "alias-nodes",
      { what, depth: String(MAX_DEPTH), limit: MAX_EXPANDED_NODES.toLocaleString("en-US") },
    );
  }
  return data;
}

/**
 * Characters YAML does not allow in a file (C0 controls other than tab and line ends, DEL, C1
 * controls other than NEL, U+FFFE/U+FFFF). The YAML library would read them into values; a NUL
 * byte usually means the file is binary or in another encoding.
 */
const FORBIDDEN_CHARACTER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/;

function checkCharacters(file: string, source: string, what: string): void {
  const match = FORBIDDEN_CHARACTER.exec(source);
  if (!match) return;
  const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  const nul = match[0] === "\u0000";
  const kind = nul ? "nul-byte" : "control-character";
  throw sourceError(file, positionInText(source, match.index), kind, kind, { what, code });
}

interface TokenFacts {
  /** Offset of the first list or mapping nested deeper than MAX_DEPTH. */
  tooDeep?: number;
  /** Offset of the first quoted value without its closing quote (YAML reports the end of file). */
  unclosedQuote?: number;
  /** Whether any alias (*name) appears: without one the data is a plain tree of the file's values. */
  hasAlias: boolean;
}

/**
 * Walks the syntax tree with its own stack, so any depth is fine here. The stack is two parallel
 * arrays (token, depth), not an object per entry: a large file has a million tokens.
 */
function scanTokens(tokens: readonly CST.Token[]): TokenFacts {
  const facts: TokenFacts = { hasAlias: false };
  // Reversed onto the stack: the first too-deep collection in the file is found first.
  const stack: (CST.Token | null | undefined)[] = [...tokens].reverse();
  const depths: number[] = stack.map(() => 0);
  while (stack.length > 0) {
    const token = stack.pop();
    const depth = depths.pop() as number;
    if (!token) continue;
    if (token.type === "document") {
      stack.push(token.value);
      depths.push(depth);
    } else if (
      token.type === "block-map" ||
      token.type === "block-seq" ||
      token.type === "flow-collection"
    ) {
      if (depth + 1 > MAX_DEPTH) {
        facts.tooDeep = token.offset;
        return facts;
      }
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item = token.items[i] as CST.CollectionItem;
        stack.push(item.value, item.key);
        depths.push(depth + 1, depth + 1);
      }
    } else {
      if (token.type === "alias") facts.hasAlias = true;
      if (facts.unclosedQuote === undefined && !closed(token)) facts.unclosedQuote = token.offset;
    }
  }
  return facts;
}

function closed(token: CST.Token): boolean {
  if (token.type === "double-quoted-scalar") return /^"(?:[^"\\]|\\[\s\S])*"$/.test(token.source);
  if (token.type === "single-quoted-scalar") return /^'(?:[^']|'')*'$/.test(token.source);
  return true;
}

function describeDuplicate(source: string, offset: number): string {
  const key = /^[^\s:#]+|^"[^"]*"|^'[^']*'/.exec(source.slice(offset, offset + 200))?.[0];
  return key ? `"${key.replace(/^["']|["']$/g, "")}"` : "a key";
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let found: number | undefined;
  visit(doc, (_key, node) => {
    if (!isAlias(node)) return undefined;
    found = node.range?.[0];
    return visit.BREAK;
  });
  return found;
}

/**
 * Walks the parsed data once, as later stages will: "cycle" when an alias contains itself, "large"
 * when aliases multiply it beyond the node budget. Iterative, so depth cannot overflow the stack.
 */
function expandedShape(data: unknown): "ok" | "cycle" | "large" | "deep" {
  type Entry = { value: unknown; leaving: boolean; depth: number };
  const onPath = new Set<object>();
  const stack: Entry[] = [{ value: data, leaving: false, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, leaving, depth } = stack.pop() as Entry;
    if (!value || typeof value !== "object") {
      nodes++;
      continue;
    }
    if (leaving) {
      onPath.delete(value);
      continue;
    }
    if (onPath.has(value)) return "cycle";
    if (++nodes > MAX_EXPANDED_NODES) return "large";
    // Aliases can nest what the text does not: an anchored list inside another, many times over.
    if (depth + 1 > MAX_DEPTH) return "deep";
    onPath.add(value);
    stack.push({ value, leaving: true, depth });
    for (const child of Object.values(value))
      stack.push({ value: child, leaving: false, depth: depth + 1 });
  }
  return "ok";
}
