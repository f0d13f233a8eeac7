import { type Document, isMap, isScalar, isSeq, type Node } from "yaml";

/**
 * Where each value of a YAML document starts, without the document. The parsed document keeps
 * an object per node, pair and range: on a manifest of 50,000 people that is 150 MiB held for as
 * long as findings may ask for a line, while rules evaluate and the report is built. This index
 * keeps per list or mapping only its keys and offsets (about a seventh of that), so the document
 * can go once the data is read. It answers exactly as a walk down the document would.
 */
export interface PositionIndex {
  /** Offset of the document's top-level value. */
  readonly at: number;
  readonly root: Collection | undefined;
  /** The source text of each scalar directly under a top-level mapping (e.g. `1.0`). */
  readonly topLevelSources: ReadonlyMap<string, string>;
}

/**
 * A mapping (with `keys`) or a list. `offsets[i]` is where entry i is shown: the key of a
 * mapping's entry, a list's item; as `-(offset + 1)` when the entry's value has no place of its
 * own (an empty value), where a walk stops. `children[i]` is the entry's list or mapping.
 */
interface Collection {
  readonly keys?: readonly string[];
  readonly offsets: readonly number[];
  readonly children: readonly (Collection | undefined)[];
}

export function indexPositions(doc: Document.Parsed): PositionIndex {
  return readDocument(doc, false).index;
}

/**
 * The document's positions and, in the same walk, its data exactly as yaml's `doc.toJS()` gives
 * it (plain objects and arrays; a key that objects inherit, like `__proto__`, an own property)
 * for a document of plain values: one walk instead of two over the largest structure a run
 * holds. `data` is absent when the document needs yaml's own conversion: aliases, a key that is
 * a list or mapping, merge keys, a value that is no plain JSON value.
 */
export function readDocument(
  doc: Document.Parsed,
  withData = true,
): { index: PositionIndex; data?: unknown } {
  let plain = withData && !doc.schema.tags.some((tag) => tag.tag === MERGE_TAG && tag.default);
  /** The data of the node `collect` was last called with (when `plain`). */
  let value: unknown;
  // Mappings of one shape (every team member: name, role, trainings) share one key list. The
  // last list seen per first key is compared first: siblings in a list mostly have one shape.
  const recent = new Map<string, readonly string[]>();
  const byText = new Map<string, readonly string[]>();
  const shared = (keys: string[]): readonly string[] => {
    if (keys.length === 0) return NO_KEYS;
    const first = keys[0] as string;
    const candidate = recent.get(first);
    if (candidate && sameKeys(candidate, keys)) return candidate;
    const id = keys.join("\u0000");
    const known = byText.get(id);
    const found = known && sameKeys(known, keys) ? known : keys;
    if (found === keys) byText.set(id, keys);
    recent.set(first, found);
    return found;
  };
  const collect = (node: unknown): Collection | undefined => {
    if (isMap(node)) {
      const keys: string[] = [];
      const offsets: number[] = [];
      const children: (Collection | undefined)[] = [];
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        const pairValue = pair.value as Node | null;
        // Only scalar keys can be named by a pointer; other keys are skipped as a walk skips them.
        if (!isScalar(pair.key)) {
          plain = false;
          collect(pairValue);
          continue;
        }
        const keyAt = pair.key.range?.[0] ?? 0;
        const jsKey = pair.key.value;
        keys.push(String(jsKey));
        offsets.push(pairValue?.range ? keyAt : -(keyAt + 1));
        children.push(collect(pairValue));
        if (!plain) continue;
        if (jsKey !== null && typeof jsKey === "object") plain = false;
        // As yaml's addPairToJSMap: null is the key "", an inherited name becomes an own property.
        const name = jsKey === null ? "" : String(jsKey);
        if (name in object)
          Object.defineProperty(object, name, {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
          });
        else object[name] = value;
      }
      value = object;
      return { keys: shared(keys), offsets, children };
    }
    if (isSeq(node)) {
      const offsets: number[] = [];
      const children: (Collection | undefined)[] = [];
      const list: unknown[] = [];
      for (const item of node.items) {
        const start = (item as Node | null)?.range?.[0];
        offsets.push(start ?? -1);
        children.push(collect(item));
        if (plain) list.push(value);
      }
      value = list;
      return { offsets, children };
    }
    if (isScalar(node)) {
      value = node.value;
      if (value !== null && (typeof value === "object" || typeof value === "function"))
        plain = false;
    } else if (node === null || node === undefined) value = node;
    else plain = false; // an alias, or something yaml converts itself
    return undefined;
  };
  const contents = doc.contents as Node | null;
  const topLevelSources = new Map<string, string>();
  if (isMap(contents)) {
    for (const pair of contents.items) {
      if (isScalar(pair.key) && isScalar(pair.value) && typeof pair.value.source === "string")
        topLevelSources.set(String(pair.key.value), pair.value.source);
    }
  }
  const collected = collect(contents);
  const root = contents?.range ? collected : undefined;
  const index: PositionIndex = {
    at: contents?.range ? contents.range[0] : -1,
    root,
    topLevelSources,
  };
  return plain ? { index, data: value } : { index };
}

const MERGE_TAG = "tag:yaml.org,2002:merge";

const NO_KEYS: readonly string[] = [];

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The offset of the value a path names, falling back to the nearest existing parent; for a
 * mapping's value, its key's offset (where a reader looks). -1: the document has no value.
 */
export function offsetOf(index: PositionIndex, path: readonly (string | number)[]): number {
  let node = index.root;
  let shown = index.at;
  for (const part of path) {
    if (!node) break;
    const entry = node.keys
      ? node.keys.indexOf(String(part))
      : typeof part === "number" && part < node.offsets.length
        ? part
        : -1;
    if (entry < 0) break;
    const offset = node.offsets[entry] as number;
    if (offset < 0) break;
    shown = offset;
    node = node.children[entry];
  }
  return shown;
}

/** The offset of the key `key` of the mapping at `path`; undefined when there is none. */
export function keyOffsetOf(
  index: PositionIndex,
  path: readonly (string | number)[],
  key: string,
): number | undefined {
  let node = index.root;
  for (const part of path) {
    if (!node) return undefined;
    const entry = node.keys
      ? node.keys.indexOf(String(part))
      : typeof part === "number"
        ? part
        : -1;
    if (entry < 0 || entry >= node.offsets.length) return undefined;
    node = node.children[entry];
  }
  const entry = node?.keys?.indexOf(key) ?? -1;
  if (!node || entry < 0) return undefined;
  const offset = node.offsets[entry] as number;
  return offset < 0 ? -(offset + 1) : offset;
}
