import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
} from "yaml";
import { SourceError } from "./manifest-error.js";

/** Inputs larger than this are refused before parsing: no manifest or rule pack is this big. */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;
/** Aliases resolved per document; more hints at an alias bomb ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Values a document may expand to through aliases: far above any real manifest, far below a bomb. */
const MAX_EXPANDED_NODES = 1_000_000;

export interface Position {
  line: number;
  column: number;
}

/** A parsed YAML file that still knows where every value came from. */
export class YamlSource {
  readonly file: string;
  readonly data: unknown;
  readonly #doc: Document.Parsed;
  readonly #lines: LineCounter;

  constructor(file: string, data: unknown, doc: Document.Parsed, lines: LineCounter) {
    this.file = file;
    this.data = data;
    this.#doc = doc;
    this.#lines = lines;
  }

  positionOfOffset(offset: number): Position {
    const { line, col } = this.#lines.linePos(offset);
    return { line, column: col };
  }

  /** Position of the value a JSON pointer names; falls back to the nearest existing parent. */
  positionOf(pointer: string): Position {
    const path = pointerToPath(pointer);
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.#nodeAt(path.slice(0, depth));
      if (node?.range) {
        // For a mapping value, point at its key: that is where a reader looks for it.
        const key = depth > 0 ? this.#keyNode(path.slice(0, depth)) : undefined;
        return this.positionOfOffset((key ?? node).range?.[0] ?? 0);
      }
    }
    return { line: 1, column: 1 };
  }

  /** Position of the key `key` inside the mapping at `pointer` (for unknown-key errors). */
  positionOfKey(pointer: string, key: string): Position {
    const keyNode = this.#keyNode([...pointerToPath(pointer), key]);
    return keyNode?.range ? this.positionOfOffset(keyNode.range[0]) : this.positionOf(pointer);
  }

  #nodeAt(path: (string | number)[]): Node | undefined {
    if (path.length === 0) return this.#doc.contents ?? undefined;
    const node = this.#doc.getIn(path, true);
    return node && typeof node === "object" && "range" in node ? (node as Node) : undefined;
  }

  #keyNode(path: (string | number)[]): Node | undefined {
    const parent = this.#nodeAt(path.slice(0, -1));
    if (!isMap(parent)) return undefined;
    const last = path[path.length - 1];
    const pair = parent.items.find(
      (item) => isScalar(item.key) && String(item.key.value) === String(last),
    );
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "" || pointer === "/") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

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
    throw new SourceError({
      file,
      line: 1,
      column: 1,
      code: "too-large",
      message: `the ${what} is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
      hint: `a ${what} is a short YAML file; check that the right file is named`,
    });
  }
  const lines = new LineCounter();
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // YAML 1.2 core only, whatever a %YAML directive says: 1.1 would turn dates into objects and
  // `yes` into true. Warnings (e.g. about complex keys) are not printed: the schema reports them.
  const docs = parseAllDocuments(source, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: true,
    version: "1.2",
    schema: "core",
    logLevel: "error",
  });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (!Array.isArray(docs) || docs.length === 0) {
    // Empty input yields no document at all (or an EmptyStream).
    throw new SourceError({
      file,
      line: 1,
      column: 1,
      code: "empty",
      message: `the ${what} is empty`,
      hint:
        what === "manifest"
          ? "start from `security-manifest init` or an example in examples/"
          : `add content to the ${what}`,
    });
  }
  if (docs.length > 1) {
    const second = docs[1] as Document.Parsed;
    throw new SourceError({
      file,
      ...at(second.range[0]),
      code: "multiple-documents",
      message: `the ${what} holds ${docs.length} YAML documents; only one is allowed`,
      hint: "remove the `---` separator and merge the documents into one",
    });
  }
  const doc = docs[0] as Document.Parsed;
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = firstError.linePos?.[0];
    const duplicate = firstError.code === "DUPLICATE_KEY";
    throw new SourceError({
      file,
      line: pos?.line ?? 1,
      column: pos?.col ?? 1,
      code: duplicate ? "duplicate-key" : "yaml-syntax",
      message: duplicate
        ? `duplicate key: ${describeDuplicate(source, firstError.pos[0])} appears more than once in the same mapping`
        : `YAML syntax error: ${firstError.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`,
      hint: duplicate
        ? "keep one entry for the key and merge the values into it"
        : "check indentation (spaces, not tabs) and quoting near this position",
    });
  }
  let aliases = 0;
  let bombAt: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      aliases++;
      if (aliases > MAX_ALIAS_COUNT && bombAt === undefined) bombAt = node.range?.[0] ?? 0;
    },
  });
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const offset = bombAt ?? firstAliasOffset(doc) ?? 0;
    throw new SourceError({
      file,
      ...at(offset),
      code: "alias-limit",
      message: `YAML aliases expand too far (${error instanceof Error ? error.message : "alias limit"})`,
      hint: "write the values out instead of using many anchors and aliases (*name)",
    });
  }
  if (bombAt !== undefined) {
    throw new SourceError({
      file,
      ...at(bombAt),
      code: "alias-limit",
      message: `more than ${MAX_ALIAS_COUNT} YAML aliases: this looks like an alias bomb`,
      hint: "write the values out instead of using many anchors and aliases (*name)",
    });
  }
  const shape = expandedShape(data);
  if (shape !== "ok") {
    throw new SourceError({
      file,
      ...at(firstAliasOffset(doc) ?? 0),
      code: "alias-limit",
      message:
        shape === "cycle"
          ? "a YAML alias refers to a value that contains it, which would never end"
          : `the ${what} expands to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} values through its aliases`,
      hint: "write the values out instead of using anchors and aliases (*name)",
    });
  }
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents)
      ? "a list"
      : isScalar(doc.contents)
        ? "a single value"
        : "empty";
    throw new SourceError({
      file,
      ...at(doc.contents?.range?.[0] ?? 0),
      code: "not-a-mapping",
      message: `the top level of the ${what} is ${kind}, not a mapping of keys to values`,
      hint:
        what === "manifest"
          ? "start the file with `manifest_version: 1` and the sections (project:, organisation:, …) as keys"
          : "the top level must be keys with values",
    });
  }
  return new YamlSource(file, data, doc, lines);
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
function expandedShape(data: unknown): "ok" | "cycle" | "large" {
  const onPath = new Set<object>();
  const stack: { value: unknown; leaving: boolean }[] = [{ value: data, leaving: false }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, leaving } = stack.pop() as { value: unknown; leaving: boolean };
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
    onPath.add(value);
    stack.push({ value, leaving: true });
    for (const child of Object.values(value)) stack.push({ value: child, leaving: false });
  }
  return "ok";
}
