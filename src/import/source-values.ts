/** Values read from an untrusted source, made into what the manifest accepts (or nothing). */

export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Text on one line, trimmed, at most `max` characters; undefined when nothing is left. */
export function singleLine(value: unknown, max = 300): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = String(value)
    .replace(/[\s\u2028\u2029]+/g, " ")
    .trim();
  if (text === "") return undefined;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A person's or firm's name as the manifest allows it (one line, up to 200 characters). */
export function partyName(value: unknown): string | undefined {
  return singleLine(value, 200);
}

/** Free text (may span lines), trimmed; undefined when empty. */
export function freeText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return /\S/.test(text) ? text : undefined;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * An id the manifest accepts, made from any source id: other characters become `-`, `@` becomes
 * `.`, `*` becomes `any`; too long ids keep their start and end. Deterministic.
 */
export function manifestId(value: unknown): string | undefined {
  const raw = singleLine(value, 1000);
  if (raw === undefined) return undefined;
  if (ID.test(raw)) return raw;
  let id = raw
    .replace(/\*/g, "any")
    .replace(/@/g, ".")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .replace(/-+$/, "");
  if (id.length > 64) id = `${id.slice(0, 40)}-${id.slice(-23)}`.replace(/^[^A-Za-z0-9]+/, "");
  return ID.test(id) ? id : undefined;
}

/** Makes ids unique within one list: a second `x` becomes `x-2`. */
export class IdSet {
  readonly #taken = new Set<string>();
  unique(id: string): string {
    let candidate = id;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${id.slice(0, 60)}-${n}`;
    this.#taken.add(candidate);
    return candidate;
  }
}

/** An ISO date (YYYY-MM-DD) from a date or a timestamp; undefined for anything else. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? match[0].slice(0, 10)
    : undefined;
}

export function httpsUrl(value: unknown): string | undefined {
  const text = singleLine(value, 2000);
  if (text === undefined || !/^https:\/\/[^\s/]+/.test(text)) return undefined;
  try {
    new URL(text);
    return text;
  } catch {
    return undefined;
  }
}

/**
 * A path in the repository from what a source names: a relative path as it is, or a GitHub
 * address of a file in this very repository (…/blob/<ref>/<path>). Other addresses have no
 * place where the manifest wants a file of the repository.
 */
export function repoPath(value: unknown, repository: string | undefined): string | undefined {
  const text = singleLine(value, 1000);
  if (text === undefined) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    const path = text.replace(/^\.\//, "");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a path must not hold them
    return /^[^/\\\u0000-\u001f\u007f][^\u0000-\u001f\u007f]*$/.test(path) &&
      !path.split("/").includes("..")
      ? path
      : undefined;
  }
  if (!repository) return undefined;
  const base = repository.replace(/\.git$/, "").replace(/\/+$/, "");
  const prefix = `${base}/blob/`;
  if (!text.toLowerCase().startsWith(prefix.toLowerCase())) return undefined;
  const rest = text.slice(prefix.length).split(/[?#]/)[0] ?? "";
  const slash = rest.indexOf("/");
  if (slash < 0) return undefined;
  const path = decodeURIComponent(rest.slice(slash + 1)).replace(/\/+$/, "");
  return repoPath(path, undefined);
}

/** A GitHub login from "github:login", "@login" or a github.com address. */
export function githubLogin(value: unknown): string | undefined {
  const text = singleLine(value, 200);
  if (!text) return undefined;
  const match =
    /^(?:github:|@)([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/.exec(text) ??
    /^https:\/\/github\.com\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/?$/.exec(text);
  return match?.[1];
}

/** A readable title from an id: `sql-injection` → `Sql injection`. */
export function titleFromId(id: string): string {
  const words = id.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** HTML tags some tools put into titles (`<b>Risk</b> at <b>DB</b>`) removed. */
export function stripTags(text: string): string {
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}
