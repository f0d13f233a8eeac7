import * as core from "@actions/core";
import type { BaseManifest, RulePackChange } from "../src/check-pull-request.js";
import { isInsideRepository } from "../src/rules/check-keywords.js";
import { globMatcher } from "../src/rules/glob-match.js";
import { loadRuleSet, type RulePackText, type RuleSet } from "../src/rules/rule-set.js";
import { compareCodePoints } from "../src/vocabulary/code-point-order.js";
import type { RunContext } from "./event-context.js";
import type { GitHubClient } from "./github-client.js";
import { blobsQuery, type GraphQlBlob } from "./graphql-queries.js";
import type { ActionInputs } from "./inputs.js";
import {
  asBaseManifest,
  type FileAtCommit,
  fetchComments,
  fetchPullRequestContext,
  fileOf,
  type PullRequestComment,
} from "./pull-request-context.js";
import { type ChangedFiles, fetchChangedFiles } from "./pull-request-facts.js";

/** What a pull-request run knows before it judges: the policy from the base, the PR's facts. */
export interface PullRequestRun {
  number: number;
  headSha: string;
  baseSha: string;
  author?: string;
  changedFiles: string[];
  approvedBy: string[];
  comments: PullRequestComment[];
  /** False when the comments could not be read: then no comment is written (it could duplicate ours). */
  commentsKnown: boolean;
  /** GitHub's head is no longer the commit judged (a re-run, runs out of order): a newer run comments. */
  movedOn: boolean;
  listComments: () => Promise<PullRequestComment[]>;
  baseManifest: BaseManifest;
  /** Our packs and the base commit's versions of the `rules` input's packs. */
  ruleSet: RuleSet;
  rulePackChanges: RulePackChange[];
  /** The `rules` input's packs, at head or base (the check's own files, like the manifest). */
  packPaths: string[];
  /** Publish mode: the manifest at the head commit and every file path there (for evidence). */
  headManifest?: FileAtCommit;
  headPaths?: Set<string>;
}

export interface RunTarget {
  number: number;
  /** The head the run is about (publish mode: the commit the other run checked). */
  headSha: string;
  /** Known from the event on pull_request; read from the API in publish mode. */
  baseSha?: string;
  author?: string;
  /** The `rules` input's packs in the checkout, relative to its root (none in publish mode). */
  localPacks?: string[];
  /** Reads a file of the checkout (a pack the base lacks is still validated as the PR has it). */
  readHeadFile?: (relative: string) => Promise<string>;
  /** Publish mode: no checkout; the head manifest and paths come from the API. */
  fromApi?: boolean;
}

/**
 * Gathers a pull-request run's facts: the changed files (REST, with renames), then in one
 * GraphQL request the reviews, the comments and the base commit's manifest and rule packs. In
 * publish mode it first reads the PR (head, base, author) and the head's manifest and file list.
 */
export async function preparePullRequestRun(
  github: GitHubClient,
  inputs: ActionInputs,
  context: RunContext,
  target: RunTarget,
): Promise<PullRequestRun> {
  const where = { owner: context.owner, repo: context.repo, number: target.number };
  const changed = await fetchChangedFiles(github, where);
  const matchesRules = globMatcher(inputs.rules);
  let headPaths: Set<string> | undefined;
  let headManifest: FileAtCommit | undefined;
  let baseSha = target.baseSha;
  let author = target.author;
  let first: Awaited<ReturnType<typeof fetchPullRequestContext>> | undefined;
  if (target.fromApi) {
    first = await fetchPullRequestContext(github, {
      ...where,
      files: [`${target.headSha}:${inputs.manifest}`],
    });
    headManifest = first.files.get(`${target.headSha}:${inputs.manifest}`);
    baseSha = first.baseSha;
    author = first.author;
    if (first.headSha === target.headSha)
      headPaths = await fetchPaths(github, context, target.headSha);
  }
  const packPaths = candidatePacks(
    [...(target.localPacks ?? []), ...(headPaths ? [...headPaths].filter(matchesRules) : [])],
    changed,
    matchesRules,
  );
  const manifestAtBase = `${baseSha}:${inputs.manifest}`;
  const packAtBase = (pack: string) => `${baseSha}:${pack}`;
  let facts: Awaited<ReturnType<typeof fetchPullRequestContext>> | undefined;
  let files = new Map<string, FileAtCommit>();
  try {
    if (first) {
      facts = first;
      files = await fetchBlobs(github, context, [manifestAtBase, ...packPaths.map(packAtBase)]);
    } else {
      facts = await fetchPullRequestContext(github, {
        ...where,
        files: [manifestAtBase, ...packPaths.map(packAtBase)],
        headSha: target.headSha,
      });
      files = facts.files;
    }
  } catch (error) {
    core.warning(
      `Could not read the pull request's reviews, comments and base files (${(error as { status?: number }).status ?? (error as Error).message}): decisions added by this PR cannot be verified and stay pending, and the comment is skipped.`,
    );
  }
  const policy = await policyPacks(packPaths, files, packAtBase, target.readHeadFile);
  return {
    number: target.number,
    // The commit this run judges (its checkout, or in publish mode the one the other run checked).
    headSha: target.headSha,
    movedOn: facts !== undefined && facts.headSha !== target.headSha,
    baseSha: baseSha ?? "",
    author,
    changedFiles: changed.paths,
    approvedBy: facts?.approvedBy ?? [],
    comments: facts?.comments ?? [],
    commentsKnown: facts !== undefined,
    listComments: () => fetchComments(github, where),
    baseManifest: asBaseManifest(files.get(manifestAtBase)),
    ruleSet: await loadRuleSet(policy),
    packPaths,
    rulePackChanges: packPaths.flatMap((pack) => {
      const status = changed.status.get(pack);
      return status ? [{ path: pack, change: status }] : [];
    }),
    headManifest,
    headPaths,
  };
}

/** The packs the `rules` input names at head or base: those in the tree and those the PR touched. */
function candidatePacks(
  known: readonly string[],
  changed: ChangedFiles,
  matchesRules: (path: string) => boolean,
): string[] {
  const packs = new Set(known);
  for (const file of changed.paths) if (matchesRules(file)) packs.add(file);
  return [...packs].filter((p) => isInsideRepository(p) === p).sort(compareCodePoints);
}

/**
 * The base commit's version of each pack judges the PR. A pack the base lacks takes effect after
 * merge; one the API could not deliver is read from the checkout, with a warning.
 */
async function policyPacks(
  packPaths: readonly string[],
  files: Map<string, FileAtCommit>,
  atBase: (pack: string) => string,
  readHeadFile: RunTarget["readHeadFile"],
): Promise<RulePackText[]> {
  const packs: RulePackText[] = [];
  for (const pack of packPaths) {
    const file = files.get(atBase(pack));
    if (file?.kind === "found") packs.push({ file: pack, text: file.text });
    else if ((file === undefined || file.kind === "unavailable") && readHeadFile) {
      core.warning(
        `Rule pack ${pack} could not be read at the base commit: the checkout's version is used.`,
      );
      packs.push({ file: pack, text: await readHeadFile(pack) });
    }
  }
  return packs;
}

async function fetchBlobs(
  github: GitHubClient,
  context: RunContext,
  expressions: readonly string[],
): Promise<Map<string, FileAtCommit>> {
  const variables: Record<string, string> = { owner: context.owner, repo: context.repo };
  expressions.forEach((expression, index) => {
    variables[`blob${index}`] = expression;
  });
  const data = await github.graphql<{ repository: Record<string, GraphQlBlob | null> }>(
    blobsQuery(expressions.length),
    variables,
  );
  const files = new Map<string, FileAtCommit>();
  expressions.forEach((expression, index) => {
    files.set(expression, fileOf(data.repository?.[`blob${index}`]));
  });
  return files;
}

/** Every file path at a commit, in one request (git trees API, recursive). */
async function fetchPaths(
  github: GitHubClient,
  context: RunContext,
  sha: string,
): Promise<Set<string>> {
  try {
    const { data } = await github.rest.git.getTree({
      owner: context.owner,
      repo: context.repo,
      tree_sha: sha,
      recursive: "1",
    });
    if (data.truncated)
      core.warning(
        "The repository has too many files for one tree listing: evidence beyond it counts as missing.",
      );
    return new Set(
      data.tree.filter((e) => e.type === "blob" && e.path).map((e) => e.path as string),
    );
  } catch (error) {
    core.warning(
      `Could not list the files at ${sha} (${(error as { status?: number }).status ?? (error as Error).message}): evidence files count as missing.`,
    );
    return new Set();
  }
}
