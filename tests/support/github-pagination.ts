// GitHub-style page slicing and Link headers (per_page default 30, max 100).

export interface Page<T> {
  items: T[];
  /** Undefined when everything fits on one page: GitHub then sends no Link header. */
  link: string | undefined;
}

/**
 * `linkBase` is the absolute URL (no query) the Link entries point to; the request's
 * other query parameters are kept and only `page` changes, as GitHub does.
 */
export function paginate<T>(all: readonly T[], query: URLSearchParams, linkBase: string): Page<T> {
  const perPage = clamp(parsePositive(query.get("per_page")) ?? 30, 1, 100);
  const page = parsePositive(query.get("page")) ?? 1;
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (lastPage === 1) return { items, link: undefined };

  const urlFor = (n: number) => {
    const q = new URLSearchParams(query);
    q.set("page", String(n));
    return `<${linkBase}?${q.toString()}>`;
  };
  // GitHub's order: prev, next, last, first.
  const parts: string[] = [];
  if (page > 1) parts.push(`${urlFor(Math.min(page - 1, lastPage))}; rel="prev"`);
  if (page < lastPage) {
    parts.push(`${urlFor(page + 1)}; rel="next"`);
    parts.push(`${urlFor(lastPage)}; rel="last"`);
  }
  if (page > 1) parts.push(`${urlFor(1)}; rel="first"`);
  return { items, link: parts.join(", ") };
}

function parsePositive(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** Parse a Link header into rel → URL, for assertions in tests. */
export function parseLinkHeader(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (header ?? "").matchAll(/<([^>]+)>;\s*rel="([^"]+)"/g)) {
    if (m[1] && m[2]) out[m[2]] = m[1];
  }
  return out;
}
