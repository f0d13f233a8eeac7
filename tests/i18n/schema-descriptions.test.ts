import { describe, expect, it } from "vitest";
import schema from "../../schema/manifest-v1.schema.json" with { type: "json" };
import { GERMAN_DESCRIPTION } from "../../src/manifest/manifest-validator.js";

// A format error's fix quotes the schema's description of the field (validate-schema.ts,
// describedAs). Under --lang de it quotes `x-description-de`, and the English one when a field
// has none: so every field whose constraint can fail that way needs its German description.

/** Keywords whose failure is worded without the field's description (they say what is wrong). */
const WORDED_OWN = new Set(["type", "enum", "const", "required", "additionalProperties"]);
/** Keys of a schema node that describe or structure it, not constrain it. */
const NOT_CONSTRAINTS = new Set([
  "$schema",
  "$id",
  "$ref",
  "$comment",
  "title",
  "description",
  GERMAN_DESCRIPTION,
  "examples",
  "default",
  "properties",
  "items",
  "definitions",
  "$defs",
  "markdownDescription",
]);

type Node = Record<string, unknown>;

function describedConstraints(node: unknown, at: string, out: string[]): string[] {
  if (!node || typeof node !== "object") return out;
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) describedConstraints(item, `${at}/${index}`, out);
    return out;
  }
  const schemaNode = node as Node;
  const constraints = Object.keys(schemaNode).filter(
    (key) => !NOT_CONSTRAINTS.has(key) && !WORDED_OWN.has(key) && !key.startsWith("x-"),
  );
  if (typeof schemaNode.description === "string" && constraints.length > 0)
    out.push(`${at || "/"} (${constraints.join(", ")})`);
  for (const [key, value] of Object.entries(schemaNode))
    if (key !== "enum" && key !== "const" && key !== "examples" && key !== "default")
      describedConstraints(value, `${at}/${key}`, out);
  return out;
}

describe("German descriptions in the manifest schema", () => {
  const described = describedConstraints(schema, "", []);

  it("exist for every field whose failed constraint quotes its description", () => {
    expect(described.length).toBeGreaterThan(20);
    const at = (entry: string) => entry.slice(0, entry.indexOf(" ("));
    const missing = described.filter((entry) => {
      let node: unknown = schema;
      for (const part of at(entry).split("/").slice(1)) node = (node as Node)[part];
      return typeof (node as Node)[GERMAN_DESCRIPTION] !== "string";
    });
    expect(missing).toEqual([]);
  });

  it("are German, not a copy of the English one", () => {
    const pairs: [string, string][] = [];
    (function walk(node: unknown) {
      if (!node || typeof node !== "object") return;
      const schemaNode = node as Node;
      const german = schemaNode[GERMAN_DESCRIPTION];
      if (typeof german === "string") pairs.push([String(schemaNode.description), german]);
      Object.values(schemaNode).forEach(walk);
    })(schema);
    expect(pairs.length).toBeGreaterThan(20);
    for (const [english, german] of pairs) expect(german).not.toBe(english);
  });
});
