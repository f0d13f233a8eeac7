import { createHash } from "node:crypto";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import { clipCodePoints } from "../vocabulary/clip-text.js";

/**
 * What had to go so the report stays within its schema (JSON report: `truncated`): entries left
 * out per list, and texts cut to their maximum length. The keys are the schema's names for the
 * lists (a property name, or the definition a list is, like `threat_ids`).
 */
export type Truncated = Partial<Record<TruncatedKey, number>>;
export const TRUNCATED_KEYS = [
  "findings",
  "fixed",
  "no_longer_checked",
  "changes",
  "upcoming",
  "training_coverage",
  "standing_decisions",
  "errors",
  "economics",
  "threat_ids",
  "references",
  "cases",
  "supersedes",
  "waiting_for",
  "people",
  "texts",
] as const;
export type TruncatedKey = (typeof TRUNCATED_KEYS)[number];

/** The part of JSON Schema the report schema uses for its limits. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  maxItems?: number;
  maxLength?: number;
}

const SCHEMA = reportSchema as SchemaNode & { definitions: Record<string, SchemaNode> };

/** The schema node `#/definitions/…` names, and that name (lists named by their definition). */
function resolve(node: SchemaNode): { node: SchemaNode; name?: string } {
  const name = node.$ref?.match(/^#\/definitions\/(.+)$/)?.[1];
  const target = name === undefined ? undefined : SCHEMA.definitions[name];
  return target ? { node: target, name } : { node };
}

/** The report's top-level list limits, from the schema (the one source of every limit). */
export function listLimit(
  list: "findings" | "fixed" | "no_longer_checked" | "changes" | "upcoming",
): number {
  return SCHEMA.properties?.[list]?.maxItems ?? Number.POSITIVE_INFINITY;
}

/** A clipped identity stays distinct: its end is a digest of the whole text. */
function clipIdentity(text: string, max: number): string {
  const clipped = clipCodePoints(text, max);
  if (clipped === text) return text;
  const digest = createHash("sha256").update(text).digest("hex").slice(0, 16);
  return `${clipCodePoints(text, max - digest.length)}${digest}`;
}

/**
 * Walks a value along its schema node: strings are clipped to their `maxLength`, lists cut to
 * their `maxItems` (the caller has put the entries to keep first), numbers that are not finite
 * (JSON would write `null`) are dropped where optional, properties the schema does not describe
 * are kept as they are. Counts what it cut in `cut`.
 */
function bound(value: unknown, schema: SchemaNode, key: string, cut: Truncated): unknown {
  const { node, name } = resolve(schema);
  if (typeof value === "string") {
    if (node.maxLength === undefined || value.length <= node.maxLength) return value;
    const clipped =
      key === "fingerprint"
        ? clipIdentity(value, node.maxLength)
        : clipCodePoints(value, node.maxLength);
    if (clipped !== value) count(cut, "texts", 1);
    return clipped;
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) {
    let list = value;
    if (node.maxItems !== undefined && list.length > node.maxItems) {
      count(cut, (name ?? key) as TruncatedKey, list.length - node.maxItems);
      list = list.slice(0, node.maxItems);
    }
    const items = node.items;
    if (!items) return list;
    return list.map((item) => bound(item, items, key, cut)).filter((item) => item !== undefined);
  }
  if (value !== null && typeof value === "object" && node.properties) {
    const out: Record<string, unknown> = {};
    for (const [property, inner] of Object.entries(value)) {
      const innerSchema = node.properties[property];
      if (!innerSchema) {
        out[property] = inner;
        continue;
      }
      const bounded = bound(inner, innerSchema, property, cut);
      if (bounded !== undefined) out[property] = bounded;
      else if (inner !== undefined && node.required?.includes(property))
        out[property] = finiteStandIn(inner);
    }
    return out;
  }
  return value;
}

/** For a required number that is not finite: the nearest finite one (NaN: 0). */
function finiteStandIn(value: unknown): unknown {
  if (typeof value !== "number" || Number.isNaN(value)) return 0;
  return value > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

export function count(cut: Truncated, key: TruncatedKey, n: number): void {
  if (n > 0) cut[key] = (cut[key] ?? 0) + n;
}

/**
 * The report within every limit of `schema/report.schema.json`, with what was cut added to `cut`.
 * Key order is kept, so a report that was within its limits gives the same bytes.
 */
export function boundToSchema<T extends object>(report: T, cut: Truncated): T {
  return bound(report, SCHEMA, "", cut) as T;
}
