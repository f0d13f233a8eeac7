import { _, Ajv, type KeywordCxt, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
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

/** Where precompiled code finds the keyword functions (resolved from the repository root by the build). */
const KEYWORDS_MODULE = "./src/rules/check-keywords.ts";

/**
 * Compiles rule checks (JSON Schema plus our keywords) with one Ajv instance; validators are
 * cached by the check's JSON, and taken from the build's precompiled set where it has them.
 */
export class CheckCompiler {
  readonly ajv: Ajv;
  readonly #cache = new Map<string, ValidateFunction>();
  readonly #contexts = new WeakMap<EvaluationContext, KeywordContext>();

  constructor(options: CheckCompilerOptions = {}) {
    this.ajv = new Ajv({
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
    addFormats.default(this.ajv);
    for (const [keyword, definition] of Object.entries(CHECK_KEYWORDS)) {
      this.ajv.addKeyword({
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
  }

  /** A validator for a check; call it with the evaluation context as `this`. */
  compile(schema: unknown): CheckValidator {
    const validate = this.validatorFor(schema);
    const contextOf = (context: EvaluationContext) => this.#keywordContext(context);
    return function (this: EvaluationContext, data: unknown): boolean {
      return validate.call(contextOf(this), data) as boolean;
    };
  }

  /** The raw Ajv validator (it expects a KeywordContext as `this`). */
  validatorFor(schema: unknown): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.#cache.get(key) ?? PRECOMPILED_CHECKS.get(key);
    if (!validate) validate = this.ajv.compile(schema as object);
    this.#cache.set(key, validate);
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
