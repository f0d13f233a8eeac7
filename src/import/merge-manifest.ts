import { type Document, isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import { pathToPointer } from "../manifest/yaml-source.js";
import type { PartialManifest } from "./importer.js";
import { isRecord } from "./source-values.js";

/** What the merge did at one place of the manifest. */
export interface MergeNote {
  kind: "added" | "kept" | "overwritten";
  /** JSON pointer into the resulting manifest. */
  pointer: string;
  text: string;
}

type Item = Record<string, unknown>;

/**
 * How entries of a list are recognised as the same thing: a component by its id, a person by
 * name, a review by kind and date. A matching entry is merged field by field; others are added.
 */
const LIST_KEYS: Record<string, (item: Item) => string | undefined> = {
  "/components": (i) => str(i.id),
  "/threat_model/threats": (i) => str(i.id),
  "/threat_model/mitigations": (i) => str(i.id),
  "/team": (i) => str(i.name),
  "/reviews": (i) => (i.kind && i.date ? `${i.kind}|${i.date}` : undefined),
  "/risk_acceptances": (i) => str(i.threat),
  "/incident_response/contacts": (i) => (i.role && i.name ? `${i.role}|${i.name}` : undefined),
  "/waivers": (i) => (i.rule ? `${i.rule}|${i.scope ?? ""}` : undefined),
};

function str(value: unknown): string | undefined {
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

/**
 * Merges imported values into a manifest document in place, through yaml's Document API so
 * that comments, key order and formatting of everything else stay as they were. A value the
 * manifest has already is kept unless `overwrite` is set; either way a note says so.
 */
export function mergeIntoDocument(
  doc: Document,
  imported: PartialManifest,
  overwrite: boolean,
): MergeNote[] {
  const notes: MergeNote[] = [];
  const root = doc.contents;
  if (!isMap(root)) throw new Error("the manifest's top level is not a mapping");
  for (const [key, value] of Object.entries(imported))
    mergeAt(doc, root, key, value, [key], overwrite, notes);
  return notes;
}

function mergeAt(
  doc: Document,
  parent: YAMLMap | YAMLSeq,
  key: string | number,
  value: unknown,
  path: (string | number)[],
  overwrite: boolean,
  notes: MergeNote[],
): void {
  const pointer = pathToPointer(path);
  const current = parent.get(key, true) as Node | undefined | null;
  const has = isMap(parent) ? parent.has(key) : current !== undefined;
  if (!has) {
    parent.set(key, doc.createNode(value));
    notes.push({ kind: "added", pointer, text: `added ${show(path)}` });
    return;
  }
  if (isMap(current) && isRecord(value)) {
    for (const [k, v] of Object.entries(value))
      mergeAt(doc, current, k, v, [...path, k], overwrite, notes);
    return;
  }
  if (isSeq(current) && Array.isArray(value)) {
    mergeList(doc, current, value, path, overwrite, notes);
    return;
  }
  const existing = current == null ? null : isScalar(current) ? current.value : current.toJSON();
  if (deepEqual(existing, value)) return;
  if (existing === null || existing === undefined) {
    parent.set(key, doc.createNode(value));
    notes.push({ kind: "added", pointer, text: `added ${show(path)}` });
    return;
  }
  if (!overwrite) {
    notes.push({
      kind: "kept",
      pointer,
      text: `kept your ${show(path)} ${brief(existing)}; the import says ${brief(value)} (--overwrite takes it)`,
    });
    return;
  }
  if (isScalar(current) && !isRecord(value) && !Array.isArray(value)) {
    // Changing the scalar in place keeps its comment.
    current.value = value;
  } else {
    parent.set(key, doc.createNode(value));
  }
  notes.push({
    kind: "overwritten",
    pointer,
    text: `overwrote ${show(path)} ${brief(existing)} with ${brief(value)}`,
  });
}

function mergeList(
  doc: Document,
  seq: YAMLSeq,
  values: unknown[],
  path: (string | number)[],
  overwrite: boolean,
  notes: MergeNote[],
): void {
  // `threats: []` from the template: entries added to it are written as a block list.
  if (seq.flow && seq.items.length === 0) seq.flow = false;
  const keyOf = LIST_KEYS[pathToPointer(path.filter((p) => typeof p === "string"))];
  const existing = () =>
    seq.items.map((item) => (isScalar(item) ? item.value : (item as Node | null)?.toJSON?.()));
  // Imported entries match entries the manifest had before, each at most once: two imported
  // reviews of the same kind and day are two reviews, not one merged into the other.
  const before = seq.items.length;
  const matched = new Set<number>();
  for (const value of values) {
    const items = existing();
    if (isRecord(value) && keyOf) {
      const key = keyOf(value);
      const index =
        key === undefined
          ? -1
          : items.findIndex(
              (item, i) => i < before && !matched.has(i) && isRecord(item) && keyOf(item) === key,
            );
      if (index >= 0) {
        matched.add(index);
        mergeAt(doc, seq, index, value, [...path, index], overwrite, notes);
        continue;
      }
    }
    if (!keyOf && items.some((item) => deepEqual(item, value))) continue;
    seq.add(doc.createNode(value));
    const label = isRecord(value) ? (keyOf?.(value) ?? "") : brief(value);
    notes.push({
      kind: "added",
      pointer: pathToPointer([...path, seq.items.length - 1]),
      text: `added to ${show(path)}: ${label}`.replace(/: $/, ""),
    });
  }
}

function show(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function brief(value: unknown): string {
  const text =
    typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Item)[k], (b as Item)[k]));
}
