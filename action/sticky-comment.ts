import { createHash } from "node:crypto";
import type { GitHubClient } from "./github-client.js";

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

/**
 * One comment per manifest, updated in place: list (one request below 100 comments), then update
 * or create. Our comments are those whose body starts with the marker (a quote of one does not).
 * Duplicates left by concurrent runs are removed, keeping the oldest; a comment deleted between
 * listing and updating is created again.
 */
export async function upsertStickyComment(
  github: GitHubClient,
  comment: StickyComment,
): Promise<CommentOutcome> {
  const [keep, ...duplicates] = await ourComments(github, comment);
  await deleteComments(github, comment, duplicates);
  if (!keep) {
    if (!comment.createIfMissing) return "skipped";
    return create(github, comment);
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
    return create(github, comment);
  }
}

/**
 * Two runs that both found no comment both create one; looking once more after creating and
 * keeping only the oldest makes concurrent runs end with a single comment.
 */
async function create(github: GitHubClient, comment: StickyComment): Promise<"created"> {
  await github.rest.issues.createComment({
    owner: comment.owner,
    repo: comment.repo,
    issue_number: comment.issueNumber,
    body: comment.body,
  });
  const [, ...duplicates] = await ourComments(github, comment);
  await deleteComments(github, comment, duplicates);
  return "created";
}

/**
 * Our comments, the one to keep first. Anyone could paste the marker into a comment of their
 * own, so a comment by a bot (our token's identity as a rule) is preferred, and only comments
 * by the same author as the kept one count as duplicates to delete: we never delete a person's comment.
 */
async function ourComments(github: GitHubClient, comment: StickyComment) {
  const all = await github.paginate(github.rest.issues.listComments, {
    owner: comment.owner,
    repo: comment.repo,
    issue_number: comment.issueNumber,
    per_page: 100,
  });
  const marked = all
    .filter((c) => (c.body ?? "").startsWith(comment.marker))
    .sort((a, b) => a.id - b.id);
  const keep = marked.find((c) => c.user?.type === "Bot") ?? marked[0];
  if (!keep) return [];
  return [keep, ...marked.filter((c) => c !== keep && c.user?.login === keep.user?.login)];
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
