import path from "node:path";
import { addYears, dayNumber, isIsoDate } from "../manifest/iso-date.js";
import { pointerToPath } from "../manifest/yaml-source.js";
import { type Authority, authorityOf, isManagementName, isManagementOn } from "./authority.js";
import { isCurrentMember } from "./current-member.js";
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

/** Day counts in checks stay within a hundred years either way: a larger one is a mistake. */
export const MAX_DAYS = 36_500;
export const MAX_YEARS = 100;
const DAYS = { type: "number", minimum: -MAX_DAYS, maximum: MAX_DAYS };

export const CHECK_KEYWORDS: Record<string, KeywordDefinition> = {
  maxAgeDays: define<number>(
    "number",
    (days, data, _p, ctx) => {
      const day = isoDay(data);
      return day !== undefined && today(ctx) - day <= days;
    },
    DAYS,
  ),
  notInFuture: define<boolean>("boolean", (on, data, _p, ctx) => {
    const day = isoDay(data);
    return !on || (day !== undefined && today(ctx) - day >= 0);
  }),
  notPast: define<boolean>("boolean", (on, data, _p, ctx) => {
    const day = isoDay(data);
    return !on || (day !== undefined && day - today(ctx) >= 0);
  }),
  minDaysAhead: define<number>(
    "number",
    (days, data, _p, ctx) => {
      const day = isoDay(data);
      return day !== undefined && day - today(ctx) >= days;
    },
    DAYS,
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
        : ownValue(parentData, spec.ref);
      // Without a reference date there is nothing to compare; other rules ask for the date.
      if (!isIsoDate(reference)) return true;
      // Calendar years first (leap days counted right), then days.
      const start = spec.years ? addYears(reference, spec.years) : reference;
      const day = isoDay(data);
      return day !== undefined && day - dayNumber(start) <= spec.days;
    },
    {
      type: "object",
      properties: {
        ref: { type: "string" },
        days: DAYS,
        years: { type: "integer", minimum: 0, maximum: MAX_YEARS },
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
      const own = ownValue(data, spec.self);
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
  // A decision (risk acceptance, sign-off): the person in field `by` is management now and had
  // not left by the decision's date in field `on`.
  decidedByManagement: define<{ by: string; on: string }>(
    "object",
    (spec, data, _p, ctx) =>
      isManagementOn(ownValue(data, spec.by), ownValue(data, spec.on), authority(ctx)),
    {
      type: "object",
      properties: { by: { type: "string" }, on: { type: "string" } },
      required: ["by", "on"],
      additionalProperties: false,
    },
  ),
  // A team member who has not left by today (a `left` date in the future still counts).
  currentMember: define<boolean>(
    "boolean",
    (on, data, _p, ctx) => isCurrentMember(data, ctx.today) === on,
  ),
  protectionAtLeast: define<string>(
    "string",
    (level, data, _p, ctx) =>
      PROTECTION_LEVELS.indexOf(componentProtection(data, ctx.manifest)) >=
      PROTECTION_LEVELS.indexOf(level),
    { enum: ["normal", "high", "very-high"] },
  ),
  // Business continuity looks at one axis only: a component may be down when only its data is secret.
  availabilityAtLeast: define<string>(
    "string",
    (level, data, _p, ctx) =>
      PROTECTION_LEVELS.indexOf(componentAvailability(data, ctx.manifest)) >=
      PROTECTION_LEVELS.indexOf(level),
    { enum: ["normal", "high", "very-high"] },
  ),
  // A duty that applies from a fixed date (e.g. CRA Art. 14 from 2026-09-11): about the evaluation date, not the data.
  evaluatedFrom: define<string>(
    "string",
    (from, _data, _p, ctx) => isIsoDate(from) && today(ctx) >= dayNumber(from),
    { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
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
 * Day numbers of ISO dates, remembered: a large team's trainings share a few hundred dates, and
 * each is checked by several rules (validating and parsing a date cost a third of an evaluation).
 * Dates that are not ISO dates are remembered as `null`. Bounded: emptied when full.
 */
const ISO_DAYS = new Map<string, number | null>();
const ISO_DAYS_MAX = 100_000;

function isoDay(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  let day = ISO_DAYS.get(value);
  if (day === undefined) {
    day = isIsoDate(value) ? dayNumber(value) : null;
    if (ISO_DAYS.size >= ISO_DAYS_MAX) ISO_DAYS.clear();
    ISO_DAYS.set(value, day);
  }
  return day ?? undefined;
}

/** The evaluation date's day number (as daysBetween computes it: not validated, NaN if malformed). */
function today(ctx: EvaluationContext): number {
  return isoDay(ctx.today) ?? dayNumber(ctx.today);
}

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
  for (const step of pointerToPath(pointer)) value = ownValue(value, step);
  return value;
}

/** A field of the data, never one inherited from Object.prototype (`constructor`, `__proto__`). */
function ownValue(data: unknown, key: string | number): unknown {
  return data && typeof data === "object" && Object.hasOwn(data, key)
    ? (data as Record<string | number, unknown>)[key]
    : undefined;
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

/** A component's availability need: its own override, else the organisation's. */
export function componentAvailability(component: unknown, manifest: Data): string {
  const own = ((component as Data | null)?.protection_needs ?? {}) as Data;
  const organisation = ((manifest.organisation as Data | undefined)?.protection_needs ??
    {}) as Data;
  return String(own.availability ?? organisation.availability ?? "normal");
}

/**
 * A management person: a team member with role management, or the named management sponsor —
 * as the context's authority says (on pull requests: the base commit's manifest).
 */
export function isManagementPerson(name: unknown, context: EvaluationContext): boolean {
  return isManagementName(name, authority(context));
}

function authority(context: EvaluationContext): Authority {
  return context.authority ?? authorityOf(context.manifest, context.today);
}

/**
 * Evidence is a web address or a path inside the repository that exists. A path may not climb
 * out of the repository (`..`, absolute paths): the check must not become a file-system probe.
 */
export function evidenceExists(value: unknown, context: EvaluationContext): boolean {
  if (typeof value !== "string") return false;
  // Remembered per answering function (one run): thousands of trainings name the same files.
  let answers = EVIDENCE_ANSWERS.get(context.evidenceExists);
  if (!answers) {
    answers = new Map();
    EVIDENCE_ANSWERS.set(context.evidenceExists, answers);
  }
  let answer = answers.get(value);
  if (answer === undefined) {
    answer = evidenceHolds(value, context.evidenceExists);
    answers.set(value, answer);
  }
  return answer;
}

const EVIDENCE_ANSWERS = new WeakMap<(relativePath: string) => boolean, Map<string, boolean>>();

function evidenceHolds(value: string, exists: (relativePath: string) => boolean): boolean {
  if (value.trim() === "") return false;
  if (/^https:\/\/\S+$/.test(value)) return true;
  const relative = isInsideRepository(value);
  return relative !== undefined && exists(relative);
}

/** The normalised relative path, or undefined when the path would leave the repository. */
export function isInsideRepository(value: string): string | undefined {
  if (path.isAbsolute(value) || /^[a-z]:/i.test(value) || value.includes("\0")) return undefined;
  const normalised = path.posix.normalize(value.replace(/\\/g, "/"));
  if (normalised === ".." || normalised.startsWith("../") || normalised === ".") return undefined;
  return normalised;
}
