// Builders for complete GitHub REST objects. Field sets follow the `required` lists of the
// OpenAPI schemas (issue-comment, simple-user, repository, pull-request, diff-entry,
// content-*), with URL shapes copied from GitHub's examples.
import { createHash } from "node:crypto";

export interface MockUser {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

/** What GITHUB_TOKEN comments are authored by. */
export const GITHUB_ACTIONS_BOT: MockUser = {
  login: "github-actions[bot]",
  id: 41898282,
  type: "Bot",
};

export interface RepoContext {
  /** API base the mock listens on; `url` fields point back at it, like GHES. */
  apiUrl: string;
  owner: string;
  repo: string;
  repoId: number;
  defaultBranch: string;
  ownerUser: MockUser;
}

export type AuthorAssociation =
  | "COLLABORATOR"
  | "CONTRIBUTOR"
  | "FIRST_TIMER"
  | "FIRST_TIME_CONTRIBUTOR"
  | "MANNEQUIN"
  | "MEMBER"
  | "NONE"
  | "OWNER";

export interface StoredComment {
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: MockUser;
  author_association: AuthorAssociation;
  created_at: string;
  updated_at: string;
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";

export interface StoredReview {
  id: number;
  node_id: string;
  pull_number: number;
  user: MockUser;
  state: ReviewState;
  /** The head sha the review was submitted on. */
  commit_id: string;
  body: string;
  submitted_at: string;
}

export interface PullFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";
  additions?: number;
  deletions?: number;
  patch?: string;
  previous_filename?: string;
}

export interface ResolvedPull {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  draft: boolean;
  merged: boolean;
  user: MockUser;
  labels: string[];
  head: { ref: string; sha: string; owner: string; repo: string };
  base: { ref: string; sha: string };
  files: PullFile[];
  created_at: string;
  updated_at: string;
}

/** Deterministic 40-hex "sha" for fixtures that need one. */
export function fakeSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}

/** The sha git (and GitHub's contents API) reports for a blob. */
export function blobSha(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

/** GitHub timestamps have second precision and a literal Z. */
export function githubTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString("base64url")}`;
}

export function simpleUser(ctx: RepoContext, user: MockUser): Record<string, unknown> {
  const login = encodeURIComponent(user.login);
  const api = `${ctx.apiUrl}/users/${login}`;
  const isBot = user.type === "Bot";
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(isBot ? "BOT" : user.type === "Organization" ? "O" : "U", user.id),
    avatar_url: isBot
      ? `https://avatars.githubusercontent.com/in/${user.id}?v=4`
      : `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: isBot
      ? `https://github.com/apps/${encodeURIComponent(user.login.replace(/\[bot\]$/, ""))}`
      : `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: "public",
    site_admin: false,
  };
}

export function issueComment(ctx: RepoContext, c: StoredComment): Record<string, unknown> {
  const repoApi = repoApiUrl(ctx);
  return {
    id: c.id,
    node_id: c.node_id,
    url: `${repoApi}/issues/comments/${c.id}`,
    html_url: `${repoHtmlUrl(ctx)}/pull/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(ctx, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${repoApi}/issues/${c.issue_number}`,
    author_association: c.author_association,
    performed_via_github_app: null,
    reactions: noReactions(`${repoApi}/issues/comments/${c.id}/reactions`),
    pin: null,
    minimized: null,
  };
}

export function repository(
  ctx: RepoContext,
  owner: MockUser = ctx.ownerUser,
  name: string = ctx.repo,
  id: number = ctx.repoId,
): Record<string, unknown> {
  const full = `${owner.login}/${name}`;
  const api = `${ctx.apiUrl}/repos/${full}`;
  const html = `https://github.com/${full}`;
  const fork = owner.login !== ctx.owner || name !== ctx.repo;
  return {
    id,
    node_id: nodeId("R", id),
    name,
    full_name: full,
    owner: simpleUser(ctx, owner),
    private: false,
    html_url: html,
    description: null,
    fork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: "TypeScript",
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 128,
    default_branch: ctx.defaultBranch,
    open_issues_count: 1,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: "public",
    pushed_at: "2025-01-01T00:00:00Z",
    created_at: "2024-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
    allow_forking: true,
    web_commit_signoff_required: false,
    forks: 0,
    open_issues: 1,
    watchers: 0,
    license: null,
  };
}

/** Fields shared by pull-request (pulls/get) and pull-request-simple (pulls/list). */
function pullCommon(ctx: RepoContext, pr: ResolvedPull): Record<string, unknown> {
  const api = `${repoApiUrl(ctx)}/pulls/${pr.number}`;
  const issueApi = `${repoApiUrl(ctx)}/issues/${pr.number}`;
  const html = `${repoHtmlUrl(ctx)}/pull/${pr.number}`;
  const statuses = `${repoApiUrl(ctx)}/statuses/${pr.head.sha}`;
  const headOwner =
    pr.head.owner === ctx.owner
      ? ctx.ownerUser
      : { login: pr.head.owner, id: ctx.repoId + 7, type: "User" as const };
  const headRepoId =
    pr.head.owner === ctx.owner && pr.head.repo === ctx.repo
      ? ctx.repoId
      : ctx.repoId + 1000 + pr.number;
  const closedAt = pr.state === "closed" ? pr.updated_at : null;
  return {
    url: api,
    id: pr.id,
    node_id: nodeId("PR", pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApiUrl(ctx)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(ctx, pr.user),
    body: pr.body,
    labels: pr.labels.map((name, i) => ({
      id: pr.id * 100 + i,
      node_id: nodeId("LA", pr.id * 100 + i),
      url: `${repoApiUrl(ctx)}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: "ededed",
      default: false,
    })),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.created_at,
    updated_at: pr.updated_at,
    closed_at: closedAt,
    merged_at: pr.merged ? closedAt : null,
    merge_commit_sha: fakeSha(`merge:${pr.number}:${pr.head.sha}`),
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${pr.head.owner}:${pr.head.ref}`,
      ref: pr.head.ref,
      sha: pr.head.sha,
      user: simpleUser(ctx, headOwner),
      repo: repository(ctx, headOwner, pr.head.repo, headRepoId),
    },
    base: {
      label: `${ctx.owner}:${pr.base.ref}`,
      ref: pr.base.ref,
      sha: pr.base.sha,
      user: simpleUser(ctx, ctx.ownerUser),
      repo: repository(ctx),
    },
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApiUrl(ctx)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: statuses },
    },
    author_association: pr.user.login === ctx.owner ? "OWNER" : "CONTRIBUTOR",
    auto_merge: null,
    draft: pr.draft,
  };
}

export function pullRequestSimple(ctx: RepoContext, pr: ResolvedPull): Record<string, unknown> {
  return pullCommon(ctx, pr);
}

export function pullRequest(ctx: RepoContext, pr: ResolvedPull): Record<string, unknown> {
  const additions = pr.files.reduce((n, f) => n + (f.additions ?? 0), 0);
  const deletions = pr.files.reduce((n, f) => n + (f.deletions ?? 0), 0);
  return {
    ...pullCommon(ctx, pr),
    merged: pr.merged,
    mergeable: pr.state === "open" ? true : null,
    rebaseable: pr.state === "open" ? true : null,
    mergeable_state: pr.state === "open" ? "clean" : "unknown",
    merged_by: pr.merged ? simpleUser(ctx, ctx.ownerUser) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions,
    deletions,
    changed_files: pr.files.length,
  };
}

/** pulls/list-reviews entries (`pull-request-review`). */
export function pullRequestReview(
  ctx: RepoContext,
  pr: ResolvedPull,
  review: StoredReview,
): Record<string, unknown> {
  const html = `${repoHtmlUrl(ctx)}/pull/${pr.number}#pullrequestreview-${review.id}`;
  const pullApi = `${repoApiUrl(ctx)}/pulls/${pr.number}`;
  return {
    id: review.id,
    node_id: review.node_id,
    user: simpleUser(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullApi,
    author_association: review.user.login === ctx.owner ? "OWNER" : "CONTRIBUTOR",
    _links: { html: { href: html }, pull_request: { href: pullApi } },
    submitted_at: review.submitted_at,
    commit_id: review.commit_id,
  };
}

export function diffEntry(
  ctx: RepoContext,
  pr: ResolvedPull,
  f: PullFile,
): Record<string, unknown> {
  const additions = f.additions ?? 0;
  const deletions = f.deletions ?? 0;
  const path = encodePath(f.filename);
  return {
    sha:
      f.status === "removed"
        ? fakeSha(`removed:${f.filename}`)
        : fakeSha(`${pr.head.sha}:${f.filename}`),
    filename: f.filename,
    status: f.status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${repoHtmlUrl(ctx)}/blob/${pr.head.sha}/${path}`,
    raw_url: `${repoHtmlUrl(ctx)}/raw/${pr.head.sha}/${path}`,
    contents_url: `${repoApiUrl(ctx)}/contents/${path}?ref=${pr.head.sha}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
  };
}

/** GitHub omits content for blobs over 1 MB (encoding "none"). */
const MAX_INLINE_CONTENT = 1024 * 1024;

export function contentFile(
  ctx: RepoContext,
  ref: string,
  filePath: string,
  content: string,
): Record<string, unknown> {
  const bytes = Buffer.from(content, "utf8");
  const inline = bytes.length <= MAX_INLINE_CONTENT;
  return {
    type: "file",
    encoding: inline ? "base64" : "none",
    size: bytes.length,
    name: filePath.split("/").at(-1) ?? filePath,
    path: filePath,
    content: inline ? wrapBase64(bytes.toString("base64")) : "",
    ...entryLinks(ctx, ref, filePath, "blob", blobSha(bytes)),
  };
}

export function contentEntry(
  ctx: RepoContext,
  ref: string,
  entryPath: string,
  kind: "file" | "dir",
  content?: string,
  /** A directory's git tree sha; default a stable fake. */
  treeSha?: string,
): Record<string, unknown> {
  const bytes = Buffer.from(content ?? "", "utf8");
  const sha = kind === "file" ? blobSha(bytes) : (treeSha ?? fakeSha(`tree:${ref}:${entryPath}`));
  const links = entryLinks(ctx, ref, entryPath, kind === "file" ? "blob" : "tree", sha);
  return {
    type: kind,
    size: kind === "file" ? bytes.length : 0,
    name: entryPath.split("/").at(-1) ?? entryPath,
    path: entryPath,
    ...links,
    ...(kind === "dir" ? { download_url: null } : {}),
  };
}

function entryLinks(
  ctx: RepoContext,
  ref: string,
  entryPath: string,
  kind: "blob" | "tree",
  sha: string,
): Record<string, unknown> {
  const encoded = encodePath(entryPath);
  const self = `${repoApiUrl(ctx)}/contents/${encoded}?ref=${encodeURIComponent(ref)}`;
  const git = `${repoApiUrl(ctx)}/git/${kind === "blob" ? "blobs" : "trees"}/${sha}`;
  const html = `${repoHtmlUrl(ctx)}/${kind}/${encodeURIComponent(ref)}/${encoded}`;
  return {
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${ctx.owner}/${ctx.repo}/${encodeURIComponent(ref)}/${encoded}`,
    _links: { self, git, html },
  };
}

/** GitHub wraps base64 content at 60 columns with "\n". */
function wrapBase64(b64: string): string {
  return `${b64.replace(/(.{60})/g, "$1\n")}\n`;
}

function encodePath(p: string): string {
  return p.split("/").map(encodeURIComponent).join("/");
}

export function repoApiUrl(ctx: RepoContext): string {
  return `${ctx.apiUrl}/repos/${ctx.owner}/${ctx.repo}`;
}

export function repoHtmlUrl(ctx: RepoContext): string {
  return `https://github.com/${ctx.owner}/${ctx.repo}`;
}

export function commit(
  ctx: RepoContext,
  sha: string,
  message: string,
  files: Record<string, unknown>[],
) {
  const api = repoApiUrl(ctx);
  const when = "2025-01-01T00:00:00Z";
  return {
    url: `${api}/commits/${sha}`,
    sha,
    node_id: nodeId("C", Number.parseInt(sha.slice(0, 8), 16)),
    html_url: `${repoHtmlUrl(ctx)}/commit/${sha}`,
    comments_url: `${api}/commits/${sha}/comments`,
    commit: {
      url: `${api}/git/commits/${sha}`,
      author: { name: "Mock Author", email: "author@example.com", date: when },
      committer: { name: "GitHub", email: "noreply@github.com", date: when },
      message,
      comment_count: 0,
      tree: { sha: fakeSha(`tree:${sha}`), url: `${api}/git/trees/${fakeSha(`tree:${sha}`)}` },
      verification: {
        verified: false,
        reason: "unsigned",
        payload: null,
        signature: null,
        verified_at: null,
      },
    },
    author: null,
    committer: null,
    parents: [],
    files,
  };
}

export interface StoredLabel {
  id: number;
  node_id: string;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export type IssueStateReason = "completed" | "reopened" | "not_planned" | "duplicate";

export interface StoredIssue {
  number: number;
  id: number;
  node_id: string;
  title: string;
  body: string | null;
  state: "open" | "closed";
  state_reason: IssueStateReason | null;
  /** Label names; the objects are looked up in the repository's labels. */
  labels: string[];
  user: MockUser;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export function labelObject(ctx: RepoContext, label: StoredLabel): Record<string, unknown> {
  return {
    id: label.id,
    node_id: label.node_id,
    url: `${repoApiUrl(ctx)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default,
  };
}

/** issues/get, list-for-repo, create, update: the `issue` schema, as GitHub sends it for an issue (no pull_request). */
export function issueObject(
  ctx: RepoContext,
  issue: StoredIssue,
  labels: readonly StoredLabel[],
  comments: number,
): Record<string, unknown> {
  const api = `${repoApiUrl(ctx)}/issues/${issue.number}`;
  return {
    id: issue.id,
    node_id: issue.node_id,
    url: api,
    repository_url: repoApiUrl(ctx),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${repoHtmlUrl(ctx)}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    // GitHub sends null for an issue never closed; the description's enum has no null, so the
    // field is left out then (it is optional).
    ...(issue.state_reason ? { state_reason: issue.state_reason } : {}),
    title: issue.title,
    body: issue.body,
    user: simpleUser(ctx, issue.user),
    labels: issue.labels.flatMap((name) => {
      const label = labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
      return label ? [labelObject(ctx, label)] : [];
    }),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments,
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_by: null,
    timeline_url: `${api}/timeline`,
    author_association:
      issue.user.login === ctx.owner ? "OWNER" : issue.user.type === "Bot" ? "NONE" : "CONTRIBUTOR",
    performed_via_github_app: null,
    reactions: noReactions(`${api}/reactions`),
  };
}

/** GitHub's reaction rollup of an object nobody has reacted to. */
function noReactions(url: string) {
  return {
    url,
    total_count: 0,
    "+1": 0,
    "-1": 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}
