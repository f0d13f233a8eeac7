import type { ProblemKey, ProblemParams } from "../i18n/problems/problems.js";

/**
 * YAML syntax errors in plain words, for people who do not know YAML's rules: what the parser
 * saw, where the mistake is (not where the parser gave up), and the edit that fixes it, built
 * from the line itself ("put the value in quotes: description: \"Backup: nightly\"").
 */
export interface PlainYamlError {
  /** Where the mistake is: an offset into the text. */
  offset: number;
  /** The entry of the problem tables (src/i18n/problems/) that says it, and its facts. */
  key: ProblemKey;
  params: ProblemParams;
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
  const quoted = entry ? `${entry[2]}: ${quote(entry[3] as string)}` : "";
  const first = error.message.split("\n")[0] ?? "";
  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      if (!/[Nn]ested mappings/.test(first)) return undefined;
      return { offset, key: "colon-in-value", params: { key: entry?.[2] ?? "", quoted } };
    case "BAD_SCALAR_START": {
      const character = /character (\S)/.exec(first)?.[1] ?? line.text.trim()[0] ?? "";
      return { offset, key: "reserved-start", params: { character, quoted } };
    }
    case "TAB_AS_INDENT":
      return { offset, key: "tab-indent", params: {} };
    case "UNEXPECTED_TOKEN":
      if (!/at node end/.test(first) || !entry) return undefined;
      return {
        offset,
        key: "text-after-value",
        params: { key: entry[2] ?? "", character: (entry[3] as string)[0] ?? "", quoted },
      };
    case "BAD_INDENT": {
      const flow = /end with a ([\]}])/.exec(first)?.[1];
      if (flow) {
        // The parser notices on a later line; the mistake is the line that opened the bracket.
        const open = flow === "]" ? "[" : "{";
        const opened = source.lastIndexOf(open, offset);
        return {
          offset: opened >= 0 ? opened : offset,
          key: "unclosed-bracket",
          params: { open, close: flow },
        };
      }
      if (/same column/.test(first)) return { offset, key: "key-indent", params: {} };
      return undefined;
    }
    case "MISSING_CHAR":
      if (!/Sequence item without - indicator/.test(first)) return undefined;
      return { offset, key: "missing-dash", params: {} };
    default:
      return undefined;
  }
}

function lineAt(source: string, offset: number): { start: number; text: string } {
  const start = source.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  const end = source.indexOf("\n", offset);
  return { start, text: source.slice(start, end < 0 ? source.length : end).replace(/\r$/, "") };
}

/** The value in double quotes (escaped as JSON, which YAML reads alike), or single quotes if it has ". */
function quote(value: string): string {
  if (!value.includes('"')) return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}
