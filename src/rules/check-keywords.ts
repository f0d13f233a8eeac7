import path from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import type { DataValidationCxt } from "ajv/dist/types/index.js";
import addFormats from "ajv-formats";
import picomatch from "picomatch";
import { daysBetween, isIsoDate } from "../manifest/iso-date.js";
import { pointerToPath } from "../manifest/yaml-source.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { RISK_LEVELS, riskLevel } from "./risk-matrix.js";
import { boundedRegExp } from "./safe-pattern.js";
import { fieldValues, selectItems } from "./select-items.js";

/**
 * The custom JSON Schema keywords rule packs may use. Each is a pure function of the value, the
 * manifest and the evaluation context (today, which evidence files exist): nothing is executed.
 */
export const CHECK_KEYWORDS = [
  "maxAgeDays",
  "notInFuture",
  "notPast",
  "minDaysAhead",
  "knownRule",
  "maxDaysAfter",
  "evidenceExists",
  "refersTo",
  "referencedBy",
  "riskLevel",
  "managementMember",
  "protectionAtLeast",
  "isPullRequestAuthor",
  "changedByPullRequest",
] as const;

type Ctx = EvaluationContext;
type Data = Record<string, unknown>;

export type CheckValidator = (this: Ctx, data: unknown) => boolean;

/** One Ajv instance per engine: compiled checks are cached by their (parameter-resolved) schema. */
export class CheckCompiler {
  readonly #ajv: Ajv;
  readonly #cache = new Map<string, ValidateFunction>();

  /** validateSchemas: check schemas against the JSON Schema meta-schema (for the user's packs). */
  constructor(options: { validateSchemas?: boolean } = {}) {
    this.#ajv = new Ajv({
      validateSchema: options.validateSchemas ?? true,
      // Checks run once per item: compile speed matters more than generated-code polish.
      code: { optimize: false, regExp: boundedRegExp },
      allErrors: false,
      // Unknown keywords are errors; pack authors need not spell out `type: object` everywhere.
      strict: true,
      strictTypes: false,
      strictRequired: false,
      passContext: true,
      allowUnionTypes: true,
    });
    addFormats.default(this.#ajv);
    const where = (schema: unknown) => this.compile(schema);
    const ajv = this.#ajv;
    ajv.addKeyword({
      keyword: "maxAgeDays",
      schemaType: "number",
      validate(this: Ctx, days: number, data: unknown) {
        return isIsoDate(data) && daysBetween(data, this.today) <= days;
      },
    });
    ajv.addKeyword({
      keyword: "notInFuture",
      schemaType: "boolean",
      validate(this: Ctx, on: boolean, data: unknown) {
        return !on || (isIsoDate(data) && daysBetween(data, this.today) >= 0);
      },
    });
    ajv.addKeyword({
      keyword: "notPast",
      schemaType: "boolean",
      validate(this: Ctx, on: boolean, data: unknown) {
        return !on || (isIsoDate(data) && daysBetween(this.today, data) >= 0);
      },
    });
    ajv.addKeyword({
      keyword: "minDaysAhead",
      schemaType: "number",
      validate(this: Ctx, days: number, data: unknown) {
        return isIsoDate(data) && daysBetween(this.today, data) >= days;
      },
    });
    ajv.addKeyword({
      keyword: "knownRule",
      schemaType: "boolean",
      validate(this: Ctx, on: boolean, data: unknown) {
        return !on || (typeof data === "string" && this.ruleIds.has(data));
      },
    });
    ajv.addKeyword({
      keyword: "maxDaysAfter",
      schemaType: "object",
      metaSchema: {
        type: "object",
        properties: { ref: { type: "string" }, days: { type: "number" } },
        required: ["ref", "days"],
        additionalProperties: false,
      },
      validate(
        this: Ctx,
        spec: { ref: string; days: number },
        data: unknown,
        _s: unknown,
        cxt?: DataValidationCxt,
      ) {
        const reference = spec.ref.startsWith("/")
          ? valueAt(this.manifest, spec.ref)
          : (cxt?.parentData as Data | undefined)?.[spec.ref];
        // Without a reference date there is nothing to compare; other rules ask for the date.
        if (!isIsoDate(reference)) return true;
        return isIsoDate(data) && daysBetween(reference, data) <= spec.days;
      },
    });
    ajv.addKeyword({
      keyword: "evidenceExists",
      schemaType: "boolean",
      validate(this: Ctx, on: boolean, data: unknown) {
        return !on || evidenceExists(data, this);
      },
    });
    ajv.addKeyword({
      keyword: "refersTo",
      schemaType: "object",
      metaSchema: referenceMeta(["items", "key"], { some: { type: "boolean" } }),
      validate(
        this: Ctx,
        spec: { items: string; key: string; where?: unknown; some?: boolean },
        data: unknown,
      ) {
        const values = Array.isArray(data) ? data : [data];
        const candidates = selectItems(this.manifest, spec.items).filter(
          (item) => spec.where === undefined || where(spec.where).call(this, item.value),
        );
        const known = new Set(fieldValues(candidates, spec.key));
        if (values.length === 0) return !spec.some;
        return spec.some ? values.some((v) => known.has(v)) : values.every((v) => known.has(v));
      },
    });
    ajv.addKeyword({
      keyword: "referencedBy",
      schemaType: "object",
      metaSchema: referenceMeta(["items", "key", "self"], { self: { type: "string" } }),
      validate(
        this: Ctx,
        spec: { items: string; key: string; where?: unknown; self: string },
        data: unknown,
      ) {
        const own = (data as Data | null)?.[spec.self];
        if (own === undefined) return false;
        const referrers = selectItems(this.manifest, spec.items).filter(
          (item) => spec.where === undefined || where(spec.where).call(this, item.value),
        );
        return fieldValues(referrers, spec.key).includes(own);
      },
    });
    ajv.addKeyword({
      keyword: "riskLevel",
      schemaType: "array",
      metaSchema: { type: "array", items: { enum: [...RISK_LEVELS] }, minItems: 1 },
      validate(levels: string[], data: unknown) {
        const threat = (data ?? {}) as Data;
        const level = riskLevel(threat.likelihood, threat.impact);
        return level !== undefined && levels.includes(level);
      },
    });
    ajv.addKeyword({
      keyword: "isPullRequestAuthor",
      schemaType: "boolean",
      validate(this: Ctx, on: boolean, data: unknown) {
        const author = this.pullRequest?.author;
        // GitHub logins are case-insensitive.
        const same =
          typeof data === "string" &&
          author !== undefined &&
          data.toLowerCase() === author.toLowerCase();
        return on ? same : !same;
      },
    });
    ajv.addKeyword({
      keyword: "changedByPullRequest",
      schemaType: "boolean",
      validate(this: Ctx, on: boolean, data: unknown) {
        const changed = changedByPullRequest(data, this.pullRequest?.changedFiles ?? []);
        return on ? changed : !changed;
      },
    });
    ajv.addKeyword({
      keyword: "protectionAtLeast",
      schemaType: "string",
      metaSchema: { enum: [...PROTECTION_LEVELS] },
      validate(this: Ctx, level: string, data: unknown) {
        return (
          PROTECTION_LEVELS.indexOf(componentProtection(data, this.manifest)) >=
          PROTECTION_LEVELS.indexOf(level)
        );
      },
    });
    ajv.addKeyword({
      keyword: "managementMember",
      schemaType: "boolean",
      validate(this: Ctx, on: boolean, data: unknown) {
        return !on || isManagementPerson(data, this.manifest);
      },
    });
  }

  compile(schema: unknown): CheckValidator {
    const key = JSON.stringify(schema);
    let validate = this.#cache.get(key);
    if (!validate) {
      validate = this.#ajv.compile(schema as object);
      this.#cache.set(key, validate);
    }
    return validate as unknown as CheckValidator;
  }
}

function referenceMeta(required: string[], extra: Record<string, unknown>) {
  return {
    type: "object",
    properties: { items: { type: "string" }, key: { type: "string" }, where: {}, ...extra },
    required,
    additionalProperties: false,
  };
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const step of pointerToPath(pointer)) {
    if (!value || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

const PROTECTION_LEVELS = ["normal", "high", "very-high"];

/** A component is changed when a changed file matches one of its `paths` globs. */
export function changedByPullRequest(component: unknown, changedFiles: readonly string[]): boolean {
  const globs = (component as Data | null)?.paths;
  if (!Array.isArray(globs) || changedFiles.length === 0) return false;
  const patterns = globs.filter((g): g is string => typeof g === "string" && g.length <= 500);
  if (patterns.length === 0) return false;
  // No extglobs: +(a|aa)-style patterns from a manifest could backtrack for ever.
  const matches = picomatch(patterns, { dot: true, noextglob: true });
  return changedFiles.some((file) => matches(file));
}

/**
 * A component's own protection need: its override per axis where it gives one, else the
 * organisation's; the highest of confidentiality, integrity and availability.
 */
export function componentProtection(component: unknown, manifest: Data): string {
  const own = ((component as Data | null)?.protection_needs ?? {}) as Data;
  const organisation = ((manifest.organisation as Data | undefined)?.protection_needs ??
    {}) as Data;
  let highest = 0;
  for (const axis of ["confidentiality", "integrity", "availability"]) {
    highest = Math.max(
      highest,
      PROTECTION_LEVELS.indexOf(String(own[axis] ?? organisation[axis] ?? "normal")),
    );
  }
  return PROTECTION_LEVELS[highest] ?? "normal";
}

/** A management person: a team member with role management, or the named management sponsor. */
export function isManagementPerson(name: unknown, manifest: Data): boolean {
  if (typeof name !== "string") return false;
  const team = Array.isArray(manifest.team) ? (manifest.team as Data[]) : [];
  if (team.some((member) => member?.role === "management" && member.name === name)) return true;
  const sponsor = ((manifest.management as Data | undefined)?.sponsor as Data | undefined)?.name;
  return sponsor === name;
}

/**
 * Evidence is a web address or a path inside the repository that exists. A path may not climb
 * out of the repository (`..`, absolute paths): the check must not become a file-system probe.
 */
export function evidenceExists(value: unknown, context: Ctx): boolean {
  if (typeof value !== "string" || value.trim() === "") return false;
  if (/^https:\/\/\S+$/.test(value)) return true;
  const relative = isInsideRepository(value);
  return relative !== undefined && context.evidenceExists(relative);
}

/** The normalised relative path, or undefined when the path would leave the repository. */
export function isInsideRepository(value: string): string | undefined {
  if (path.isAbsolute(value) || /^[a-z]:/i.test(value) || value.includes("\0")) return undefined;
  const normalised = path.posix.normalize(value.replace(/\\/g, "/"));
  if (normalised === ".." || normalised.startsWith("../")) return undefined;
  return normalised;
}
