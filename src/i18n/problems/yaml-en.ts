import type { ProblemParams, ProblemText } from "./en.js";

// The YAML library's errors, one problem per error code (ErrorCode in the yaml package). In
// English the library's own sentence stays the message, as it always was; the German table
// (yaml-de.ts) words each code itself, so no sentence of the library reaches a German reader.

const message = (p: ProblemParams) => `YAML syntax error: ${p.detail}`;
const hint = () => "check indentation (spaces, not tabs) and quoting near this position";
const LIBRARY_WORDS: ProblemText = { message, hint };

export const EN_YAML_PROBLEMS = {
  "yaml-alias-props": LIBRARY_WORDS,
  "yaml-bad-alias": LIBRARY_WORDS,
  "yaml-bad-directive": LIBRARY_WORDS,
  "yaml-bad-dq-escape": LIBRARY_WORDS,
  "yaml-bad-indent": LIBRARY_WORDS,
  "yaml-bad-prop-order": LIBRARY_WORDS,
  "yaml-bad-scalar-start": LIBRARY_WORDS,
  "yaml-block-as-implicit-key": LIBRARY_WORDS,
  "yaml-block-in-flow": LIBRARY_WORDS,
  "yaml-duplicate-key": LIBRARY_WORDS,
  "yaml-impossible": LIBRARY_WORDS,
  "yaml-key-over-1024-chars": LIBRARY_WORDS,
  "yaml-missing-char": LIBRARY_WORDS,
  "yaml-multiline-implicit-key": LIBRARY_WORDS,
  "yaml-multiple-anchors": LIBRARY_WORDS,
  "yaml-multiple-docs": LIBRARY_WORDS,
  "yaml-multiple-tags": LIBRARY_WORDS,
  "yaml-non-string-key": LIBRARY_WORDS,
  "yaml-resource-exhaustion": LIBRARY_WORDS,
  "yaml-tab-as-indent": LIBRARY_WORDS,
  "yaml-tag-resolve-failed": LIBRARY_WORDS,
  "yaml-unexpected-token": LIBRARY_WORDS,
  "yaml-bad-collection-type": LIBRARY_WORDS,
} satisfies Record<string, ProblemText>;
