import type { ErrorObject, ValidateFunction } from "ajv";
import schema from "../../schema/manifest-v1.schema.json" with { type: "json" };
import { fill, type Language, type Localized } from "../i18n/language.js";
import { valueLabel } from "../i18n/value-labels.js";
import type { Finding } from "../vocabulary/finding.js";
import { didYouMean } from "./did-you-mean.js";
import { compileManifestValidator } from "./manifest-validator.js";
import { SCHEMA_RULES, type SchemaRule } from "./schema-rules.js";
import { sizeConsistencyFindings } from "./size-consistency.js";
import { pointerToPath, type YamlSource } from "./yaml-source.js";

export const MANIFEST_SCHEMA = schema;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= compileManifestValidator();
  return compiled;
}

/** Checks the manifest against format v1 and turns every error into a finding people can act on. */
export function validateManifestSchema(source: YamlSource, language: Language): Finding[] {
  const validate = validator();
  // Checks JSON Schema cannot say with a clear message (a count against a class) come after.
  const consistency = sizeConsistencyFindings(source, language);
  if (validate(source.data)) return consistency;
  return [...findingsFromSchemaErrors(validate.errors ?? [], source, language), ...consistency];
}

/** Maps Ajv errors on any YAML source (manifests, rule packs) to findings with positions and fixes. */
export function findingsFromSchemaErrors(
  errors: ErrorObject[],
  source: YamlSource,
  language: Language,
): Finding[] {
  return relevantErrors(errors).map((error) => toFinding(error, source, language));
}

/**
 * Ajv errors in the reader's language without a place in a file: for data that is no YAML source
 * (a JSON report given to --since, a check's schema). The same words as the findings above.
 */
export function schemaErrorTexts(
  errors: ErrorObject[],
  language: Language,
): { message: string; hint: string }[] {
  return relevantErrors(errors).map((error) => {
    const described = describe(error, language);
    return { message: described.message[language], hint: remediationOf(described, language) };
  });
}

function remediationOf(described: Described, language: Language): string {
  return fill(described.rule.remediation[language], {
    ...described.values,
    expected: described.expected?.[language] ?? described.values.expected,
  });
}

/** Combinator errors (anyOf, if/then) only repeat what their branches already say. */
/** A value outside an enum of strings also fails `type`; the enum error alone says more. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const plain = errors.filter((e) => !["anyOf", "oneOf", "if", "not"].includes(e.keyword));
  const kept = plain.length > 0 ? plain : errors;
  const enumPaths = new Set(kept.filter((e) => e.keyword === "enum").map((e) => e.instancePath));
  const withoutTypeNoise = kept.filter(
    (e) => !(e.keyword === "type" && enumPaths.has(e.instancePath)),
  );
  // An empty name fails minLength and pattern at once: one finding per place is enough.
  const seen = new Set<string>();
  return withoutTypeNoise.filter((e) => {
    const place =
      e.keyword === "additionalProperties" || e.keyword === "required"
        ? `${e.instancePath}|${JSON.stringify(e.params)}`
        : e.instancePath;
    if (seen.has(place)) return false;
    seen.add(place);
    return true;
  });
}

interface Described {
  rule: SchemaRule;
  pointer: string;
  /** For unknown keys: the key itself is where the reader must look. */
  key?: string;
  message: Localized;
  values: Record<string, string>;
  /** For generic constraints: what the schema expects, in the reader's language. */
  expected?: Localized;
}

function describe(error: ErrorObject, language: Language): Described {
  const pointer = error.instancePath;
  const here = displayPath(pointer, language);
  const shown = showValue(error.data, language);
  switch (error.keyword) {
    case "enum": {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof error.data === "string" ? didYouMean(error.data, allowed) : undefined;
      // Values to type are code; where the format has a word for them, it follows in brackets.
      const field = String(pointerToPath(pointer).at(-1) ?? "");
      const listed = allowed.map((value) => valueChoice(field, value, language)).join(", ");
      return {
        rule: SCHEMA_RULES.invalidValue,
        pointer,
        values: { allowed: listed },
        message: {
          en: `${here}: ${shown} is not one of ${listed}${guess ? ` — did you mean \`${guess}\`?` : ""}`,
          de: `${here}: ${shown} ist keiner der Werte ${listed}${guess ? ` — meinten Sie \`${guess}\`?` : ""}`,
        },
      };
    }
    case "const": {
      const allowed = String((error.params as { allowedValue: unknown }).allowedValue);
      return {
        rule: SCHEMA_RULES.invalidValue,
        pointer,
        values: { allowed },
        message: {
          en: `${here}: ${shown} must be ${allowed}`,
          de: `${here}: ${shown} muss ${allowed} sein`,
        },
      };
    }
    case "type": {
      const expected = String((error.params as { type: string }).type);
      return {
        rule: SCHEMA_RULES.wrongType,
        pointer,
        values: { expected: typeName(expected, language) },
        message: {
          en: `${here}: expected ${typeName(expected, "en")}, found ${kindOf(error.data, "en")}`,
          de: `${here}: erwartet ${typeName(expected, "de")}, gefunden ${kindOf(error.data, "de")}`,
        },
      };
    }
    case "required": {
      const field = (error.params as { missingProperty: string }).missingProperty;
      return {
        rule: SCHEMA_RULES.missingField,
        pointer,
        values: { field, where: pointer === "" ? TOP_LEVEL_IN[language] : here },
        message: {
          en: `${here}: the required field "${field}" is missing`,
          de: `${here}: das Pflichtfeld "${field}" fehlt`,
        },
      };
    }
    case "additionalProperties": {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const guess = didYouMean(key, allowed);
      return {
        rule: SCHEMA_RULES.unknownKey,
        pointer: `${pointer}/${escapePointer(key)}`,
        key,
        values: { allowed: allowed.join(", ") },
        message: {
          en: `${here}: unknown key "${key}"${guess ? ` — did you mean "${guess}"?` : ""}`,
          de: `${here}: unbekannter Schlüssel "${key}"${guess ? ` — meinten Sie "${guess}"?` : ""}`,
        },
      };
    }
    case "format": {
      const format = (error.params as { format: string }).format;
      if (format === "date") {
        return {
          rule: SCHEMA_RULES.invalidDate,
          pointer,
          values: {},
          message: {
            en: `${here}: ${shown} is not a valid date (YYYY-MM-DD, a day that exists)`,
            de: `${here}: ${shown} ist kein gültiges Datum (JJJJ-MM-TT, ein existierender Tag)`,
          },
        };
      }
      return constraint(
        pointer,
        here,
        {
          en: `${shown} is not a valid ${format}`,
          de: `${shown} ist kein gültiges Format ${format}`,
        },
        describedAs(error),
      );
    }
    case "pattern":
      return constraint(
        pointer,
        here,
        {
          en: `${shown} does not have the expected form`,
          de: `${shown} hat nicht die erwartete Form`,
        },
        describedAs(error),
      );
    case "minItems":
    case "minLength":
    case "minProperties":
      return constraint(
        pointer,
        here,
        { en: "must not be empty", de: "darf nicht leer sein" },
        describedAs(error),
      );
    case "minimum":
    case "exclusiveMinimum": {
      const limit = String((error.params as { limit: number }).limit);
      return constraint(
        pointer,
        here,
        {
          en: `${shown} must be ${error.keyword === "minimum" ? "at least" : "more than"} ${limit}`,
          de: `${shown} muss ${error.keyword === "minimum" ? "mindestens" : "größer als"} ${limit} sein`,
        },
        describedAs(error),
      );
    }
    case "maximum":
    case "exclusiveMaximum": {
      const limit = String((error.params as { limit: number }).limit);
      return constraint(
        pointer,
        here,
        {
          en: `${shown} must be ${error.keyword === "maximum" ? "at most" : "less than"} ${limit}`,
          de: `${shown} muss ${error.keyword === "maximum" ? "höchstens" : "kleiner als"} ${limit} sein`,
        },
        describedAs(error),
      );
    }
    case "maxLength": {
      const limit = String((error.params as { limit: number }).limit);
      return constraint(
        pointer,
        here,
        {
          en: `is longer than ${limit} characters`,
          de: `ist länger als ${limit} Zeichen`,
        },
        describedAs(error),
      );
    }
    case "uniqueItems":
      return constraint(
        pointer,
        here,
        {
          en: "lists the same entry twice",
          de: "enthält denselben Eintrag zweimal",
        },
        describedAs(error),
      );
    default:
      return constraint(
        pointer,
        here,
        // Ajv's own sentence is English: German names the schema keyword that failed instead.
        {
          en: error.message ?? "is invalid",
          de: `erfüllt die Bedingung \`${error.keyword}\` des Schemas nicht`,
        },
        describedAs(error),
      );
  }
}

function constraint(
  pointer: string,
  here: string,
  what: Localized,
  expected: Localized,
): Described {
  return {
    rule: SCHEMA_RULES.constraint,
    pointer,
    values: {},
    message: { en: `${here}: ${what.en}`, de: `${here}: ${what.de}` },
    expected,
  };
}

/**
 * The schema's own description says what is expected: in German its `x-description-de` where the
 * field has one (the English one otherwise, as the schema has nothing else to say).
 */
function describedAs(error: ErrorObject): Localized {
  const schema = error.parentSchema as
    | { description?: string; "x-description-de"?: string }
    | undefined;
  const description = schema?.description;
  return {
    en: description ?? "See `security-manifest schema` for the expected form.",
    de:
      schema?.["x-description-de"] ??
      description ??
      "Siehe `security-manifest schema` für die erwartete Form.",
  };
}

function toFinding(error: ErrorObject, source: YamlSource, language: Language): Finding {
  const described = describe(error, language);
  const parent = described.key === undefined ? undefined : error.instancePath;
  const { line, column } =
    parent !== undefined && described.key !== undefined
      ? source.positionOfKey(parent, described.key)
      : source.positionOf(described.pointer);
  return {
    rule: described.rule.id,
    area: "schema",
    severity: "high",
    thesis: null,
    message: described.message[language],
    pointer: described.pointer,
    line,
    column,
    remediation: remediationOf(described, language),
    references: ["security-manifest format v1"],
    cases: [],
    status: "new",
    fingerprint: `${described.rule.id}:${stablePointer(source.data, described.pointer)}:${error.keyword}`,
  };
}

/**
 * A place in the manifest that survives inserting or moving list items: list positions become
 * the item's id or name where it has one (`/team/[name=Bob]/role`), so a format gap is not
 * reported as fixed and new again when a block moves.
 */
function stablePointer(data: unknown, pointer: string): string {
  let value = data;
  const steps: string[] = [];
  for (const step of pointerToPath(pointer)) {
    const next =
      value && typeof value === "object"
        ? (value as Record<string | number, unknown>)[step]
        : undefined;
    const identity =
      typeof step === "number" && next && typeof next === "object"
        ? itemIdentity(next as Record<string, unknown>)
        : undefined;
    steps.push(identity ?? String(step));
    value = next;
  }
  return `/${steps.join("/")}`;
}

function itemIdentity(item: Record<string, unknown>): string | undefined {
  for (const field of ["id", "name"]) {
    if (typeof item[field] === "string") return `[${field}=${item[field]}]`;
  }
  return undefined;
}

const TOP_LEVEL: Record<Language, string> = { en: "(top level)", de: "(oberste Ebene)" };
/** "Add `x:` to …" the top level of the file. */
const TOP_LEVEL_IN: Record<Language, string> = { en: "the top level", de: "der obersten Ebene" };

/** `/team/2/role` → `team[2].role`: how a person reads a place in YAML. */
export function displayPath(pointer: string, language: Language = "en"): string {
  if (pointer === "") return TOP_LEVEL[language];
  return pointerToPath(pointer)
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join("");
}

function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** A short rendering of a value for messages: never serialises a whole (possibly huge) structure. */
function showValue(value: unknown, language: Language): string {
  let text: string;
  if (typeof value === "string") text = `"${value.slice(0, 60)}"`;
  else if (Array.isArray(value))
    text = language === "en" ? `a list of ${value.length}` : `eine Liste mit ${value.length}`;
  else if (value && typeof value === "object")
    text = language === "en" ? "a mapping" : "eine Zuordnung";
  else text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeName(type: string, language: Language): string {
  const names: Record<string, Localized> = {
    string: { en: "text", de: "Text" },
    number: { en: "a number", de: "eine Zahl" },
    integer: { en: "a whole number", de: "eine ganze Zahl" },
    boolean: { en: "true or false", de: "true oder false" },
    array: { en: "a list", de: "eine Liste" },
    object: { en: "a mapping of keys to values", de: "eine Zuordnung von Schlüsseln zu Werten" },
    null: { en: "nothing", de: "nichts" },
  };
  return type
    .split(",")
    .map((t) => names[t]?.[language] ?? t)
    .join(language === "en" ? " or " : " oder ");
}

function kindOf(value: unknown, language: Language): string {
  if (value === null) return language === "en" ? "an empty value" : "einen leeren Wert";
  if (Array.isArray(value)) return language === "en" ? "a list" : "eine Liste";
  const type = typeof value;
  const shown = showValue(value, language);
  if (type === "object") return language === "en" ? "a mapping" : "eine Zuordnung";
  if (type === "string") return language === "en" ? `text ${shown}` : `Text ${shown}`;
  return language === "en" ? `${type} ${shown}` : `${type === "number" ? "Zahl" : type} ${shown}`;
}

/** `production` (Produktion): the value to type, and the format's word for it when it differs. */
function valueChoice(field: string, value: string, language: Language): string {
  const label = valueLabel(field, value, language);
  return label === value ? `\`${value}\`` : `\`${value}\` (${label})`;
}
