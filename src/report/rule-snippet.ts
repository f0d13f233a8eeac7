import { readFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import type { Language } from "../i18n/language.js";
import { pointerToPath } from "../manifest/yaml-source.js";
import { isBuiltin, type Rule, type SchemaCheck } from "../rules/rule-types.js";

/** The manifest `explain` copies its snippets from: the compliant example, with no gaps. */
export const SNIPPET_SOURCE = "examples/remote-maintenance-portal/security-manifest.yml";

declare const __SNIPPET_EXAMPLE__: unknown;

let example: unknown;

/** The compliant example: embedded by the build, read from the repository when run from source. */
function exampleManifest(): unknown {
  if (example === undefined) {
    example =
      typeof __SNIPPET_EXAMPLE__ === "undefined"
        ? parse(readFileSync(new URL(`../../${SNIPPET_SOURCE}`, import.meta.url), "utf8"))
        : __SNIPPET_EXAMPLE__;
  }
  return example;
}

type Data = Record<string, unknown>;

/** The list each built-in check reads, for its snippet. */
const BUILTIN_LISTS: Record<string, string> = {
  "attack-type-coverage": "/threat_model/threats",
  "risk-economics": "/threat_model/threats",
  "champion-review": "/team",
  "unmapped-changes": "/components",
};

/**
 * A YAML snippet to copy for a rule: the part of the compliant example that the rule looks at
 * (the first item of the list it walks, the fields it requires, the list its references point
 * into), nested as in a manifest. Real values from a manifest without gaps, so no placeholder.
 * Undefined when the rule looks at nothing the example has (built-in checks of pull requests).
 */
export function ruleSnippet(
  rule: Rule,
): { yaml: string; item?: unknown; parent?: Data } | undefined {
  const manifest = exampleManifest();
  const check = rule.check;
  const paths = new Set<string>();
  let item: unknown;
  let parent: Data | undefined;
  if (isBuiltin(check)) {
    const pointer = (check as { pointer?: unknown }).pointer;
    const list = BUILTIN_LISTS[check.builtin];
    if (typeof pointer === "string") paths.add(pointer);
    else if (list) {
      paths.add(list);
      item = firstItem(valueAt(manifest, list));
    }
  } else {
    const schemaCheck = check as SchemaCheck;
    if (schemaCheck.for_each) {
      // The list the rule walks, up to its first wildcard: its first item is the example.
      const [base = "", rest] = schemaCheck.for_each.split("/*");
      paths.add(base);
      const first = firstItem(valueAt(manifest, base));
      // `/threat_model/threats/*/mitigations`: each threat's list is the item, the threat its parent.
      if (rest === undefined) item = first;
      else if (first && typeof first === "object") {
        parent = first as Data;
        item = valueAt(first, rest);
      }
    } else {
      for (const path of requiredPaths(schemaCheck.require, "")) paths.add(path);
      if (paths.size === 0 && schemaCheck.pointer) paths.add(schemaCheck.pointer);
    }
    for (const list of referencedLists(schemaCheck.require)) paths.add(list);
  }
  const snippet: Data = {};
  for (const path of [...paths].filter((p) => p !== "")) {
    const value = valueAt(manifest, path);
    if (value === undefined) continue;
    place(
      snippet,
      pointerToPath(path).map(String),
      Array.isArray(value) ? value.slice(0, 1) : value,
    );
  }
  if (Object.keys(snippet).length === 0) return undefined;
  return {
    yaml: stringify(snippet, { lineWidth: 0 }),
    ...(item !== undefined ? { item } : {}),
    ...(parent ? { parent } : {}),
  };
}

/** The pointers `required` (through `properties`) asks for, from the root of the check. */
function requiredPaths(schema: unknown, at: string): string[] {
  if (!schema || typeof schema !== "object") return [];
  const node = schema as Data;
  const required = Array.isArray(node.required) ? (node.required as unknown[]) : [];
  const properties = (node.properties ?? {}) as Data;
  const out: string[] = [];
  for (const field of required) {
    if (typeof field !== "string") continue;
    const deeper = requiredPaths(properties[field], `${at}/${field}`);
    out.push(...(deeper.length > 0 ? deeper : [`${at}/${field}`]));
  }
  return out;
}

/** The lists `refersTo` and `referencedBy` point into, anywhere in the check. */
function referencedLists(schema: unknown): string[] {
  if (!schema || typeof schema !== "object") return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema as Data)) {
    if ((key === "refersTo" || key === "referencedBy") && value && typeof value === "object") {
      const items = (value as Data).items;
      if (typeof items === "string" && !items.includes("*")) out.push(items);
    }
    out.push(...referencedLists(value));
  }
  return out;
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const step of pointerToPath(pointer)) {
    if (Array.isArray(value)) value = value[Number(step)];
    else if (value && typeof value === "object") value = (value as Data)[String(step)];
    else return undefined;
  }
  return value;
}

function firstItem(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : undefined;
}

/** Sets `value` at `path` in `target`, creating the maps on the way (a list keeps its first item). */
function place(target: Data, path: string[], value: unknown): void {
  let node = target;
  for (const [index, step] of path.entries()) {
    if (index === path.length - 1) {
      node[step] = value;
      return;
    }
    const next = node[step];
    if (Array.isArray(next)) return; // a list already placed whole: it has this value in it
    if (!next || typeof next !== "object") node[step] = {};
    node = node[step] as Data;
  }
}

const LABEL = {
  en: `Example to copy (from ${SNIPPET_SOURCE}, a manifest with no gaps):`,
  de: `Beispiel zum Übernehmen (aus ${SNIPPET_SOURCE}, einem Manifest ohne Lücken):`,
} as const;

export function snippetHeading(language: Language): string {
  return LABEL[language];
}
