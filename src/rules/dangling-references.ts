import type { Language } from "../i18n/language.js";
import { didYouMean } from "../manifest/did-you-mean.js";
import { fieldValues, selectItems } from "./select-items.js";

/** An id a manifest refers to that its list does not have, with the closest id the list has. */
export interface DanglingReference {
  value: string;
  guess?: string;
}

type Schema = Record<string, unknown>;

/**
 * The ids a failed check's `refersTo` conditions name but cannot find (in `require`, through
 * `properties` and `allOf`; `anyOf` and `not` say nothing about which id was meant), each with
 * the nearest existing id. A reference that exists but is filtered out by the keyword's `where`
 * (a person who left, a measure not yet implemented) is not dangling: the rule's message says why.
 */
export function danglingReferences(
  schema: unknown,
  data: unknown,
  manifest: unknown,
  ruleIds: ReadonlySet<string> = new Set(),
  select: Select = selectItems,
): DanglingReference[] {
  if (!mayDangle(schema)) return [];
  const found = new Map<string, DanglingReference>();
  walk(schema, data, manifest, found, ruleIds, select);
  return [...found.values()];
}

type Select = (manifest: unknown, pattern: string) => ReturnType<typeof selectItems>;

/** Whether a check names ids at all (most do not): found once per check, not once per gap. */
const NAMES_IDS = new WeakMap<object, boolean>();

function mayDangle(schema: unknown): boolean {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return false;
  const known = NAMES_IDS.get(schema);
  if (known !== undefined) return known;
  const node = schema as Schema;
  const properties = node.properties;
  const answer =
    node.knownRule === true ||
    node.refersTo !== undefined ||
    (Array.isArray(node.allOf) && node.allOf.some(mayDangle)) ||
    (Boolean(properties) &&
      typeof properties === "object" &&
      Object.values(properties as Schema).some(mayDangle));
  NAMES_IDS.set(schema, answer);
  return answer;
}

function walk(
  schema: unknown,
  data: unknown,
  manifest: unknown,
  found: Map<string, DanglingReference>,
  ruleIds: ReadonlySet<string>,
  select: Select,
): void {
  if (!schema || typeof schema !== "object" || Array.isArray(schema)) return;
  const node = schema as Schema;
  // A waiver's rule id (`knownRule`): the closest id of the loaded rules.
  if (node.knownRule === true && typeof data === "string" && !ruleIds.has(data)) {
    const guess = didYouMean(data.toUpperCase(), [...ruleIds]);
    found.set(data, guess === undefined ? { value: data } : { value: data, guess });
  }
  const spec = node.refersTo as { items?: unknown; key?: unknown; some?: unknown } | undefined;
  if (spec && typeof spec.items === "string" && typeof spec.key === "string" && !spec.some) {
    const known = fieldValues(select(manifest, spec.items), spec.key).filter(
      (v): v is string => typeof v === "string",
    );
    const knownSet = new Set(known);
    for (const value of Array.isArray(data) ? data : [data]) {
      if (typeof value !== "string" || knownSet.has(value) || found.has(value)) continue;
      const guess = didYouMean(value, known);
      found.set(value, guess === undefined ? { value } : { value, guess });
    }
  }
  if (Array.isArray(node.allOf))
    for (const part of node.allOf) walk(part, data, manifest, found, ruleIds, select);
  const properties = node.properties;
  if (properties && typeof properties === "object" && data && typeof data === "object") {
    for (const [field, inner] of Object.entries(properties)) {
      if (Object.hasOwn(data, field))
        walk(inner, (data as Schema)[field], manifest, found, ruleIds, select);
    }
  }
}

const WORDS = {
  notListed: { en: "not listed", de: "nicht aufgeführt" },
  didYouMean: { en: "did you mean", de: "meinten Sie" },
} as const;

/**
 * What a message adds about its dangling ids: the ids it does not name yet, and for each the
 * closest existing id ("— not listed: M-01 (did you mean M-001?)"); nothing when there is none.
 */
export function danglingNote(
  message: string,
  dangling: readonly DanglingReference[],
  language: Language,
): string {
  const guess = (d: DanglingReference) =>
    d.guess === undefined ? "" : `${WORDS.didYouMean[language]} ${d.guess}?`;
  const unnamed = dangling.filter((d) => !message.includes(d.value));
  const named = dangling.filter((d) => message.includes(d.value) && d.guess !== undefined);
  const parts: string[] = [];
  if (unnamed.length > 0)
    parts.push(
      `${WORDS.notListed[language]}: ${unnamed
        .map((d) => (d.guess === undefined ? d.value : `${d.value} (${guess(d)})`))
        .join(", ")}`,
    );
  // One id, named already: the guess alone reads best ("… not in the list — did you mean shop?").
  if (named.length === 1 && dangling.length === 1) parts.push(guess(named[0] as DanglingReference));
  else for (const d of named) parts.push(`${d.value}: ${guess(d)}`);
  return parts.length > 0 ? ` — ${parts.join("; ")}` : "";
}
