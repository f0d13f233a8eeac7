// Reads an organisation's portfolio through the GitHub GraphQL API, without cloning: the
// repositories a page of 100 at a time, the manifests of 50 repositories per request, and the
// evidence paths the manifests name in batches too; each manifest is checked by the same engine
// as `check`. The transport is passed in (the CLI gives Octokit with throttling and retries), so
// this module holds no GitHub client and tests run it against the contract-checked mock.
import { type CheckOptions, checkManifestSource } from "../check-manifest.js";
import { parseManifestText } from "../manifest/load-manifest.js";
import { SourceError } from "../manifest/manifest-error.js";
import { MAX_SOURCE_BYTES, type YamlSource } from "../manifest/yaml-source.js";
import type { Report } from "../report/report.js";
import {
  buildPortfolio,
  type Portfolio,
  type PortfolioRow,
  type PortfolioShard,
  type UnreadableRepository,
} from "./portfolio.js";
import {
  type EvidenceQuestion,
  evidenceQuery,
  manifestsQuery,
  type Query,
  repositoriesPage,
} from "./portfolio-queries.js";
import { portfolioEntry, type RepositoryAt } from "./portfolio-row.js";
import { type Clock, RateBudget } from "./rate-budget.js";
import { inShard } from "./shard.js";

export interface GraphQlError {
  type?: string;
  path?: (string | number)[];
  message: string;
}

/** GitHub's answer to one POST /graphql (HTTP 200): data and/or errors. Throws for HTTP errors. */
export interface GraphQlAnswer {
  data?: unknown;
  errors?: GraphQlError[];
}
export type GraphQlTransport = (query: Query) => Promise<GraphQlAnswer>;

export const DEFAULT_MANIFEST_PATH = "security-manifest.yml";
/** Repositories per manifest request. */
export const MANIFEST_BATCH = 50;
/** Evidence paths per request (each an `object` lookup, no connection: cheap for the API). */
export const EVIDENCE_BATCH = 250;
/** Rounds of evidence lookups: a check may ask for further paths once earlier ones exist. */
const MAX_EVIDENCE_ROUNDS = 3;

export interface PortfolioOptions {
  owner: string;
  shard?: PortfolioShard;
  manifestPath?: string;
  check: Omit<CheckOptions, "evidenceExists" | "displayName" | "pullRequest">;
  manifestBatch?: number;
  evidenceBatch?: number;
  /** Progress and the API's rate-limit figures, one line each (the CLI writes them to stderr). */
  log?: (line: string) => void;
  /** For waits on the rate limit (rate-budget.ts); default the system's clock. */
  clock?: Clock;
}

export interface PortfolioRun {
  portfolio: Portfolio;
  /** Requests sent to the API (listing included). */
  requests: number;
  /** Repositories of this run's share that are not archived. */
  repositories: number;
  /** The sum of the API's `rateLimit.cost` of every request. */
  cost: number;
}

/** Thrown when the organisation itself cannot be listed: there is no portfolio to write. */
export class PortfolioError extends Error {
  override name = "PortfolioError";
}

interface Listed {
  name: string;
  isArchived: boolean;
}

interface Parsed extends RepositoryAt {
  source: YamlSource;
}

export async function readPortfolio(
  transport: GraphQlTransport,
  options: PortfolioOptions,
): Promise<PortfolioRun> {
  const log = options.log ?? (() => {});
  const manifestPath = options.manifestPath ?? DEFAULT_MANIFEST_PATH;
  let requests = 0;
  let cost = 0;
  const budget = new RateBudget(options.clock, log);
  const send = async (query: Query): Promise<GraphQlAnswer> => {
    await budget.beforeQuery(query);
    requests++;
    const answer = await transport(query);
    const limit = budget.afterAnswer(query, answer.data);
    if (limit) {
      cost += limit.cost;
      log(`rate limit: cost ${limit.cost}, remaining ${limit.remaining}, resets ${limit.resetAt}`);
    }
    return answer;
  };

  const listed = (await listRepositories(send, options.owner)).filter((r) =>
    inShard(r.name, options.shard),
  );
  const archived = listed.filter((r) => r.isArchived).map((r) => r.name);
  const active = listed.filter((r) => !r.isArchived).map((r) => r.name);
  if (archived.length > 0) log(`archived repositories skipped: ${archived.length}`);

  const rows: PortfolioRow[] = [];
  const unreadable: UnreadableRepository[] = [];
  const withoutManifest: string[] = [];
  const batch = options.manifestBatch ?? MANIFEST_BATCH;
  for (let start = 0; start < active.length; start += batch) {
    const names = active.slice(start, start + batch);
    const read = await readManifests(send, options.owner, names, manifestPath);
    withoutManifest.push(...read.withoutManifest);
    unreadable.push(...read.unreadable);
    const checked = await checkWithEvidence(send, options, read.parsed);
    for (const { at, report, failed } of checked) {
      if (failed) {
        unreadable.push({
          repository: at.repository,
          reason: "api-error",
          message: failed,
          line: 0,
        });
        continue;
      }
      const entry = portfolioEntry(at, report, at.source.data);
      if ("row" in entry) rows.push(entry.row);
      else unreadable.push(entry.unreadable);
    }
    log(`checked ${Math.min(start + batch, active.length)} of ${active.length} repositories`);
  }
  return {
    portfolio: buildPortfolio({
      owner: options.owner,
      evaluatedAt: options.check.today,
      manifestPath,
      ...(options.shard ? { shard: options.shard } : {}),
      rows,
      withoutManifest,
      unreadable,
      archived,
    }),
    requests,
    repositories: active.length,
    cost,
  };
}

async function listRepositories(
  send: (query: Query) => Promise<GraphQlAnswer>,
  owner: string,
): Promise<Listed[]> {
  const all: Listed[] = [];
  let after: string | null = null;
  for (;;) {
    let answer: GraphQlAnswer;
    try {
      answer = await send(repositoriesPage(owner, after));
    } catch (error) {
      // Bad credentials or an API outage: there is no list, so no portfolio to write.
      throw new PortfolioError(`cannot list the repositories of ${owner}: ${apiMessage(error)}`);
    }
    const page = (
      answer.data as {
        repositoryOwner?: {
          repositories: {
            nodes: (Listed | null)[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } | null;
      }
    )?.repositoryOwner?.repositories;
    if (!page) {
      const why = answer.errors?.map((e) => e.message).join("; ") || "no such owner";
      throw new PortfolioError(`cannot list the repositories of ${owner}: ${why}`);
    }
    for (const node of page.nodes)
      if (node) all.push({ name: node.name, isArchived: node.isArchived });
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
    after = page.pageInfo.endCursor;
  }
}

interface RepositoryAnswer {
  defaultBranchRef: { name: string; target: { oid: string } | null } | null;
  manifest: {
    __typename: string;
    text?: string | null;
    byteSize?: number;
    isTruncated?: boolean;
    isBinary?: boolean | null;
  } | null;
}

/** The manifests of up to one batch of repositories, one request; failures stay per repository. */
async function readManifests(
  send: (query: Query) => Promise<GraphQlAnswer>,
  owner: string,
  names: readonly string[],
  manifestPath: string,
): Promise<{ parsed: Parsed[]; withoutManifest: string[]; unreadable: UnreadableRepository[] }> {
  const parsed: Parsed[] = [];
  const withoutManifest: string[] = [];
  const unreadable: UnreadableRepository[] = [];
  const fail = (repository: string, reason: string, message: string, line = 0) =>
    unreadable.push({ repository, reason, message, line });
  let answer: GraphQlAnswer;
  try {
    answer = await send(manifestsQuery(owner, names, manifestPath));
  } catch (error) {
    for (const name of names) fail(name, "api-error", apiMessage(error));
    return { parsed, withoutManifest, unreadable };
  }
  const data = (answer.data ?? {}) as Record<string, RepositoryAnswer | null>;
  names.forEach((name, i) => {
    const alias = `r${i}`;
    const repo = data[alias];
    if (!repo) {
      fail(
        name,
        "api-error",
        errorAt(answer, alias) ?? "the API gave no answer for this repository",
      );
      return;
    }
    const commit = repo.defaultBranchRef?.target?.oid;
    const blob = repo.manifest;
    if (!repo.defaultBranchRef || !commit || !blob) {
      withoutManifest.push(name);
      return;
    }
    if (blob.__typename !== "Blob") {
      fail(name, "not-a-file", `${manifestPath} is a ${blob.__typename.toLowerCase()}, not a file`);
    } else if ((blob.byteSize ?? 0) > MAX_SOURCE_BYTES) {
      fail(
        name,
        "too-large",
        `${manifestPath} has ${blob.byteSize} bytes, more than the limit of ${MAX_SOURCE_BYTES}`,
      );
    } else if (blob.isTruncated) {
      fail(
        name,
        "truncated",
        `the API sent ${manifestPath} truncated (${blob.byteSize} bytes): check it with \`security-manifest check\` in the repository`,
      );
    } else if (blob.isBinary || typeof blob.text !== "string") {
      fail(name, "binary", `${manifestPath} is not UTF-8 text`);
    } else {
      try {
        parsed.push({
          repository: name,
          defaultBranch: repo.defaultBranchRef.name,
          commit,
          source: parseManifestText(manifestPath, blob.text),
        });
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        fail(name, error.problem.code, error.problem.message, error.problem.line);
      }
    }
  });
  return { parsed, withoutManifest, unreadable };
}

interface Checked {
  at: Parsed;
  report: Report;
  /** Set when the evidence could not be looked up: the report would be wrong, so none is used. */
  failed?: string;
}

/**
 * Checks each manifest with the evidence answers known so far; the paths a check asked for and
 * that are not known yet are looked up (batched across repositories) and the check repeated,
 * until no check asks for more. A path is asked of the repository at the manifest's commit.
 */
async function checkWithEvidence(
  send: (query: Query) => Promise<GraphQlAnswer>,
  options: PortfolioOptions,
  parsed: readonly Parsed[],
): Promise<Checked[]> {
  const known = new Map<string, Map<string, boolean>>();
  const results = new Map<string, Checked>();
  let pending = [...parsed];
  for (let round = 0; pending.length > 0; round++) {
    const questions: EvidenceQuestion[] = [];
    for (const at of pending) {
      const answers = known.get(at.repository) ?? new Map<string, boolean>();
      known.set(at.repository, answers);
      const unknown = new Set<string>();
      const report = checkManifestSource(at.source, {
        ...options.check,
        displayName: options.manifestPath ?? DEFAULT_MANIFEST_PATH,
        evidenceExists: (relativePath) => {
          const answer = answers.get(relativePath);
          if (answer === undefined) unknown.add(relativePath);
          return answer ?? false;
        },
      });
      results.set(at.repository, { at, report });
      if (unknown.size > 0 && round < MAX_EVIDENCE_ROUNDS) {
        questions.push({ repository: at.repository, commit: at.commit, paths: [...unknown] });
      }
    }
    const failed = await lookUpEvidence(send, options, questions, known);
    for (const [repository, message] of failed) {
      const result = results.get(repository);
      if (result) result.failed = message;
    }
    pending = pending.filter(
      (at) => questions.some((q) => q.repository === at.repository) && !failed.has(at.repository),
    );
  }
  return parsed.map((at) => results.get(at.repository) as Checked);
}

/** Answers the questions into `known`; returns the repositories whose lookup failed, with why. */
async function lookUpEvidence(
  send: (query: Query) => Promise<GraphQlAnswer>,
  options: PortfolioOptions,
  questions: readonly EvidenceQuestion[],
  known: Map<string, Map<string, boolean>>,
): Promise<Map<string, string>> {
  const failed = new Map<string, string>();
  const limit = options.evidenceBatch ?? EVIDENCE_BATCH;
  for (const batch of evidenceBatches(questions, limit)) {
    let answer: GraphQlAnswer;
    try {
      answer = await send(evidenceQuery(options.owner, batch));
    } catch (error) {
      for (const q of batch) failed.set(q.repository, apiMessage(error));
      continue;
    }
    const data = (answer.data ?? {}) as Record<
      string,
      Record<string, { __typename: string } | null> | null
    >;
    batch.forEach((q, i) => {
      const repo = data[`r${i}`];
      if (!repo) {
        failed.set(
          q.repository,
          errorAt(answer, `r${i}`) ?? "the API gave no answer for the evidence",
        );
        return;
      }
      const answers = known.get(q.repository);
      // Evidence is a file: a folder (Tree) or a submodule (Commit) is none.
      for (const [j, p] of q.paths.entries()) {
        answers?.set(p, repo[`p${j}`]?.__typename === "Blob");
      }
    });
  }
  return failed;
}

/** Questions cut into requests of at most `limit` paths; a long list is split across requests. */
function evidenceBatches(
  questions: readonly EvidenceQuestion[],
  limit: number,
): EvidenceQuestion[][] {
  const batches: EvidenceQuestion[][] = [];
  let current: EvidenceQuestion[] = [];
  let size = 0;
  for (const q of questions) {
    for (let start = 0; start < q.paths.length; start += limit) {
      const paths = q.paths.slice(start, start + limit);
      if (size + paths.length > limit && current.length > 0) {
        batches.push(current);
        current = [];
        size = 0;
      }
      current.push({ ...q, paths });
      size += paths.length;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function errorAt(answer: GraphQlAnswer, alias: string): string | undefined {
  const errors = (answer.errors ?? []).filter((e) => e.path?.[0] === alias || !e.path);
  return errors.length > 0 ? errors.map((e) => e.message).join("; ") : undefined;
}

function apiMessage(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message : String(error);
  return status ? `GitHub API ${status}: ${message}` : message;
}
