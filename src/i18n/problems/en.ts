import { EN_RULE_PACK_PROBLEMS } from "./rule-pack-en.js";
import { EN_YAML_PROBLEMS } from "./yaml-en.js";

// Why a manifest (or another file we read) cannot be read, and how to fix it, in English: one
// entry per kind of problem, with the facts of the case as parameters. The German table (de.ts)
// has the same keys; the loader stores key and parameters, so a report shows them in its language.

/** The facts of one problem: `what` is the kind of file ("manifest", "rule pack", …). */
export type ProblemParams = Readonly<Record<string, string>>;

export interface ProblemText {
  message: (p: ProblemParams) => string;
  hint: (p: ProblemParams) => string;
}

const UTF8_EDITOR =
  "save the file as UTF-8 in your editor (e.g. VS Code: click the encoding in the status bar → Save with Encoding → UTF-8), or convert it:";
const WRITE_OUT = "write the values out instead of using many anchors and aliases (*name)";
const FILE_KIND: Record<string, string> = {
  folder: "a folder",
  pipe: "a named pipe",
  socket: "a socket",
  device: "a device",
  other: "not a file",
};
const TOP_KIND: Record<string, string> = {
  list: "a list",
  scalar: "a single value",
  empty: "empty",
};
const inQuotes = (p: ProblemParams, what: string) =>
  p.quoted ? `put the value in quotes: ${p.quoted}` : `put the ${what} in quotes`;

export const EN_PROBLEMS = {
  ...EN_YAML_PROBLEMS,
  ...EN_RULE_PACK_PROBLEMS,
  "utf-16": {
    message: (p) =>
      `the ${p.what} is saved as UTF-16 (${p.endian}-endian, ${p.bom ? `with byte-order mark ${p.bom}` : "without byte-order mark"}); it must be UTF-8`,
    hint: () => `${UTF8_EDITOR} iconv -f UTF-16 -t UTF-8`,
  },
  "not-utf-8": {
    message: (p) =>
      `the ${p.what} is not valid UTF-8: the byte 0x${p.byte} here is no UTF-8 character (the file is probably Latin-1 or Windows-1252)`,
    hint: () => `${UTF8_EDITOR} iconv -f WINDOWS-1252 -t UTF-8`,
  },
  "nul-byte": {
    message: (p) =>
      `the ${p.what} contains a NUL byte (U+0000): it is not a text file, or not saved as UTF-8`,
    hint: () =>
      "save the file as UTF-8 text; if it is UTF-16 or UTF-32, convert it (iconv -t UTF-8)",
  },
  "control-character": {
    message: (p) =>
      `the ${p.what} contains the invisible control character U+${p.code}, which YAML does not allow`,
    hint: (p) =>
      `delete the character (an editor shows it as a box or "<U+${p.code}>"); write "\\u${p.code}" in double quotes if it is meant`,
  },
  "not-a-file": {
    message: (p) =>
      `the ${p.what} path is not a regular file (it is ${FILE_KIND[p.kind ?? "other"] ?? FILE_KIND.other})`,
    hint: (p) => `name the ${p.what} file itself, not a folder, pipe or device`,
  },
  "too-large-file": {
    message: (p) => `the ${p.what} is ${p.size} MiB; the limit is ${p.limit} MiB`,
    hint: (p) => `a ${p.what} is a short YAML file; check that the right file is named`,
  },
  "too-large-text": {
    message: (p) => `the ${p.what} is larger than ${p.limit} MiB`,
    hint: (p) => `a ${p.what} is a short YAML file; check that the right file is named`,
  },
  "not-found": {
    message: (p) => `the ${p.what} file does not exist`,
    hint: (p) =>
      p.what === "manifest"
        ? "create one with `security-manifest init`, or name the file: `security-manifest check path/to/security-manifest.yml`"
        : "check the path and the glob",
  },
  "symlink-loop": {
    message: (p) => `the ${p.what} path is a loop of symbolic links`,
    hint: () => "point the symbolic link at the real file",
  },
  "is-a-folder": {
    message: (p) => `the ${p.what} path is a folder, not a file`,
    hint: (p) => `name the ${p.what} file itself, not a folder`,
  },
  unreadable: {
    message: (p) => `the ${p.what} cannot be read (${p.code})`,
    hint: () => "check the file's permissions",
  },
  "too-deep": {
    message: (p) => `the ${p.what} nests lists and mappings more than ${p.depth} levels deep here`,
    hint: (p) =>
      `a ${p.what} needs only a few levels; check for unclosed [ or { brackets or a runaway indentation`,
  },
  empty: {
    message: (p) => `the ${p.what} is empty`,
    hint: (p) =>
      p.what === "manifest"
        ? "start from `security-manifest init` or an example in examples/"
        : `add content to the ${p.what}`,
  },
  "multiple-documents": {
    message: (p) => `the ${p.what} holds ${p.count} YAML documents; only one is allowed`,
    hint: () => "remove the `---` separator and merge the documents into one",
  },
  "duplicate-key": {
    message: (p) => `duplicate key: ${p.key} appears more than once in the same mapping`,
    hint: () => "keep one entry for the key and merge the values into it",
  },
  "yaml-syntax": {
    message: (p) => `YAML syntax error: ${p.detail}`,
    hint: () => "check indentation (spaces, not tabs) and quoting near this position",
  },
  "not-a-mapping": {
    message: (p) =>
      `the top level of the ${p.what} is ${TOP_KIND[p.kind ?? "empty"]}, not a mapping of keys to values`,
    hint: (p) =>
      p.what === "manifest"
        ? "start the file with `manifest_version: 1` and the sections (project:, organisation:, …) as keys"
        : "the top level must be keys with values",
  },
  "alias-before-anchor": {
    message: (p) =>
      `YAML syntax error: the alias *${p.name} refers to no anchor &${p.name} before it`,
    hint: (p) => `define the value with &${p.name} before this place, or write the value out`,
  },
  "alias-expansion": {
    message: (p) => `YAML aliases expand too far (${p.detail})`,
    hint: () => WRITE_OUT,
  },
  "alias-bomb": {
    message: (p) => `more than ${p.limit} YAML aliases: this looks like an alias bomb`,
    hint: () => WRITE_OUT,
  },
  "alias-cycle": {
    message: () => "a YAML alias refers to a value that contains it, which would never end",
    hint: () => "write the values out instead of using anchors and aliases (*name)",
  },
  "alias-deep": {
    message: (p) =>
      `through its aliases, the ${p.what} nests lists and mappings more than ${p.depth} levels deep`,
    hint: () => "write the values out instead of using anchors and aliases (*name)",
  },
  "alias-nodes": {
    message: (p) => `the ${p.what} expands to more than ${p.limit} values through its aliases`,
    hint: () => "write the values out instead of using anchors and aliases (*name)",
  },
  "colon-in-value": {
    message: (p) =>
      `YAML syntax error: the value${p.key ? ` of ${p.key}` : ""} contains ": ", which YAML reads as the start of another key`,
    hint: (p) =>
      `${inQuotes(p, "value")}; or, if a key inside it was meant, put that key on a line of its own, indented`,
  },
  "reserved-start": {
    message: (p) =>
      `YAML syntax error: a value cannot start with ${p.character} (YAML reserves that character)`,
    hint: (p) => inQuotes(p, "value"),
  },
  "tab-indent": {
    message: () => "YAML syntax error: this line is indented with a tab",
    hint: () => "indent with spaces only (two per level), not with tabs",
  },
  "text-after-value": {
    message: (p) =>
      `YAML syntax error: the value of ${p.key} starts with ${p.character}, so YAML reads it as ${p.character === "[" ? "a list" : p.character === "{" ? "a mapping" : "quoted text"} and then finds more text after it`,
    hint: (p) => inQuotes(p, "whole value"),
  },
  "unclosed-bracket": {
    message: (p) =>
      `YAML syntax error: the ${p.close === "]" ? "list" : "mapping"} opened with ${p.open} is not closed`,
    hint: (p) => `close it with ${p.close} on the same line, e.g. topics: [cloud, ai]`,
  },
  "key-indent": {
    message: () => "YAML syntax error: this key is not indented like the keys beside it",
    hint: () => "indent it with as many spaces as the other keys of its section",
  },
  "missing-dash": {
    message: () => "YAML syntax error: this line is indented like a list item, but has no -",
    hint: () =>
      "indent it like the keys of the item above it, or start a new list item with a dash (-)",
  },
  "outside-workspace": {
    message: (p) => `the ${p.what} resolves to a file outside the repository checkout`,
    hint: (p) =>
      `keep the ${p.what} in the repository as a regular file, not a link to somewhere else`,
  },
  "rules-no-match": {
    message: (p) => `${p.patterns} matches no file`,
    hint: () => "check the globs in the rules input (relative to the repository root)",
  },
  "missing-version": {
    message: () => "the manifest has no `manifest_version`",
    hint: () => "add `manifest_version: 1` as the first key of the file",
  },
  "version-written": {
    message: (p) =>
      `manifest_version is written as ${p.written}; the format version is the whole number 1`,
    hint: () => "write `manifest_version: 1`",
  },
  "version-empty": {
    message: () => "manifest_version has no value",
    hint: () => "write `manifest_version: 1`",
  },
  "version-text": {
    message: (p) => `manifest_version is the text ${p.value}, not the number 1`,
    hint: () => "write `manifest_version: 1` without quotes",
  },
  "version-collection": {
    message: (p) =>
      `manifest_version is ${p.kind === "list" ? "a list" : "a mapping"}, not the number 1`,
    hint: () => "write `manifest_version: 1`",
  },
  "version-unsupported": {
    message: (p) =>
      `manifest_version ${p.value} is not supported; this tool reads format version ${p.supported}`,
    hint: () =>
      "set `manifest_version: 1`, or update security-manifest-check if the manifest was written for a newer format",
  },
} satisfies Record<string, ProblemText>;

export type ProblemKey = keyof typeof EN_PROBLEMS;
