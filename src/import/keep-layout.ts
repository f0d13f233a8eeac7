import { parse } from "yaml";
import { deepEqual } from "./merge-manifest.js";

/**
 * yaml's writer keeps comments but not their spacing: `phase: production   # go-live` comes
 * out as `phase: production # go-live`, and a comment after `key:` of a mapping moves to the
 * next line. The merge only adds entries or changes single values, so the written text is the
 * original with lines added or changed: every written line that is the same as the next
 * original line, but for the spacing before its comment, is given back its original text.
 * The result is kept only if it reads as the same data (otherwise the writer's text is used).
 */
export function keepLayout(original: string, written: string): string {
  const before = original.split("\n");
  const after = joinMovedComments(written.split("\n"), new Set(before.map(normal)));
  const out: string[] = [];
  let j = 0;
  for (const line of after) {
    const key = normal(line);
    // Only a short look ahead: what lies between are lines the merge changed.
    let k = j;
    while (k < before.length && k < j + 3 && normal(before[k] as string) !== key) k++;
    if (k < before.length && normal(before[k] as string) === key) {
      out.push(before[k] as string);
      j = k + 1;
    } else out.push(line);
  }
  const text = out.join("\n");
  try {
    const same = deepEqual(
      parse(text, { version: "1.2", schema: "core" }),
      parse(written, { version: "1.2", schema: "core" }),
    );
    return same ? text : written;
  } catch {
    return written;
  }
}

function normal(line: string): string {
  return line.replace(/\s+#/, " #").trimEnd();
}

/** `key:` + a comment line under it, where the original had `key:   # comment` on one line. */
function joinMovedComments(lines: string[], originals: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const next = lines[i + 1];
    if (next !== undefined && /:$/.test(line) && /^\s*#/.test(next)) {
      const joined = `${line} ${next.trim()}`;
      if (originals.has(normal(joined))) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}
