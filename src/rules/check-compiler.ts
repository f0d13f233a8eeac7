import { createRequire } from "node:module";
import type { Ajv, KeywordCxt, ValidateFunction } from "ajv";
import { CHECK_KEYWORDS, type CheckValidator, type KeywordContext } from "./check-keywords.js";
import type { EvaluationContext } from "./evaluation-context.js";
import { PRECOMPILED_CHECKS } from "./precompiled-checks.js";
import { boundedRegExp } from "./safe-pattern.js";

export interface CheckCompilerOptions {
  /** Check schemas against the JSON Schema meta-schema (for the user's packs). */
  validateSchemas?: boolean;
  /** Keep the generated source, for ahead-of-time compilation at build time. */
  standalone?: boolean;
}

/** What compiling checks at run time needs of Ajv. */
export interface CheckRuntime {
  Ajv: typeof import("ajv").Ajv;
  _: typeof import("ajv")._;
  addFormats: (ajv: Ajv) => void;
}

let runtime: CheckRuntime | undefined;

/**
 * Loads Ajv for checks that must be compiled at run time (the user's packs, or our own when
 * running from source, where nothing is precompiled). The bundle finds our checks precompiled:
 * a run without custom packs never loads Ajv's compiler, a tenth of the start-up. The rule-set
 * loader awaits this when it may compile (see loadRuleSet).
 */
export async function loadCheckRuntime(): Promise<CheckRuntime> {
  if (runtime) return runtime;
  const [ajvModule, formats] = await Promise.all([import("ajv"), import("ajv-formats")]);
  // Ajv is CommonJS: its exports object is the default export, under Node's interop and the
  // bundle's alike (named exports exist only where Node's lexer finds them).
  const ajv = ajvModule.default as unknown as typeof import("ajv");
  runtime ??= { Ajv: ajv.Ajv, _: ajv._, addFormats: (a) => formats.default.default(a) };
  return runtime;
}

/** The loaded runtime; from source (no bundle) Ajv is also a plain require away. */
function checkRuntime(): CheckRuntime {
  if (!runtime) {
    const require = createRequire(import.meta.url);
    const ajv = require("ajv") as typeof import("ajv");
    const formats = require("ajv-formats") as typeof import("ajv-formats");
    runtime = { Ajv: ajv.Ajv, _: ajv._, addFormats: (a) => formats.default(a) };
  }
  return runtime;
}

/** Where precompiled code finds the keyword functions (resolved from the repository root by the build). */
const KEYWORDS_MODULE = "./src/rules/check-keywords.ts";

/**
 * Compiles rule checks (JSON Schema plus our keywords); validators are cached by the check's
 * object and by its JSON, and taken from the build's precompiled set where it has them.
 *
 * The Ajv instance is made on the first check that must really be compiled: the bundle finds all
 * of our own checks precompiled, so a run without custom packs never builds one (creating it,
 * with its formats and keywords, was a tenth of the CLI's start-up).
 */
export class CheckCompiler {
  readonly #options: CheckCompilerOptions;
  #ajv: Ajv | undefined;
  readonly #byJson = new Map<string, ValidateFunction>();
  /** Checks are data that never change once loaded: the same object needs no JSON key again. */
  readonly #bySchema = new WeakMap<object, ValidateFunction>();
  readonly #contexts = new WeakMap<EvaluationContext, KeywordContext>();

  constructor(options: CheckCompilerOptions = {}) {
    this.#options = options;
  }

  /** The Ajv instance that compiles checks at run time (made when first needed). */
  get ajv(): Ajv {
    this.#ajv ??= createAjv(this.#options);
    return this.#ajv;
  }

  /** A validator for a check; call it with the evaluation context as `this`. */
  compile(schema: unknown): CheckValidator {
    const validate = this.validatorFor(schema);
    const contextOf = (context: EvaluationContext) => this.#keywordContext(context);
    return function (this: EvaluationContext, data: unknown): boolean {
      return validate.call(contextOf(this), data) as boolean;
    };
  }

  /**
   * A validator for a check bound to one evaluation: what rules call once per item. The keyword
   * context is looked up here, once, instead of at every call.
   */
  bind(schema: unknown, context: EvaluationContext): (data: unknown) => boolean {
    // A bound function: one call, no wrapper frame (called once per item and rule).
    return this.validatorFor(schema).bind(this.#keywordContext(context)) as (
      data: unknown,
    ) => boolean;
  }

  /** The raw Ajv validator (it expects a KeywordContext as `this`). */
  validatorFor(schema: unknown): ValidateFunction {
    const object = schema !== null && typeof schema === "object" ? schema : undefined;
    const known = object && this.#bySchema.get(object);
    if (known) return known;
    const key = JSON.stringify(schema);
    let validate = this.#byJson.get(key) ?? PRECOMPILED_CHECKS.get(key);
    if (!validate) validate = this.ajv.compile(schema as object);
    this.#byJson.set(key, validate);
    if (object) this.#bySchema.set(object, validate);
    return validate;
  }

  #keywordContext(context: EvaluationContext): KeywordContext {
    let keywordContext = this.#contexts.get(context);
    if (!keywordContext) {
      const validatorFor = (schema: unknown) =>
        this.validatorFor(schema) as unknown as CheckValidator;
      keywordContext = { ...context, compileCheck: validatorFor, memo: new WeakMap() };
      this.#contexts.set(context, keywordContext);
    }
    return keywordContext;
  }
}

function createAjv(options: CheckCompilerOptions): Ajv {
  const { Ajv, _, addFormats } = checkRuntime();
  const ajv = new Ajv({
    validateSchema: options.validateSchemas ?? true,
    // Checks run once per item: compile speed matters more than generated-code polish.
    code: {
      optimize: false,
      regExp: boundedRegExp,
      ...(options.standalone ? { source: true, esm: true } : {}),
    },
    allErrors: false,
    // Unknown keywords are errors; pack authors need not spell out `type: object` everywhere.
    strict: true,
    strictTypes: false,
    strictRequired: false,
    passContext: true,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  for (const [keyword, definition] of Object.entries(CHECK_KEYWORDS)) {
    ajv.addKeyword({
      keyword,
      schemaType: definition.schemaType,
      metaSchema: definition.metaSchema,
      code(cxt: KeywordCxt) {
        // The generated code calls the keyword's function by reference (and, precompiled, by module path).
        const holds = cxt.gen.scopeValue("keyword", {
          ref: definition.holds,
          code: _`require(${KEYWORDS_MODULE}).CHECK_KEYWORDS[${keyword}].holds`,
        });
        cxt.fail(_`!${holds}(${cxt.schemaValue}, ${cxt.data}, ${cxt.it.parentData}, this)`);
      },
    });
  }
  return ajv;
}
