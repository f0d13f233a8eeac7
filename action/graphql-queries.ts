/**
 * The GraphQL reads of a pull-request run. One query gathers what used to take several REST
 * calls: the PR's latest reviews, its comments and, as blobs, files at given commits (the base
 * manifest and the base's rule packs). Tests validate every query here against GitHub's
 * published schema (@octokit/graphql-schema).
 */

const PAGE_INFO = "pageInfo { hasNextPage endCursor }";
const REVIEW_FIELDS = "state author { __typename login } commit { oid }";
const COMMENT_FIELDS = "fullDatabaseId body viewerDidAuthor author { __typename login }";
const BLOB_FIELDS = "... on Blob { text isTruncated isBinary byteSize }";

/** The first page of everything, plus one blob per `blobs` expression ("<sha>:<path>"). */
export function pullRequestContextQuery(blobCount: number): string {
  const blobVariables = Array.from({ length: blobCount }, (_, i) => `, $blob${i}: String!`).join(
    "",
  );
  const blobs = Array.from(
    { length: blobCount },
    (_, i) => `    blob${i}: object(expression: $blob${i}) { ${BLOB_FIELDS} }`,
  ).join("\n");
  return `query SecurityManifestPullRequest($owner: String!, $repo: String!, $number: Int!${blobVariables}) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      number
      headRefOid
      baseRefOid
      author { __typename login }
      latestOpinionatedReviews(first: 100) { ${PAGE_INFO} nodes { ${REVIEW_FIELDS} } }
      comments(first: 100) { ${PAGE_INFO} nodes { ${COMMENT_FIELDS} } }
    }
${blobs}
  }
}`;
}

/** Later pages of the PR's comments (more than 100 comments). */
export const COMMENTS_PAGE_QUERY = `query SecurityManifestComments($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      comments(first: 100, after: $after) { ${PAGE_INFO} nodes { ${COMMENT_FIELDS} } }
    }
  }
}`;

/** Later pages of the PR's latest reviews (more than 100 reviewers). */
export const REVIEWS_PAGE_QUERY = `query SecurityManifestReviews($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      latestOpinionatedReviews(first: 100, after: $after) { ${PAGE_INFO} nodes { ${REVIEW_FIELDS} } }
    }
  }
}`;

/** Files at a commit, as blobs (the rule packs a PR deleted, the head manifest in publish mode). */
export function blobsQuery(blobCount: number): string {
  if (blobCount < 1) throw new RangeError("blobsQuery needs at least one blob");
  const variables = Array.from({ length: blobCount }, (_, i) => `$blob${i}: String!`).join(", ");
  const blobs = Array.from(
    { length: blobCount },
    (_, i) => `    blob${i}: object(expression: $blob${i}) { ${BLOB_FIELDS} }`,
  ).join("\n");
  return `query SecurityManifestBlobs($owner: String!, $repo: String!, ${variables}) {
  repository(owner: $owner, name: $repo) {
${blobs}
  }
}`;
}

export interface GraphQlActor {
  __typename: string;
  login: string;
}

export interface GraphQlReview {
  state: "PENDING" | "COMMENTED" | "APPROVED" | "CHANGES_REQUESTED" | "DISMISSED";
  author: GraphQlActor | null;
  commit: { oid: string } | null;
}

export interface GraphQlComment {
  fullDatabaseId: string | null;
  body: string;
  viewerDidAuthor: boolean;
  author: GraphQlActor | null;
}

export interface GraphQlBlob {
  text: string | null;
  isTruncated: boolean;
  isBinary: boolean | null;
  byteSize: number;
}

export interface Connection<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: (T | null)[] | null;
}

export interface PullRequestContextData {
  repository: {
    pullRequest: {
      number: number;
      headRefOid: string;
      baseRefOid: string;
      author: GraphQlActor | null;
      latestOpinionatedReviews: Connection<GraphQlReview>;
      comments: Connection<GraphQlComment>;
    } | null;
  } & Record<string, GraphQlBlob | null | unknown>;
}
