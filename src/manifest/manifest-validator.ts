import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import schema from "../../schema/manifest-v1.schema.json" with { type: "json" };

/** The schema's annotation keyword for a field's German description. */
export const GERMAN_DESCRIPTION = "x-description-de";

/** Options shared with the build, which compiles the same validator ahead of time (scripts/build.mjs). */
export const MANIFEST_AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  verbose: true,
  // `description` is English; `x-description-de` says the same in German (an annotation only).
  keywords: [GERMAN_DESCRIPTION],
};

/**
 * The format-v1 validator, compiled at run time. The bundle replaces this module with the same
 * validator compiled at build time (Ajv standalone code): compiling it cost a sixth of a run.
 */
export function compileManifestValidator(): ValidateFunction {
  const ajv = new Ajv({ ...MANIFEST_AJV_OPTIONS, code: { optimize: false } });
  addFormats.default(ajv);
  return ajv.compile(schema);
}
