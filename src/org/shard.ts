// `--shard K/N`: which repositories one of N jobs checks. A repository's share depends on its
// name alone (FNV-1a of the lower-cased name, mod N), not on its place in a list: jobs of one
// matrix that list the organisation moments apart, around a repository being created or
// deleted, still agree on every other repository's share, so none is checked twice or missed.
import type { PortfolioShard } from "./portfolio.js";

/** "K/N" with 1 ≤ K ≤ N ≤ 1000, or undefined when it is not of that form. */
export function parseShard(text: string): PortfolioShard | undefined {
  const match = /^([1-9]\d{0,3})\/([1-9]\d{0,3})$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index <= count && count <= 1000 ? { index, count } : undefined;
}

/** The shard (1-based) a repository belongs to among `count`. GitHub names ignore case. */
export function shardOf(repository: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(repository.toLowerCase(), "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

export function inShard(repository: string, shard: PortfolioShard | undefined): boolean {
  return shard === undefined || shardOf(repository, shard.count) === shard.index;
}
