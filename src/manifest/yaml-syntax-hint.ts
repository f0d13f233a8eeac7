/**
 * YAML syntax errors in plain words, for people who do not know YAML's rules: what the parser
 * saw, where the mistake is (not where the parser gave up), and the edit that fixes it, built
 * from the line itself ("put the value in quotes: description: \"Backup: nightly\"").
 */
export interface PlainYamlError {
  /** Where the mistake is: an offset into the text. */
  offset: number;
  message: string;
  hint: string;
}

interface YamlErrorLike {
  code: string;
  message: string;
  pos: [number, number];
}

export function plainYamlError(error: YamlErrorLike, source: string): PlainYamlError | undefined {
  const offset = error.pos[0];
  const line = lineAt(source, offset);
  const entry = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):\s+(.+?)\s*$/.exec(line.text);
  const quoted = entry ? `${entry[2]}: ${quote(entry[3] as string)}` : undefined;
  const inQuotes = (what: string) =>
    quoted ? `put the value in quotes: ${quoted}` : `put the ${what} in quotes`;
  const first = error.message.split("\n")[0] ?? "";
  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      if (!/[Nn]ested mappings/.test(first)) return undefined;
      return {
        offset,
        message: `YAML syntax error: the value${entry ? ` of ${entry[2]}` : ""} contains ": ", which YAML reads as the start of another key`,
        hint: `${inQuotes("value")}; or, if a key inside it was meant, put that key on a line of its own, indented`,
      };
    case "BAD_SCALAR_START": {
      const character = /character (\S)/.exec(first)?.[1] ?? line.text.trim()[0] ?? "";
      return {
        offset,
        message: `YAML syntax error: a value cannot start with ${character} (YAML reserves that character)`,
        hint: inQuotes("value"),
      };
    }
    case "TAB_AS_INDENT":
      return {
        offset,
        message: "YAML syntax error: this line is indented with a tab",
        hint: "indent with spaces only (two per level), not with tabs",
      };
    case "UNEXPECTED_TOKEN":
      if (!/at node end/.test(first) || !entry) return undefined;
      return {
        offset,
        message: `YAML syntax error: the value of ${entry[2]} starts with ${(entry[3] as string)[0]}, so YAML reads it as ${opening((entry[3] as string)[0] ?? "")} and then finds more text after it`,
        hint: inQuotes("whole value"),
      };
    case "BAD_INDENT": {
      const flow = /end with a ([\]}])/.exec(first)?.[1];
      if (flow) {
        // The parser notices on a later line; the mistake is the line that opened the bracket.
        const open = flow === "]" ? "[" : "{";
        const opened = source.lastIndexOf(open, offset);
        return {
          offset: opened >= 0 ? opened : offset,
          message: `YAML syntax error: the ${flow === "]" ? "list" : "mapping"} opened with ${open} is not closed`,
          hint: `close it with ${flow} on the same line, e.g. topics: [cloud, ai]`,
        };
      }
      if (/same column/.test(first))
        return {
          offset,
          message: "YAML syntax error: this key is not indented like the keys beside it",
          hint: "indent it with as many spaces as the other keys of its section",
        };
      return undefined;
    }
    case "MISSING_CHAR":
      if (!/Sequence item without - indicator/.test(first)) return undefined;
      return {
        offset,
        message: "YAML syntax error: this line is indented like a list item, but has no -",
        hint: "indent it like the keys of the item above it, or start a new list item with a dash (-)",
      };
    default:
      return undefined;
  }
}

function lineAt(source: string, offset: number): { start: number; text: string } {
  const start = source.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  const end = source.indexOf("\n", offset);
  return { start, text: source.slice(start, end < 0 ? source.length : end).replace(/\r$/, "") };
}

function opening(character: string): string {
  if (character === "[") return "a list";
  if (character === "{") return "a mapping";
  return "quoted text";
}

/** The value in double quotes (escaped as JSON, which YAML reads alike), or single quotes if it has ". */
function quote(value: string): string {
  if (!value.includes('"')) return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}
