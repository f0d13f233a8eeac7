import path from "node:path";
import { addYears, daysBetween, isIsoDate } from "../manifest/iso-date.js";
import { pointerToPath } from "../manifest/yaml-source.js";
import { authorityOf, isManagementName } from "./authority.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { globMatcher } from "./glob-match.js";
import { RISK_LEVELS, riskLevel } from "./risk-matrix.js";
import { fieldValues, selectItems } from "./select-items.js";

/** A compiled check: holds for a value, given the evaluation context as `this`. */
export type CheckValidator = (this: EvaluationContext, data: unknown) => boolean;

/** What a keyword sees besides its value: the evaluation context, and a compiler for nested `where`. */
export interface KeywordContext extends EvaluationContext {
  compileCheck(schema: unknown): CheckValidator;
  /** Per evaluation: what reference keywords computed, by their schema value (the manifest does not change). */
  memo: WeakMap<object, Set<unknown>>;
}

/**
 * A custom JSON Schema keyword rule packs may use: a pure function of its schema value, the data,
 * the data's parent, and the context (today, the manifest, which evidence files exist). Nothing
 * from a pack or manifest is executed. The compiler (check-compiler.ts) turns these into Ajv
 * keywords; the build refers to them by name from precompiled code.
 */
export interface KeywordDefinition {
  schemaType: "number" | "boolean" | "string" | "object" | "array";
  metaSchema?: object;
  holds(spec: never, data: unknown, parentData: unknown, context: KeywordContext): boolean;
}

type Data = Record<string, unknown>;

const define = <Spec>(
  schemaType: KeywordDefinition["schemaType"],
  holds: (spec: Spec, data: unknown, parentData: unknown, context: KeywordContext) => boolean,
  metaSchema?: object,
): KeywordDefinition => ({ schemaType, metaSchema, holds: holds as KeywordDefinition["holds"] });

export const CHECK_KEYWORDS: Record<string, KeywordDefinition> = {
  maxAgeDays: define<number>(
    "number",
    (days, data, _p, ctx) => isIsoDate(data) && daysBetween(data, ctx.today) <= days,
  ),
  notInFuture: define<boolean>(
    "boolean",
    (on, data, _p, ctx) => !on || (isIsoDate(data) && daysBetween(data, ctx.today) >= 0),
  ),
  notPast: define<boolean>(
    "boolean",
    (on, data, _p, ctx) => !on || (isIsoDate(data) && daysBetween(ctx.today, data) >= 0),
  ),
  minDaysAhead: define<number>(
    "number",
    (days, data, _p, ctx) => isIsoDate(data) && daysBetween(ctx.today, data) >= days,
  ),
  knownRule: define<boolean>(
    "boolean",
    (on, data, _p, ctx) => !on || (typeof data === "string" && ctx.ruleIds.has(data)),
  ),
  maxDaysAfter: define<{ ref: string; days: number; years?: number }>(
    "object",
    (spec, data, parentData, ctx) => {
      const reference = spec.ref.startsWith("/")
        ? valueAt(ctx.manifest, spec.ref)
        : (parentData as Data | undefined)?.[spec.ref];
      // Without a reference date there is nothing to compare; other rules ask for the date.
      if (!isIsoDate(reference)) return true;
      // Calendar years first (leap days counted right), then days.
      const start = spec.years ? addYears(reference, spec.years) : reference;
      return isIsoDate(data) && daysBetween(start, data) <= spec.days;
    },
    {
      type: "object",
      properties: {
        ref: { type: "string" },
        days: { type: "number" },
        years: { type: "integer", minimum: 0 },
      },
      required: ["ref", "days"],
      additionalProperties: false,
    },
  ),
  evidenceExists: define<boolean>(
    "boolean",
    (on, data, _p, ctx) => !on || evidenceExists(data, ctx),
  ),
  refersTo: define<{ items: string; key: string; where?: unknown; some?: boolean }>(
    "object",
    (spec, data, _p, ctx) => {
      const values = Array.isArray(data) ? data : [data];
      const known = referencedValues(spec, ctx);
      if (values.length === 0) return !spec.some;
      return spec.some ? values.some((v) => known.has(v)) : values.every((v) => known.has(v));
    },
    referenceMeta(["items", "key"], { some: { type: "boolean" } }),
  ),
  referencedBy: define<{ items: string; key: string; where?: unknown; self: string }>(
    "object",
    (spec, data, _p, ctx) => {
      const own = (data as Data | null)?.[spec.self];
      return own !== undefined && referencedValues(spec, ctx).has(own);
    },
    referenceMeta(["items", "key", "self"], { self: { type: "string" } }),
  ),
  riskLevel: define<string[]>(
    "array",
    (levels, data) => {
      const threat = (data ?? {}) as Data;
      const level = riskLevel(threat.likelihood, threat.impact);
      return level !== undefined && levels.includes(level);
    },
    { type: "array", items: { enum: [...RISK_LEVELS] }, minItems: 1 },
  ),
  managementMember: define<boolean>(
    "boolean",
    (on, data, _p, ctx) => !on || isManagementPerson(data, ctx),
  ),
  protectionAtLeast: define<string>(
    "string",
    (level, data, _p, ctx) =>
      PROTECTION_LEVELS.indexOf(componentProtection(data, ctx.manifest)) >=
      PROTECTION_LEVELS.indexOf(level),
    { enum: ["normal", "high", "very-high"] },
  ),
  isPullRequestAuthor: define<boolean>("boolean", (on, data, _p, ctx) => {
    const author = ctx.pullRequest?.author;
    // GitHub logins are case-insensitive.
    const same =
      typeof data === "string" &&
      author !== undefined &&
      data.toLowerCase() === author.toLowerCase();
    return on ? same : !same;
  }),
  changedByPullRequest: define<boolean>("boolean", (on, data, _p, ctx) => {
    const changed = changedByPullRequest(data, ctx.pullRequest?.changedFiles ?? []);
    return on ? changed : !changed;
  }),
};

/**
 * The `key` values of the items under `items` that match `where`: computed once per evaluation
 * and check, so a reference check stays linear in the size of the manifest.
 */
function referencedValues(
  spec: { items: string; key: string; where?: unknown },
  ctx: KeywordContext,
): Set<unknown> {
  const cached = ctx.memo.get(spec);
  if (cached) return cached;
  let items = selectItems(ctx.manifest, spec.items);
  if (spec.where !== undefined) {
    const matches = ctx.compileCheck(spec.where);
    items = items.filter((item) => matches.call(ctx, item.value));
  }
  const values = new Set(fieldValues(items, spec.key));
  ctx.memo.set(spec, values);
  return values;
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
  // Not picomatch: it compiles globs to backtracking regular expressions, and the pull request's
  // author controls both the globs and the file names. globMatcher runs in O(glob × path) and
  // ignores globs over MAX_GLOB_LENGTH (500) characters.
  const matches = globMatcher(globs.filter((g): g is string => typeof g === "string"));
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

/**
 * A management person: a team member with role management, or the named management sponsor —
 * as the context's authority says (on pull requests: the base commit's manifest).
 */
export function isManagementPerson(name: unknown, context: EvaluationContext): boolean {
  return isManagementName(name, context.authority ?? authorityOf(context.manifest, context.today));
}

/**
 * Evidence is a web address or a path inside the repository that exists. A path may not climb
 * out of the repository (`..`, absolute paths): the check must not become a file-system probe.
 */
export function evidenceExists(value: unknown, context: EvaluationContext): boolean {
  if (typeof value !== "string" || value.trim() === "") return false;
  if (/^https:\/\/\S+$/.test(value)) return true;
  const relative = isInsideRepository(value);
  return relative !== undefined && context.evidenceExists(relative);
}

/** The normalised relative path, or undefined when the path would leave the repository. */
export function isInsideRepository(value: string): string | undefined {
  if (path.isAbsolute(value) || /^[a-z]:/i.test(value) || value.includes("\0")) return undefined;
  const normalised = path.posix.normalize(value.replace(/\\/g, "/"));
  if (normalised === ".." || normalised.startsWith("../") || normalised === ".") return undefined;
  return normalised;
}
