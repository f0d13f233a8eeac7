import type { ErrorCode } from "yaml";
import type { ProblemKey, ProblemParams } from "../i18n/problems/problems.js";

/**
 * Every error code of the YAML library, each with a problem of its own (src/i18n/problems/yaml-*):
 * the library's sentence is kept only as `detail` for the English text, so a German report
 * words every syntax error itself. A new code in the library fails to compile here.
 */
export const YAML_ERROR_PROBLEMS: Readonly<Record<ErrorCode, ProblemKey>> = {
  ALIAS_PROPS: "yaml-alias-props",
  BAD_ALIAS: "yaml-bad-alias",
  BAD_DIRECTIVE: "yaml-bad-directive",
  BAD_DQ_ESCAPE: "yaml-bad-dq-escape",
  BAD_INDENT: "yaml-bad-indent",
  BAD_PROP_ORDER: "yaml-bad-prop-order",
  BAD_SCALAR_START: "yaml-bad-scalar-start",
  BLOCK_AS_IMPLICIT_KEY: "yaml-block-as-implicit-key",
  BLOCK_IN_FLOW: "yaml-block-in-flow",
  DUPLICATE_KEY: "yaml-duplicate-key",
  IMPOSSIBLE: "yaml-impossible",
  KEY_OVER_1024_CHARS: "yaml-key-over-1024-chars",
  MISSING_CHAR: "yaml-missing-char",
  MULTILINE_IMPLICIT_KEY: "yaml-multiline-implicit-key",
  MULTIPLE_ANCHORS: "yaml-multiple-anchors",
  MULTIPLE_DOCS: "yaml-multiple-docs",
  MULTIPLE_TAGS: "yaml-multiple-tags",
  NON_STRING_KEY: "yaml-non-string-key",
  RESOURCE_EXHAUSTION: "yaml-resource-exhaustion",
  TAB_AS_INDENT: "yaml-tab-as-indent",
  TAG_RESOLVE_FAILED: "yaml-tag-resolve-failed",
  UNEXPECTED_TOKEN: "yaml-unexpected-token",
  BAD_COLLECTION_TYPE: "yaml-bad-collection-type",
};

/** Two codes cover several mistakes; which one, read from the library's sentence. */
const VARIANTS: Partial<Record<ErrorCode, readonly [RegExp, string][]>> = {
  MISSING_CHAR: [
    [/closing ["']quote/, "quote"],
    [/Missing space after :/, "space-after-colon"],
    [/Missing , /, "comma"],
    [/Implicit map keys need to be followed by map values/, "map-value"],
    [/Comments must be separated/, "comment-space"],
    [/Tags and anchors must be separated/, "property-space"],
    [/directives-end|directives-end marker/, "document-start"],
    [/without - indicator/, "dash"],
  ],
  UNEXPECTED_TOKEN: [
    [/Unexpected , /, "comma"],
    [/at node end/, "node-end"],
    [/Block scalar header/, "block-scalar"],
    [/Unexpected flow-(?:seq|map)-end/, "closing-bracket"],
  ],
};

/** The problem for a YAML library error the plain-words hints do not cover. */
export function yamlErrorProblem(error: { code: string; message: string }): {
  key: ProblemKey;
  params: ProblemParams;
} {
  const code = error.code as ErrorCode;
  const detail = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
  const variant = VARIANTS[code]?.find(([pattern]) => pattern.test(detail))?.[1];
  return {
    key: Object.hasOwn(YAML_ERROR_PROBLEMS, code) ? YAML_ERROR_PROBLEMS[code] : "yaml-syntax",
    params: variant ? { detail, variant } : { detail },
  };
}
