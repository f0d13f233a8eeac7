import { createHash } from "node:crypto";
import type { GitHubClient } from "./github-client.js";
import type { PullRequestComment } from "./pull-request-context.js";

/** Hidden marker of our comment for one manifest: the path is hashed so it cannot break the HTML comment. */
export function commentMarker(manifestPath: string): string {
  const id = createHash("sha256").update(manifestPath).digest("hex").slice(0, 16);
  return `<!-- security-manifest-check:${id} -->`;
}

export type CommentOutcome = "created" | "updated" | "unchanged" | "skipped";

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  body: string;
  /** on-gaps with a clean manifest: do not create, but do turn an existing comment into the all-clear. */
  createIfMissing: boolean;
}

/** Lists the PR's comments again (after creating ours, to find a concurrent run's duplicate). */
export type ListComments = () => Promise<PullRequestComment[]>;

/**
 * Our comments, oldest first: written by the token's own identity, by a bot account, starting with
 * the marker. The marker is predictable, so it alone proves nothing: a person's comment that
 * carries it is never edited or deleted, and ours is posted beside it.
 */
export function ourComments(
  comments: readonly PullRequestComment[],
  marker: string,
): PullRequestComment[] {
  return comments
    .filter((c) => c.byViewer && c.byBot && c.body.startsWith(marker))
    .sort((a, b) => a.id - b.id);
}

/**
 * One comment per manifest, updated in place: with the PR's comments already read, one request
 * (update, or create). Duplicates left by concurrent runs are removed, keeping the oldest; a
 * comment deleted between reading and updating is created again.
 */
export async function upsertStickyComment(
  github: GitHubClient,
  comment: StickyComment,
  existing: readonly PullRequestComment[],
  listAgain: ListComments,
): Promise<CommentOutcome> {
  const [keep, ...duplicates] = ourComments(existing, comment.marker);
  await deleteComments(github, comment, duplicates);
  if (!keep) {
    if (!comment.createIfMissing) return "skipped";
    return create(github, comment, listAgain);
  }
  if (keep.body === comment.body) return "unchanged";
  try {
    await github.rest.issues.updateComment({
      owner: comment.owner,
      repo: comment.repo,
      comment_id: keep.id,
      body: comment.body,
    });
    return "updated";
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    return create(github, comment, listAgain);
  }
}

/**
 * Two runs that both found no comment both create one; looking once more after creating and
 * keeping only the oldest of ours makes concurrent runs end with a single comment.
 */
async function create(
  github: GitHubClient,
  comment: StickyComment,
  listAgain: ListComments,
): Promise<"created"> {
  await github.rest.issues.createComment({
    owner: comment.owner,
    repo: comment.repo,
    issue_number: comment.issueNumber,
    body: comment.body,
  });
  const [, ...duplicates] = ourComments(await listAgain(), comment.marker);
  await deleteComments(github, comment, duplicates);
  return "created";
}

async function deleteComments(
  github: GitHubClient,
  comment: StickyComment,
  comments: { id: number }[],
): Promise<void> {
  for (const { id } of comments) {
    try {
      await github.rest.issues.deleteComment({
        owner: comment.owner,
        repo: comment.repo,
        comment_id: id,
      });
    } catch (error) {
      // Another run may have removed it already.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
}
