import * as core from "@actions/core";
import type { BaseManifest } from "../src/check-pull-request.js";
import type { GitHubClient } from "./github-client.js";
import {
  COMMENTS_PAGE_QUERY,
  type Connection,
  type GraphQlBlob,
  type GraphQlComment,
  type GraphQlReview,
  type PullRequestContextData,
  pullRequestContextQuery,
  REVIEWS_PAGE_QUERY,
} from "./graphql-queries.js";

/** A comment on the PR as the sticky comment needs it: whether our token wrote it, and by what. */
export interface PullRequestComment {
  id: number;
  body: string;
  /** Written by the token's own identity (GraphQL viewerDidAuthor). */
  byViewer: boolean;
  /** Written by a bot account (GitHub Actions, an app), never a person. */
  byBot: boolean;
}

/** A file at a commit: its text, not there, or unknown (too large, binary, or the read failed). */
export type FileAtCommit =
  | { kind: "found"; text: string }
  | { kind: "absent" }
  | { kind: "unavailable" };

export interface PullRequestContext {
  number: number;
  headSha: string;
  baseSha: string;
  /** The PR's author; undefined for bots (Dependabot, Renovate). */
  author?: string;
  /**
   * Logins whose latest review approves the commit this run judges (dismissed reviews do not):
   * the event's head, which is GitHub's current head unless the PR has moved on since.
   */
  approvedBy: string[];
  comments: PullRequestComment[];
  /** The files asked for, by expression ("<sha>:<path>"). */
  files: Map<string, FileAtCommit>;
}

/** Pages followed per list before giving up (100 each): far beyond any real pull request. */
const MAX_PAGES = 30;

/**
 * Everything a pull-request run reads besides the changed files, in one GraphQL request while
 * the PR has at most 100 comments and 100 reviewers: reviews, comments and the files at given
 * commits (the base manifest and the base's rule packs).
 */
export async function fetchPullRequestContext(
  github: GitHubClient,
  where: {
    owner: string;
    repo: string;
    number: number;
    files: readonly string[];
    /** The commit being judged; approvals must be on it. Default: GitHub's current head. */
    headSha?: string;
  },
): Promise<PullRequestContext> {
  const variables: Record<string, unknown> = {
    owner: where.owner,
    repo: where.repo,
    number: where.number,
  };
  // Only the variables the query declares: GitHub refuses unknown ones.
  where.files.forEach((expression, index) => {
    variables[`blob${index}`] = expression;
  });
  const data = await github.graphql<PullRequestContextData>(
    pullRequestContextQuery(where.files.length),
    variables,
  );
  const pull = data.repository?.pullRequest;
  if (!pull) throw new Error(`pull request #${where.number} was not found`);
  const reviews = await allNodes(
    github,
    pull.latestOpinionatedReviews,
    REVIEWS_PAGE_QUERY,
    where,
    (d) => pullOf(d)?.latestOpinionatedReviews,
  );
  const comments = await allNodes(
    github,
    pull.comments,
    COMMENTS_PAGE_QUERY,
    where,
    (d) => pullOf(d)?.comments,
  );
  const files = new Map<string, FileAtCommit>();
  where.files.forEach((expression, index) => {
    files.set(expression, fileOf(data.repository[`blob${index}`] as GraphQlBlob | null));
  });
  return {
    number: pull.number,
    headSha: pull.headRefOid,
    baseSha: pull.baseRefOid,
    author: pull.author && pull.author.__typename !== "Bot" ? pull.author.login : undefined,
    approvedBy: approvals(reviews, where.headSha ?? pull.headRefOid),
    comments: comments.flatMap(toComment),
    files,
  };
}

/** Later pages of the PR's comments, e.g. to look for duplicates after creating ours. */
export async function fetchComments(
  github: GitHubClient,
  where: { owner: string; repo: string; number: number },
): Promise<PullRequestComment[]> {
  const first = { pageInfo: { hasNextPage: true, endCursor: null }, nodes: [] };
  const comments = await allNodes<GraphQlComment>(
    github,
    first,
    COMMENTS_PAGE_QUERY,
    where,
    (d) => pullOf(d)?.comments,
  );
  return comments.flatMap(toComment);
}

/** The REST id (GraphQL's fullDatabaseId, a string) and who wrote it; none without a usable id. */
function toComment(c: GraphQlComment): PullRequestComment[] {
  const id = Number(c.fullDatabaseId);
  return Number.isSafeInteger(id)
    ? [{ id, body: c.body, byViewer: c.viewerDidAuthor, byBot: c.author?.__typename === "Bot" }]
    : [];
}

function approvals(reviews: GraphQlReview[], headSha: string): string[] {
  return reviews
    .filter((r) => r.state === "APPROVED" && r.commit?.oid === headSha && r.author?.login)
    .map((r) => r.author?.login as string);
}

export function fileOf(blob: GraphQlBlob | null | undefined): FileAtCommit {
  if (!blob) return { kind: "absent" };
  if (blob.isBinary || blob.isTruncated || typeof blob.text !== "string")
    return { kind: "unavailable" };
  return { kind: "found", text: blob.text };
}

/** The file as the engine takes a base manifest. */
export function asBaseManifest(file: FileAtCommit | undefined): BaseManifest {
  return file ?? { kind: "unavailable" };
}

type PageData = { repository?: { pullRequest?: Record<string, Connection<never>> | null } | null };

function pullOf(data: PageData) {
  return data.repository?.pullRequest as
    | {
        latestOpinionatedReviews?: Connection<GraphQlReview>;
        comments?: Connection<GraphQlComment>;
      }
    | null
    | undefined;
}

async function allNodes<T>(
  github: GitHubClient,
  first: Connection<T>,
  query: string,
  where: { owner: string; repo: string; number: number },
  pick: (data: PageData) => Connection<T> | undefined,
): Promise<T[]> {
  const nodes = [...(first.nodes ?? [])].filter((n): n is T => n !== null);
  let page = first;
  for (let i = 0; page.pageInfo.hasNextPage && i < MAX_PAGES; i++) {
    const data = await github.graphql<PageData>(query, {
      owner: where.owner,
      repo: where.repo,
      number: where.number,
      after: page.pageInfo.endCursor,
    });
    const next = pick(data);
    if (!next) break;
    nodes.push(...(next.nodes ?? []).filter((n): n is T => n !== null));
    page = next;
  }
  if (page.pageInfo.hasNextPage)
    core.warning("More than 3,000 comments or reviews: the rest are not read.");
  return nodes;
}
