import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import casesSchema from "../../schema/cases.schema.json" with { type: "json" };
import dinSpecSchema from "../../schema/din-spec-27076.schema.json" with { type: "json" };
import profilesSchema from "../../schema/profiles.schema.json" with { type: "json" };
import rulePackSchema from "../../schema/rule-pack.schema.json" with { type: "json" };
import type { Language, Localized } from "../i18n/language.js";
import { type ProblemKey, type ProblemParams, problemText } from "../i18n/problems/problems.js";
import { readBounded } from "../manifest/load-manifest.js";
import { SourceError, sourceError } from "../manifest/manifest-error.js";
import { findingsFromSchemaErrors, schemaErrorTexts } from "../manifest/validate-schema.js";
import { parseYamlSource, pointerToPath, YamlSource } from "../manifest/yaml-source.js";
import type { Area } from "../vocabulary/finding.js";
import { CheckCompiler, loadCheckRuntime } from "./check-compiler.js";
import { MAX_DAYS, MAX_YEARS } from "./check-keywords.js";
import { DIN_SPEC_CATALOGUE_FILE, type DinSpecCatalogue } from "./din-spec-catalogue.js";
import { type ProfileParameter, referencedParams, substituteParams } from "./parameters.js";
import { isBuiltin, type Rule, type RulePack } from "./rule-types.js";
import { type UnsafePattern, unsafePattern } from "./safe-pattern.js";

/** A worst-practice case (thesis 6): an attack type with real incidents. */
export interface Case {
  id: string;
  title: Localized;
  description: Localized;
  entry: Localized;
  measures: Localized[];
  references: string[];
  incidents: {
    name: string;
    year: number;
    summary: Localized;
    lesson: Localized;
    source: string;
  }[];
}

export interface RuleSet {
  packs: RulePack[];
  rules: Rule[];
  cases: Map<string, Case>;
  parameters: Record<string, ProfileParameter>;
  compiler: CheckCompiler;
  /** The DIN SPEC 27076 requirements and the rules that check them (the report's status value). */
  dinSpec27076?: DinSpecCatalogue;
}

/** Where our own packs live: `rules/` at the repository root (the bundle sits two levels down too). */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));
export const BUILTIN_PACKS = [
  "threat-modelling",
  "reviews",
  "training",
  "governance",
  // Legal duties (reporting chains, market placement, recovery): governance rules in a pack of their own.
  "duties",
  "risk",
  "pull-request",
  "baseline",
] as const;

export interface LoadOptions {
  /**
   * Validate our own files too (schemas, every check compiled). Tests do; at run time only the
   * user's packs are validated, since ours are checked in CI: it keeps the cold start short.
   */
  verifyBuiltin?: boolean;
  /** The folder the user's pack paths are shown relative to (the CLI's working directory). */
  cwd?: string;
}

/** The rule files as the bundle embeds them (parsed at build time); undefined when running from source. */
declare const __BUILTIN_RULE_FILES__: Record<string, unknown> | undefined;
const EMBEDDED_RULE_FILES =
  typeof __BUILTIN_RULE_FILES__ === "undefined" ? undefined : __BUILTIN_RULE_FILES__;

/** What the loader needs of a rule file: its data, its name, and where a pointer is in it. */
type RuleFile = Pick<YamlSource, "file" | "data" | "positionOf">;

/** A rule file and whether it must be validated before use (only parsed files can be: they know every position). */
type RuleSource = { source: YamlSource; verify: boolean } | { source: RuleFile; verify: false };

/** A rule pack given as text (e.g. read at a pull request's base commit through the API). */
export interface RulePackText {
  /** How the pack is named in messages: its path in the repository. */
  file: string;
  text: string;
}

export async function loadRuleSet(
  extraPackFiles: readonly (string | RulePackText)[] = [],
  options: LoadOptions = {},
): Promise<RuleSet> {
  const verifyBuiltin = options.verifyBuiltin ?? false;
  // Our own files are named as they sit in the repository; the user's as they named them.
  const read = async (file: string, shownAs: string, verify: boolean): Promise<RuleSource> => ({
    source: parseYamlSource(shownAs, await readBounded(file, "rule pack", shownAs), "rule pack"),
    verify,
  });
  const builtin = (name: string): Promise<RuleSource> => {
    const shownAs = `rules/${name}.yml`;
    const embedded = EMBEDDED_RULE_FILES?.[shownAs];
    // The bundle carries our files pre-parsed (and CI verified them): no YAML parsing at start-up.
    if (embedded !== undefined && !verifyBuiltin) {
      return Promise.resolve({
        source: { file: shownAs, data: embedded, positionOf: () => ({ line: 1, column: 1 }) },
        verify: false,
      });
    }
    return read(`${BUILTIN_RULES_DIR}${name}.yml`, shownAs, verifyBuiltin);
  };
  const [cases, profiles, dinSpec, ...packs] = await Promise.all([
    builtin("cases"),
    builtin("profiles"),
    builtin(DIN_SPEC_CATALOGUE_FILE),
    ...BUILTIN_PACKS.map((name) => builtin(name)),
    ...extraPackFiles.map((file) =>
      typeof file === "string"
        ? read(file, path.relative(options.cwd ?? process.cwd(), file) || file, true)
        : Promise.resolve({
            source: parseYamlSource(file.file, file.text, "rule pack"),
            verify: true,
          }),
    ),
  ]);
  const sources = [cases, profiles, dinSpec, ...packs] as RuleSource[];
  // Ajv is loaded only when a file must be verified (the user's packs): a run with ours alone
  // finds everything precompiled in the bundle and never parses Ajv's compiler.
  const verifying = sources.some((s) => s.verify);
  const validators = verifying ? await loadFileValidators() : undefined;
  const ruleSet = buildRuleSet(cases as RuleSource, profiles as RuleSource, packs, validators);
  // The catalogue only names rules; the test holds it to the packs (every id exists).
  if (dinSpec.verify) assertValid(dinSpec.source, (validators as FileValidators).dinSpec);
  return { ...ruleSet, dinSpec27076: dinSpec.source.data as DinSpecCatalogue };
}

interface FileValidators {
  pack: ValidateFunction;
  cases: ValidateFunction;
  profiles: ValidateFunction;
  dinSpec: ValidateFunction;
}

let fileValidators: Promise<FileValidators> | undefined;

/**
 * The schemas of rule packs, the catalogue and the profiles, compiled once per process. Loading
 * Ajv here also readies the check compiler for the packs' checks.
 */
function loadFileValidators(): Promise<FileValidators> {
  fileValidators ??= loadCheckRuntime().then(({ Ajv }) => {
    const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
    ajv.addSchema(rulePackSchema);
    return {
      pack: ajv.getSchema(rulePackSchema.$id) as ValidateFunction,
      cases: ajv.compile(casesSchema),
      profiles: ajv.compile(profilesSchema),
      dinSpec: ajv.compile(dinSpecSchema),
    };
  });
  return fileValidators;
}

/** Links the catalogue, the profile parameters and the packs; every problem names its file and line. */
function buildRuleSet(
  cases: RuleSource,
  profiles: RuleSource,
  packSources: RuleSource[],
  validators: FileValidators | undefined,
): RuleSet {
  // Present whenever a source is to be verified (loadRuleSet loads them then).
  const schemas = () => validators as FileValidators;
  if (cases.verify) assertValid(cases.source, schemas().cases);
  if (profiles.verify) assertValid(profiles.source, schemas().profiles);
  const catalogue = new Map((cases.source.data as { cases: Case[] }).cases.map((c) => [c.id, c]));
  const parameters = (profiles.source.data as { parameters: Record<string, ProfileParameter> })
    .parameters;
  const compiler = new CheckCompiler({ validateSchemas: packSources.some((p) => p.verify) });
  const packs: RulePack[] = [];
  const seen = new Map<string, string>();
  for (const { source, verify } of packSources) {
    if (verify) assertValid(source, schemas().pack);
    const data = source.data as {
      pack: string;
      area: Area;
      description?: Localized;
      rules: Omit<Rule, "area" | "source">[];
    };
    const rules = data.rules.map((raw, index): Rule => {
      const rule: Rule = { ...raw, cases: raw.cases ?? [], area: data.area, source: source.file };
      const fail: Fail = (pointer, key, params = {}, options = {}) => {
        const at = source.positionOf(`/rules/${index}${pointer}`);
        const code = options.code ?? "invalid-rule";
        const error = sourceError(source.file, at, code, key, { rule: rule.id, ...params });
        if (!options.german) throw error;
        const { message, hint } = error.problem;
        throw new SourceError(error.problem, { en: { message, hint }, de: options.german });
      };
      // Duplicate ids are checked always: a user's pack may collide with ours.
      const earlier = seen.get(rule.id);
      if (earlier) fail("/id", "rule-id-taken", { earlier }, { code: "duplicate-rule-id" });
      seen.set(rule.id, source.file);
      if (verify) verifyRule(rule, catalogue, parameters, compiler, fail);
      return rule;
    });
    packs.push({
      file: source.file,
      pack: data.pack,
      area: data.area,
      description: data.description,
      rules,
    });
  }
  // `superseded_by` may name a rule of a later pack: checked once every id is known.
  for (const { source, verify } of packSources) {
    if (!verify) continue;
    const raw = (source.data as { rules: Rule[] }).rules;
    raw.forEach((rule, index) => {
      (rule.superseded_by ?? []).forEach((entry, at) => {
        if (seen.has(entry.rule) && entry.rule !== rule.id) return;
        const place = source.positionOf(`/rules/${index}/superseded_by/${at}/rule`);
        throw sourceError(
          source.file,
          place,
          "invalid-rule",
          entry.rule === rule.id ? "superseded-by-itself" : "superseded-by-unknown",
          { rule: rule.id, target: entry.rule },
        );
      });
    });
  }
  return { packs, rules: packs.flatMap((p) => p.rules), cases: catalogue, parameters, compiler };
}

/**
 * Refuses the rule with a problem of the tables (src/i18n/problems/rule-pack-*), at `pointer`;
 * `german` words it where the table cannot (a schema error the schema-error mapping words).
 */
type Fail = (
  pointer: string,
  key: ProblemKey,
  params?: ProblemParams,
  options?: { code?: string; german?: { message: string; hint: string } },
) => never;

/** What the pack schema cannot say: cases and parameters exist, patterns are safe, checks compile. */
function verifyRule(
  rule: Rule,
  cases: ReadonlyMap<string, Case>,
  parameters: Readonly<Record<string, ProfileParameter>>,
  compiler: CheckCompiler,
  fail: Fail,
): void {
  for (const caseId of rule.cases) {
    if (!cases.has(caseId))
      fail("/cases", "unknown-case", { case: caseId, known: [...cases.keys()].join(", ") });
  }
  const params = {
    ...Object.fromEntries(Object.entries(parameters).map(([k, p]) => [k, p.default])),
    ...rule.params,
  };
  for (const tuning of rule.tuning ?? []) Object.assign(params, tuning.params);
  for (const name of referencedParams(rule.check)) {
    // Own keys only: `{$param: constructor}` must not find Object.prototype.constructor.
    if (!Object.hasOwn(params, name)) fail("/check", "unknown-parameter", { name });
  }
  const pattern = findUnsafePattern(rule.check);
  if (pattern) {
    fail(pattern.pointer, "unsafe-pattern", {
      pattern: pattern.pattern,
      reason: pattern.unsafe.reason,
      ...pattern.unsafe.params,
    });
  }
  const reference = findReference(rule.check);
  if (reference) fail(reference.pointer, "check-reference", { keyword: reference.keyword });
  const number = findOutOfRangeNumber(rule.check);
  if (number) {
    const { pointer, ...facts } = number;
    fail(pointer, "number-out-of-range", facts);
  }
  if (isBuiltin(rule.check)) return;
  const check = substituteParams(rule.check, params) as {
    where?: unknown;
    parent_where?: unknown;
    require: unknown;
  };
  for (const schema of [check.where, check.parent_where, check.require]) {
    if (schema === undefined) continue;
    try {
      compiler.compile(schema);
    } catch (error) {
      invalidCheck(error, schema, compiler, fail, rule.id);
    }
  }
}

/**
 * A check Ajv cannot compile, in the reader's language: unknown keywords and formats by name, an
 * invalid schema through the schema-error mapping (as manifests); Ajv's sentence stays English.
 */
function invalidCheck(
  error: unknown,
  schema: unknown,
  compiler: CheckCompiler,
  fail: Fail,
  rule: string,
): never {
  const detail = error instanceof Error ? error.message : String(error);
  const keyword = /unknown keyword: "([^"]*)"/.exec(detail)?.[1];
  if (keyword !== undefined) fail("/check", "check-unknown-keyword", { detail, keyword });
  // Our own keywords (maxAgeDays, refersTo, …) with a value of the wrong form.
  const ours = /keyword "([^"]+)" value is invalid|^(\w+) value must be \[/.exec(detail);
  if (ours) fail("/check", "check-keyword-value", { detail, keyword: ours[1] ?? ours[2] ?? "" });
  const format = /unknown format "([^"]*)"/.exec(detail)?.[1];
  if (format !== undefined) fail("/check", "check-unknown-format", { detail, format });
  // The compiler's Ajv is not verbose: the wrong value is looked up in the check itself.
  const schemaErrors = (/^schema is invalid/.test(detail) ? (compiler.ajv.errors ?? []) : []).map(
    (found) => ({ ...found, data: found.data ?? valueAt(schema, found.instancePath) }),
  );
  const [first] = schemaErrorTexts(schemaErrors, "de");
  // The hint of the table: the mapping's would point at the manifest's schema.
  const table = problemText("check-invalid", { rule }, "de");
  const german = first && { message: `${table.message}: ${first.message}`, hint: table.hint };
  fail("/check", "check-invalid", { detail }, { german });
}

function valueAt(data: unknown, pointer: string): unknown {
  let value = data;
  for (const step of pointerToPath(pointer)) {
    if (!value || typeof value !== "object" || !Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function assertValid(source: RuleFile, validate: ValidateFunction): void {
  // Only parsed files are verified (RuleSource): the embedded ones were verified in CI.
  if (!(source instanceof YamlSource)) return;
  if (validate(source.data)) return;
  const first = (language: Language) =>
    findingsFromSchemaErrors(validate.errors ?? [], source, language)[0];
  const en = first("en");
  const de = first("de");
  if (!en || !de) return;
  throw new SourceError(
    {
      file: source.file,
      line: en.line,
      column: en.column,
      code: "invalid-rule-pack",
      message: en.message,
      hint: en.remediation,
    },
    {
      en: { message: en.message, hint: en.remediation },
      de: { message: de.message, hint: de.remediation },
    },
  );
}

/** Every value in a check with its pointer (relative to the rule), depth first, without recursion. */
function* entriesOf(check: unknown): Generator<{ key: string; value: unknown; pointer: string }> {
  const stack: { value: unknown; pointer: string }[] = [{ value: check, pointer: "/check" }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop() as { value: unknown; pointer: string };
    if (!value || typeof value !== "object") continue;
    const entries = Object.entries(value).map(([key, element]) => ({
      key,
      value: element,
      pointer: `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
    }));
    yield* entries;
    stack.push(...entries.reverse());
  }
}

function findUnsafePattern(
  check: unknown,
): { pattern: string; unsafe: UnsafePattern; pointer: string } | undefined {
  for (const { key, value, pointer } of entriesOf(check)) {
    if (key === "pattern" && typeof value === "string") {
      const unsafe = unsafePattern(value);
      if (unsafe) return { pattern: value, unsafe, pointer };
    }
  }
  return undefined;
}

/** Schema references would reach outside the check (files, addresses) or loop (`$ref: "#"`). */
const REFERENCE_KEYWORDS = new Set(["$ref", "$dynamicRef", "$recursiveRef", "$id"]);

function findReference(check: unknown): { keyword: string; pointer: string } | undefined {
  for (const { key, pointer } of entriesOf(check)) {
    if (REFERENCE_KEYWORDS.has(key)) return { keyword: key, pointer };
  }
  return undefined;
}

/** Day and year counts written into a check (placeholders are checked with the params). */
const NUMBER_LIMITS: Record<string, { max: number; min: number; unit: string }> = {
  maxAgeDays: { min: -MAX_DAYS, max: MAX_DAYS, unit: "days" },
  minDaysAhead: { min: -MAX_DAYS, max: MAX_DAYS, unit: "days" },
  days: { min: -MAX_DAYS, max: MAX_DAYS, unit: "days" },
  years: { min: 0, max: MAX_YEARS, unit: "years" },
};

function findOutOfRangeNumber(
  check: unknown,
):
  | { keyword: string; value: string; unit: string; min: string; max: string; pointer: string }
  | undefined {
  for (const { key, value, pointer } of entriesOf(check)) {
    const limit = Object.hasOwn(NUMBER_LIMITS, key) ? NUMBER_LIMITS[key] : undefined;
    if (!limit || typeof value !== "number") continue;
    if (Number.isFinite(value) && value >= limit.min && value <= limit.max) continue;
    return {
      keyword: key,
      value: String(value),
      unit: limit.unit,
      min: String(limit.min),
      max: String(limit.max),
      pointer,
    };
  }
  return undefined;
}
