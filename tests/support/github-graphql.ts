// The mock's state seen through GitHub's GraphQL schema: source objects for the types the
// Action reads (Repository, PullRequest, PullRequestReview, IssueComment, Actor, GitObject).
// graphql-js executes queries over them (graphql-contract.ts), so fields that are not here
// resolve null where the schema allows it and fail loudly where it does not.

import { buildGitTree, findTree, type GitTree, subtreeAt } from "./git-trees.js";
import {
  blobSha,
  type MockUser,
  nodeId,
  type RepoContext,
  type ResolvedPull,
  repoHtmlUrl,
  type StoredComment,
  type StoredReview,
} from "./github-objects.js";
import { type MockOrganisation, organisationResolvers } from "./github-organisation.js";
import { GitHubGraphQlError, type GraphQlSource } from "./graphql-contract.js";

export interface GraphQlMockState {
  ctx: RepoContext;
  /** The token's user: `viewer`, `viewerDidAuthor`. */
  viewer: MockUser;
  pull(number: number): ResolvedPull | undefined;
  /** Comments on an issue or pull, oldest first. */
  comments(issueNumber: number): StoredComment[];
  /** Reviews of a pull in submission order. */
  reviews(pullNumber: number): StoredReview[];
  /** The file set at a ref or sha, undefined if nothing is known there. */
  filesAt(ref: string): Record<string, string> | undefined;
  /** The commit a ref or sha names. */
  commitSha(ref: string): string;
  /** Every ref's files, for lookups by oid. */
  fileSets(): Record<string, string>[];
  /** Commit shas the mock knows (pull heads and bases). */
  commits(): string[];
  /** An organisation of many repositories besides the one under test (the portfolio). */
  organisation?: MockOrganisation | undefined;
  /** Counts a GraphQL request against the budget; answers `rateLimit`. */
  rateLimit(): { cost: number; remaining: number; resetAt: string };
}

const MAX_PAGE = 100;
const OPINIONATED = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);

/** The Query root. */
export function graphQlRoot(state: GraphQlMockState): GraphQlSource {
  const org = state.organisation && organisationResolvers(state.organisation, connection);
  return {
    rateLimit: () => {
      const limit = state.rateLimit();
      return { ...limit, limit: 5000, used: 5000 - limit.remaining, nodeCount: 0 };
    },
    repositoryOwner: (args: Record<string, unknown>) => org?.repositoryOwner(args) ?? null,
    repository: (args: Record<string, unknown>) => {
      const owner = String(args.owner);
      const name = String(args.name);
      const inOrg = org?.repository(owner, name);
      if (inOrg) return inOrg;
      const ours =
        owner.toLowerCase() === state.ctx.owner.toLowerCase() &&
        name.toLowerCase() === state.ctx.repo.toLowerCase();
      if (!ours) {
        throw new GitHubGraphQlError(
          "NOT_FOUND",
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      }
      return repository(state);
    },
  };
}

function repository(state: GraphQlMockState): GraphQlSource {
  const { ctx } = state;
  return {
    __typename: "Repository",
    id: nodeId("R", ctx.repoId),
    databaseId: ctx.repoId,
    name: ctx.repo,
    nameWithOwner: `${ctx.owner}/${ctx.repo}`,
    owner: actor(ctx.ownerUser),
    url: repoHtmlUrl(ctx),
    pullRequest: (args: Record<string, unknown>) => {
      const pr = state.pull(Number(args.number));
      if (!pr) {
        throw new GitHubGraphQlError(
          "NOT_FOUND",
          `Could not resolve to a PullRequest with the number of ${String(args.number)}.`,
        );
      }
      return pullRequest(state, pr);
    },
    object: (args: Record<string, unknown>) => gitObject(state, args),
  };
}

function pullRequest(state: GraphQlMockState, pr: ResolvedPull): GraphQlSource {
  const { ctx } = state;
  return {
    __typename: "PullRequest",
    id: nodeId("PR", pr.id),
    fullDatabaseId: String(pr.id),
    number: pr.number,
    title: pr.title,
    state: pr.merged ? "MERGED" : pr.state === "open" ? "OPEN" : "CLOSED",
    isDraft: pr.draft,
    url: `${repoHtmlUrl(ctx)}/pull/${pr.number}`,
    headRefName: pr.head.ref,
    headRefOid: pr.head.sha,
    baseRefName: pr.base.ref,
    baseRefOid: pr.base.sha,
    author: actor(pr.user),
    // `writersOnly` is accepted and ignored: the mock has no permissions, every reviewer writes.
    latestOpinionatedReviews: (args: Record<string, unknown>) => {
      const latest = new Map<number, StoredReview>();
      for (const review of state.reviews(pr.number)) {
        if (!OPINIONATED.has(review.state)) continue;
        latest.delete(review.user.id); // re-insert: order by the latest review
        latest.set(review.user.id, review);
      }
      const list = [...latest.values()].sort((a, b) => a.id - b.id);
      return connection("latestOpinionatedReviews", list, args, (r) => review(ctx, pr, r));
    },
    comments: (args: Record<string, unknown>) =>
      connection("comments", state.comments(pr.number), args, (c) =>
        issueComment(ctx, state.viewer, c),
      ),
  };
}

function review(ctx: RepoContext, pr: ResolvedPull, r: StoredReview): GraphQlSource {
  return {
    __typename: "PullRequestReview",
    id: r.node_id,
    fullDatabaseId: String(r.id),
    state: r.state,
    body: r.body,
    author: actor(r.user),
    authorAssociation: r.user.login === ctx.owner ? "OWNER" : "CONTRIBUTOR",
    commit: commit(r.commit_id),
    submittedAt: r.submitted_at,
    createdAt: r.submitted_at,
    url: `${repoHtmlUrl(ctx)}/pull/${pr.number}#pullrequestreview-${r.id}`,
  };
}

function issueComment(ctx: RepoContext, viewer: MockUser, c: StoredComment): GraphQlSource {
  return {
    __typename: "IssueComment",
    id: c.node_id,
    // REST ids outgrew Int (databaseId); GitHub sends the BigInt as a string.
    fullDatabaseId: String(c.id),
    body: c.body,
    author: actor(c.user),
    authorAssociation: c.author_association,
    viewerDidAuthor: c.user.id === viewer.id && c.user.login === viewer.login,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    isMinimized: false,
    url: `${repoHtmlUrl(ctx)}/pull/${c.issue_number}#issuecomment-${c.id}`,
  };
}

/** GraphQL names a GitHub App's bot without REST's "[bot]": `github-actions[bot]` → `github-actions`. */
export function graphQlLogin(user: MockUser): string {
  return user.type === "Bot" ? user.login.replace(/\[bot\]$/, "") : user.login;
}

function actor(user: MockUser): GraphQlSource {
  const login = graphQlLogin(user);
  const path =
    user.type === "Bot" ? `/apps/${encodeURIComponent(login)}` : `/${encodeURIComponent(login)}`;
  const prefix = user.type === "Bot" ? "BOT" : user.type === "Organization" ? "O" : "U";
  return {
    __typename: user.type,
    id: nodeId(prefix, user.id),
    databaseId: user.id,
    login,
    avatarUrl: `https://avatars.githubusercontent.com/${user.type === "Bot" ? "in" : "u"}/${user.id}?v=4`,
    resourcePath: path,
    url: `https://github.com${path}`,
  };
}

// ---- git objects ----------------------------------------------------------------------

/** `object(expression: "<rev>:<path>")` or `object(oid:)`; null when nothing is there. */
function gitObject(state: GraphQlMockState, args: Record<string, unknown>): GraphQlSource | null {
  const { expression, oid } = args as { expression?: string | null; oid?: string | null };
  if (typeof expression === "string") {
    const colon = expression.indexOf(":");
    const rev = colon < 0 ? expression : expression.slice(0, colon);
    const ref = rev === "" || rev === "HEAD" ? state.ctx.defaultBranch : rev;
    const files = state.filesAt(ref);
    if (!files) return null;
    if (colon < 0) return commit(state.commitSha(ref));
    const filePath = expression.slice(colon + 1).replace(/^\/+|\/+$/g, "");
    const content = files[filePath];
    if (content !== undefined) return blob(content);
    const tree = subtreeAt(buildGitTree(files), filePath);
    return tree ? treeObject(tree, filePath) : null;
  }
  if (typeof oid === "string") {
    if (state.commits().includes(oid)) return commit(oid);
    for (const files of state.fileSets()) {
      const root = buildGitTree(files);
      const tree = findTree(root, oid);
      if (tree) return treeObject(tree, undefined);
      const hit = Object.values(files).find((c) => blob(c).oid === oid);
      if (hit !== undefined) return blob(hit);
    }
    return null;
  }
  throw new GitHubGraphQlError("ARGUMENT_ERROR", "Either `expression` or `oid` is required.", {
    violation: true,
  });
}

function commit(oid: string): GraphQlSource {
  return {
    __typename: "Commit",
    id: nodeId("C", Number.parseInt(oid.slice(0, 8), 16)),
    oid,
    abbreviatedOid: oid.slice(0, 7),
  };
}

function blob(content: string): GraphQlSource {
  const bytes = Buffer.from(content, "utf8");
  const oid = blobSha(bytes);
  return {
    __typename: "Blob",
    id: nodeId("B", Number.parseInt(oid.slice(0, 8), 16)),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize: bytes.length,
    text: content,
    isBinary: false,
    isTruncated: false,
  };
}

function treeObject(tree: GitTree, dirPath: string | undefined): GraphQlSource {
  const prefix = dirPath ? `${dirPath}/` : "";
  return {
    __typename: "Tree",
    id: nodeId("T", Number.parseInt(tree.sha.slice(0, 8), 16)),
    oid: tree.sha,
    abbreviatedOid: tree.sha.slice(0, 7),
    entries: tree.children.map((child) => ({
      __typename: "TreeEntry",
      name: child.name,
      path: dirPath === undefined ? null : `${prefix}${child.name}`,
      type: child.type,
      mode: Number.parseInt(child.mode, 8),
      oid: child.sha,
      size: child.type === "blob" ? child.size : 0,
      isGenerated: false,
      object:
        child.type === "blob"
          ? blob(child.content)
          : treeObject(child.tree, dirPath === undefined ? undefined : `${prefix}${child.name}`),
    })),
  };
}

// ---- connections ----------------------------------------------------------------------

interface Keyed {
  id: number;
}

/**
 * A cursor connection as GitHub serves it: `first` or `last` required, at most 100,
 * opaque base64 cursors (here over the item's database id, so deletions between pages
 * do not shift later pages).
 */
function connection<T extends Keyed>(
  field: string,
  all: T[],
  args: Record<string, unknown>,
  node: (item: T) => GraphQlSource,
): GraphQlSource {
  const { first, last, after, before } = args as {
    first?: number | null;
    last?: number | null;
    after?: string | null;
    before?: string | null;
  };
  const misuse = (type: string, message: string) =>
    new GitHubGraphQlError(type, message, { violation: true });
  if (first == null && last == null) {
    throw misuse(
      "MISSING_PAGINATION_BOUNDARIES",
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
    );
  }
  for (const [name, n] of [
    ["first", first],
    ["last", last],
  ] as const) {
    if (n == null) continue;
    if (n < 0) {
      throw misuse(
        "INVALID_PAGINATION",
        `\`${name}\` on the \`${field}\` connection cannot be less than zero.`,
      );
    }
    if (n > MAX_PAGE) {
      throw misuse(
        "EXCESSIVE_PAGINATION",
        `Requesting ${n} records on the \`${field}\` connection exceeds the \`${name}\` limit of ${MAX_PAGE} records.`,
      );
    }
  }
  let start = 0;
  let end = all.length;
  if (after != null) {
    const id = decodeCursor(after, misuse);
    start = all.findIndex((item) => item.id > id);
    if (start < 0) start = all.length;
  }
  if (before != null) {
    const id = decodeCursor(before, misuse);
    const index = all.findIndex((item) => item.id >= id);
    end = Math.max(start, index < 0 ? all.length : index);
  }
  if (first != null) end = Math.min(end, start + first);
  if (last != null) start = Math.max(start, end - last);
  const items = all.slice(start, end);
  const edges = items.map((item) => ({ cursor: encodeCursor(item.id), node: node(item) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount: all.length,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function encodeCursor(id: number): string {
  return Buffer.from(`cursor:v2:${id}`).toString("base64");
}

function decodeCursor(
  cursor: string,
  misuse: (type: string, message: string) => GitHubGraphQlError,
): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  if (!m) {
    throw misuse("INVALID_CURSOR_ARGUMENTS", `\`${cursor}\` does not appear to be a valid cursor.`);
  }
  return Number(m[1]);
}
