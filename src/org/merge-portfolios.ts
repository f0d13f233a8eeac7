// `org merge`: the shards of one portfolio (`--shard K/N` for K = 1…N) combined into the
// portfolio one unsharded run writes. Shards come from files, so they are validated against
// schema/portfolio.schema.json first and must fit together: same owner, date, tool and N, each
// shard once, no repository twice.
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import schema from "../../schema/portfolio.schema.json" with { type: "json" };
import { buildPortfolio, type Portfolio } from "./portfolio.js";

export class MergeError extends Error {
  override name = "MergeError";
}

let validator: ReturnType<Ajv["compile"]> | undefined;

/** Problems of a value as a portfolio JSON (empty when it is one). */
export function portfolioSchemaProblems(value: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats.default(ajv);
    validator = ajv.compile(schema);
  }
  if (validator(value)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`.trim());
}

/** `named` are (file name, parsed JSON) pairs, in any order. */
export function mergePortfolios(named: readonly { file: string; value: unknown }[]): Portfolio {
  if (named.length === 0) throw new MergeError("no shard reports to merge");
  const shards = named.map(({ file, value }) => {
    const problems = portfolioSchemaProblems(value);
    if (problems.length > 0) {
      throw new MergeError(`${file} is no portfolio report: ${problems.slice(0, 3).join("; ")}`);
    }
    const portfolio = value as Portfolio;
    if (!portfolio.shard) throw new MergeError(`${file} is not a shard (it has no "shard")`);
    return { file, portfolio, shard: portfolio.shard };
  });
  const first = shards[0] as (typeof shards)[number];
  const count = first.shard.count;
  const seen = new Map<number, string>();
  for (const { file, portfolio, shard } of shards) {
    for (const key of ["owner", "evaluated_at", "manifest_path"] as const) {
      if (portfolio[key] !== first.portfolio[key]) {
        throw new MergeError(
          `${file} has ${key} ${JSON.stringify(portfolio[key])}, ${first.file} ${JSON.stringify(first.portfolio[key])}`,
        );
      }
    }
    if (portfolio.tool.version !== first.portfolio.tool.version) {
      throw new MergeError(
        `${file} was written by version ${portfolio.tool.version}, ${first.file} by ${first.portfolio.tool.version}`,
      );
    }
    if (shard.count !== count) {
      throw new MergeError(
        `${file} is shard ${shard.index}/${shard.count}, ${first.file} one of ${count}`,
      );
    }
    const earlier = seen.get(shard.index);
    if (earlier)
      throw new MergeError(`${file} and ${earlier} are both shard ${shard.index}/${count}`);
    seen.set(shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new MergeError(
      `shard ${missing.map((i) => `${i}/${count}`).join(", ")} missing: the portfolio would be incomplete`,
    );
  }
  const all = shards.map((s) => s.portfolio);
  const names = all.flatMap((p) => [
    ...p.repositories.map((r) => r.repository),
    ...p.without_manifest,
    ...p.unreadable.map((u) => u.repository),
    ...p.archived,
  ]);
  const unique = new Set<string>();
  const twice = names.find((name) => unique.size === unique.add(name).size);
  if (twice !== undefined) throw new MergeError(`repository ${twice} is in more than one shard`);
  return buildPortfolio({
    owner: first.portfolio.owner,
    evaluatedAt: first.portfolio.evaluated_at,
    manifestPath: first.portfolio.manifest_path,
    rows: all.flatMap((p) => p.repositories),
    withoutManifest: all.flatMap((p) => p.without_manifest),
    unreadable: all.flatMap((p) => p.unreadable),
    archived: all.flatMap((p) => p.archived),
  });
}
