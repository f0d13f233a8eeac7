import { getOctokit } from "@actions/github";
import { Octokit } from "octokit";
import { afterEach, describe, expect, it } from "vitest";
import {
  blobsQuery,
  COMMENTS_PAGE_QUERY,
  type Connection,
  type GraphQlBlob,
  type GraphQlComment,
  type GraphQlReview,
  type PullRequestContextData,
  pullRequestContextQuery,
  REVIEWS_PAGE_QUERY,
} from "../../action/graphql-queries.js";
import {
  GITHUB_ACTIONS_BOT,
  type MockGitHub,
  type MockGitHubOptions,
  serverError,
  startMockGitHub,
} from "./github-mock-server.js";
import { validateGraphQlQuery } from "./graphql-contract.js";

const TOKEN = "ghs_mocktoken_do_not_log_0123456789";
const HEAD_SHA = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const BASE_SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";

const baseOptions: MockGitHubOptions = {
  owner: "acme",
  repo: "shop",
  files: {
    main: { "security-manifest.yml": "version: 1\n", "rules/packs/base.yml": "rules: []\n" },
    "feature/login": { "security-manifest.yml": "version: 1\nowner: Jürgen\n" },
  },
  pulls: [
    {
      number: 7,
      user: "octocat",
      head: { ref: "feature/login", sha: HEAD_SHA },
      base: { ref: "main", sha: BASE_SHA },
    },
  ],
};

let mock: MockGitHub | undefined;

afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function start(opts: Partial<MockGitHubOptions> = {}): Promise<MockGitHub> {
  mock = await startMockGitHub({ ...baseOptions, ...opts });
  return mock;
}

/**
 * The Action's client: @actions/github's octokit posts to `${GITHUB_API_URL}/graphql`.
 * plugin-throttling spaces GraphQL requests like writes (1 s apart); off here for speed.
 */
function client(m: MockGitHub, token = TOKEN, retry = true): Octokit {
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  return new Octokit({
    auth: token,
    baseUrl: m.env.GITHUB_API_URL,
    log: quiet,
    retry: { enabled: retry },
    throttle: { enabled: false },
  });
}

const vars = { owner: "acme", repo: "shop", number: 7 };

type PullData = NonNullable<PullRequestContextData["repository"]["pullRequest"]>;
interface PageData<K extends string, T> {
  repository: { pullRequest: Record<K, Connection<T>> };
}

async function post(m: MockGitHub, body: unknown, token = TOKEN) {
  const res = await fetch(`${m.url}/graphql`, {
    method: "POST",
    headers: { authorization: `bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
}
type Json = { data?: unknown; errors?: { type?: string; message: string; path?: unknown[] }[] };

describe("GraphQL queries of action/graphql-queries.ts", () => {
  it("all validate against GitHub's published schema", () => {
    const queries = [
      pullRequestContextQuery(0),
      pullRequestContextQuery(1),
      pullRequestContextQuery(3),
      COMMENTS_PAGE_QUERY,
      REVIEWS_PAGE_QUERY,
      blobsQuery(1),
      blobsQuery(3),
    ];
    for (const query of queries) expect(validateGraphQlQuery(query)).toEqual([]);
  });

  it("answer the pull-request context query with schema-shaped data", async () => {
    const m = await start();
    m.seedComment({ issue_number: 7, body: "<!-- security-manifest --> gaps" });
    m.seedComment({ issue_number: 7, body: "Please look", user: "octocat" });
    m.seedComment({ issue_number: 8, body: "another issue", user: "octocat" });
    m.addReview(7, { user: "maintainer", state: "APPROVED" });

    const data = await client(m).graphql<PullRequestContextData>(pullRequestContextQuery(3), {
      ...vars,
      blob0: `${BASE_SHA}:security-manifest.yml`,
      blob1: "feature/login:security-manifest.yml",
      blob2: `${BASE_SHA}:rules/packs/missing.yml`,
    });
    const pr = data.repository.pullRequest as PullData;
    expect(pr).toEqual({
      number: 7,
      headRefOid: HEAD_SHA,
      baseRefOid: BASE_SHA,
      author: { __typename: "User", login: "octocat" },
      latestOpinionatedReviews: {
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
        nodes: [
          {
            state: "APPROVED",
            author: { __typename: "User", login: "maintainer" },
            commit: { oid: HEAD_SHA },
          },
        ],
      },
      comments: {
        pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
        nodes: [
          {
            fullDatabaseId: String(m.comments[0]?.id),
            body: "<!-- security-manifest --> gaps",
            viewerDidAuthor: true,
            author: { __typename: "Bot", login: "github-actions" },
          },
          {
            fullDatabaseId: String(m.comments[1]?.id),
            body: "Please look",
            viewerDidAuthor: false,
            author: { __typename: "User", login: "octocat" },
          },
        ],
      },
    });
    expect(data.repository.blob0).toEqual({
      text: "version: 1\n",
      isTruncated: false,
      isBinary: false,
      byteSize: 11,
    });
    // byteSize counts UTF-8 bytes: "ü" is two.
    expect((data.repository.blob1 as GraphQlBlob).byteSize).toBe(
      Buffer.byteLength("version: 1\nowner: Jürgen\n"),
    );
    expect(data.repository.blob2).toBeNull();

    expect(m.calls("graphql")).toHaveLength(1);
    expect(m.calls("graphql")[0]).toMatchObject({
      method: "POST",
      path: "/graphql",
      status: 200,
      graphqlOperation: "SecurityManifestPullRequest",
      headers: { authorization: "token [redacted]" },
    });
    expect(m.contractViolations).toEqual([]);
  });

  it("serve @actions/github's own client, as the Action builds it", async () => {
    const m = await start();
    m.seedComment({ issue_number: 7, body: "sticky" });
    const github = getOctokit(TOKEN, { baseUrl: m.env.GITHUB_API_URL });
    const data = await github.graphql<PullRequestContextData>(pullRequestContextQuery(1), {
      ...vars,
      blob0: `${BASE_SHA}:security-manifest.yml`,
    });
    expect(data.repository.pullRequest?.comments.nodes?.[0]).toMatchObject({
      body: "sticky",
      viewerDidAuthor: true,
    });
    expect(data.repository.blob0).toMatchObject({ text: "version: 1\n" });
    expect(m.calls("graphql").map((r) => r.rawPath)).toEqual(["/graphql"]);
    expect(m.contractViolations).toEqual([]);
  });

  it("shows comment authors as GraphQL does, and viewerDidAuthor for the token's user", async () => {
    const m = await start({ tokens: { [TOKEN]: "maintainer", other: GITHUB_ACTIONS_BOT } });
    m.seedComment({ issue_number: 7, body: "bot" });
    m.seedComment({ issue_number: 7, body: "me", user: "maintainer" });
    m.seedComment({ issue_number: 7, body: "app", user: "renovate[bot]" });
    const authors = async (token: string) => {
      const data = await client(m, token).graphql<PageData<"comments", GraphQlComment>>(
        COMMENTS_PAGE_QUERY,
        vars,
      );
      return data.repository.pullRequest.comments.nodes?.map((c) => [
        c?.author?.__typename,
        c?.author?.login,
        c?.viewerDidAuthor,
      ]);
    };
    expect(await authors(TOKEN)).toEqual([
      ["Bot", "github-actions", false],
      ["User", "maintainer", true],
      ["Bot", "renovate", false],
    ]);
    expect(await authors("other")).toEqual([
      ["Bot", "github-actions", true],
      ["User", "maintainer", false],
      ["Bot", "renovate", false],
    ]);
    // REST keeps the "[bot]" suffix for the same comment.
    const rest = await client(m).rest.issues.listComments({
      owner: "acme",
      repo: "shop",
      issue_number: 7,
    });
    expect(rest.data.map((c) => c.user?.login)).toEqual([
      "github-actions[bot]",
      "maintainer",
      "renovate[bot]",
    ]);
    expect(m.contractViolations).toEqual([]);
  });

  it("pages through more than 100 comments with after cursors", async () => {
    const m = await start();
    for (let i = 0; i < 230; i++) m.seedComment({ issue_number: 7, body: `c${i}` });
    const octokit = client(m);
    const bodies: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: PageData<"comments", GraphQlComment> = await octokit.graphql(
        COMMENTS_PAGE_QUERY,
        { ...vars, after },
      );
      const page = data.repository.pullRequest.comments;
      expect(page.nodes?.length).toBeLessThanOrEqual(100);
      bodies.push(...(page.nodes ?? []).map((c) => c?.body ?? ""));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      // A comment deleted between pages does not shift the next page.
      if (pages++ === 0) m.deleteComment(m.comments[0]?.id ?? 0);
    } while (after);
    expect(pages).toBe(3);
    expect(bodies).toEqual(Array.from({ length: 230 }, (_, i) => `c${i}`));
    expect(m.calls("graphql")).toHaveLength(3);
    expect(m.contractViolations).toEqual([]);
  });

  it("gives each reviewer's latest opinionated review, paged past 100", async () => {
    const m = await start({
      pulls: [
        {
          ...(baseOptions.pulls?.[0] ?? { number: 7 }),
          reviews: [
            { user: "alice", state: "CHANGES_REQUESTED", commit: BASE_SHA },
            { user: "bob", state: "COMMENTED" },
            { user: "alice", state: "APPROVED" },
            { user: "carol", state: "APPROVED" },
            { user: "carol", state: "COMMENTED" }, // comments do not replace an approval
            { user: "dave", state: "APPROVED" },
            { user: "dave", state: "DISMISSED" },
          ],
        },
      ],
    });
    for (let i = 0; i < 120; i++) m.addReview(7, { user: `reviewer-${i}`, state: "APPROVED" });

    const octokit = client(m);
    const reviews: GraphQlReview[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data: PageData<"latestOpinionatedReviews", GraphQlReview> = await octokit.graphql(
        REVIEWS_PAGE_QUERY,
        { ...vars, after },
      );
      const page = data.repository.pullRequest.latestOpinionatedReviews;
      reviews.push(...(page.nodes ?? []).filter((r): r is GraphQlReview => r !== null));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(reviews).toHaveLength(123);
    expect(reviews.slice(0, 3)).toEqual([
      {
        state: "APPROVED",
        author: { __typename: "User", login: "alice" },
        commit: { oid: HEAD_SHA },
      },
      {
        state: "APPROVED",
        author: { __typename: "User", login: "carol" },
        commit: { oid: HEAD_SHA },
      },
      {
        state: "DISMISSED",
        author: { __typename: "User", login: "dave" },
        commit: { oid: HEAD_SHA },
      },
    ]);
    expect(reviews.at(-1)?.author?.login).toBe("reviewer-119");
    expect(new Set(reviews.map((r) => r.author?.login)).size).toBe(123);

    // REST lists every review, COMMENTED ones included.
    const rest = await octokit.paginate(octokit.rest.pulls.listReviews, {
      owner: "acme",
      repo: "shop",
      pull_number: 7,
      per_page: 100,
    });
    expect(rest).toHaveLength(127);
    expect(rest[0]).toMatchObject({ state: "CHANGES_REQUESTED", commit_id: BASE_SHA });
    expect(m.contractViolations).toEqual([]);
  });

  it("reads files as blobs at a sha or ref, null where there is none", async () => {
    const m = await start();
    const data = await client(m).graphql<{ repository: Record<string, GraphQlBlob | null> }>(
      blobsQuery(5),
      {
        owner: "acme",
        repo: "shop",
        blob0: `${HEAD_SHA}:security-manifest.yml`,
        blob1: "main:rules/packs/base.yml",
        blob2: "refs/heads/main:rules/packs", // a directory: a Tree, so `... on Blob` is empty
        blob3: "no-such-branch:security-manifest.yml",
        blob4: `${HEAD_SHA}:rules/packs/base.yml`, // the head deleted it
      },
    );
    expect(data.repository).toEqual({
      blob0: {
        text: "version: 1\nowner: Jürgen\n",
        isTruncated: false,
        isBinary: false,
        byteSize: 26,
      },
      blob1: { text: "rules: []\n", isTruncated: false, isBinary: false, byteSize: 10 },
      blob2: {},
      blob3: null,
      blob4: null,
    });
    // The blob's oid is git's: the same sha the contents API reports.
    const oid = await client(m).graphql<{ repository: { object: { oid: string } } }>(
      `query($owner: String!, $repo: String!) {
        repository(owner: $owner, name: $repo) { object(expression: "main:security-manifest.yml") { oid } }
      }`,
      { owner: "acme", repo: "shop" },
    );
    const rest = await client(m).rest.repos.getContent({
      owner: "acme",
      repo: "shop",
      path: "security-manifest.yml",
    });
    expect(oid.repository.object.oid).toBe((rest.data as { sha: string }).sha);
    expect(m.contractViolations).toEqual([]);
  });
});

describe("the GraphQL endpoint", () => {
  it("answers an invalid query as GitHub does and records a contract violation", async () => {
    const m = await start();
    const query = `query Broken($owner: String!, $repo: String!) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: 7) { headSha }
  }
}`;
    expect(validateGraphQlQuery(query)).toEqual([
      'Cannot query field "headSha" on type "PullRequest". Did you mean "headRef"? (3:30)',
    ]);
    const error = await client(m)
      .graphql(query, { owner: "acme", repo: "shop" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "GraphqlResponseError",
      errors: [
        { message: 'Cannot query field "headSha" on type "PullRequest". Did you mean "headRef"?' },
      ],
    });
    const raw = await post(m, { query: "{ repository(owner: 1) { name }", variables: {} });
    expect(raw.status).toBe(200);
    expect(raw.body.errors?.[0]?.message).toMatch(/^Syntax Error/);
    expect(raw.body).not.toHaveProperty("data");
    expect(m.contractViolations).toEqual([
      'graphql: POST /graphql [Broken]: Cannot query field "headSha" on type "PullRequest". Did you mean "headRef"? (3:30)',
      expect.stringMatching(/^graphql: POST \/graphql: Syntax Error: Expected Name, found <EOF>/),
    ]);
  });

  it("resolves unknown repositories and pulls to null with NOT_FOUND, like GitHub", async () => {
    const m = await start();
    const other = await post(m, {
      query: pullRequestContextQuery(0),
      variables: { owner: "acme", repo: "elsewhere", number: 7 },
    });
    expect(other.body).toEqual({
      data: { repository: null },
      errors: [
        {
          type: "NOT_FOUND",
          path: ["repository"],
          locations: [{ line: 2, column: 3 }],
          message: "Could not resolve to a Repository with the name 'acme/elsewhere'.",
        },
      ],
    });
    const pull = await post(m, {
      query: pullRequestContextQuery(0),
      variables: { ...vars, number: 9 },
    });
    expect(pull.body).toMatchObject({
      data: { repository: { pullRequest: null } },
      errors: [
        {
          type: "NOT_FOUND",
          path: ["repository", "pullRequest"],
          message: "Could not resolve to a PullRequest with the number of 9.",
        },
      ],
    });
    expect(m.contractViolations).toEqual([]);
  });

  it("fails loudly on non-null fields the mock does not model, nulls the nullable ones", async () => {
    const m = await start();
    const res = await post(m, {
      query: `query Unmodeled { repository(owner: "acme", name: "shop") {
        pullRequest(number: 7) { number mergedAt createdAt }
      } }`,
    });
    expect(res.body).toMatchObject({
      data: { repository: { pullRequest: null } },
      errors: [
        {
          path: ["repository", "pullRequest", "createdAt"],
          message: "the mock does not model the non-null field PullRequest.createdAt",
        },
      ],
    });
    expect(m.contractViolations).toEqual([
      expect.stringMatching(
        /^graphql: POST \/graphql \[Unmodeled\]: the mock does not model the non-null field PullRequest.createdAt \(at repository.pullRequest.createdAt 2:\d+\)$/,
      ),
    ]);
  });

  it("records GitHub's pagination rules as client errors", async () => {
    const m = await start();
    const res = await post(m, {
      query: `{ repository(owner: "acme", name: "shop") { pullRequest(number: 7) {
        a: latestOpinionatedReviews(first: 101) { totalCount }
        b: latestOpinionatedReviews { totalCount }
        c: latestOpinionatedReviews(first: 1, after: "bm9wZQ==") { totalCount }
      } } }`,
    });
    expect(res.body.errors?.map((e) => [e.type, e.message])).toEqual([
      [
        "EXCESSIVE_PAGINATION",
        "Requesting 101 records on the `latestOpinionatedReviews` connection exceeds the `first` limit of 100 records.",
      ],
      [
        "MISSING_PAGINATION_BOUNDARIES",
        "You must provide a `first` or `last` value to properly paginate the `latestOpinionatedReviews` connection.",
      ],
      ["INVALID_CURSOR_ARGUMENTS", "`bm9wZQ==` does not appear to be a valid cursor."],
    ]);
    expect(m.contractViolations).toHaveLength(3);
  });

  it("sends custom scalars as strings (BigInt, GitObjectID, DateTime, URI)", async () => {
    const m = await start();
    const comment = m.seedComment({
      issue_number: 7,
      body: "x",
      created_at: "2025-03-01T12:00:00Z",
    });
    const res = await post(m, {
      query: `{ repository(owner: "acme", name: "shop") { pullRequest(number: 7) {
        headRefOid url
        comments(last: 1) { totalCount nodes { fullDatabaseId createdAt url author { url } } }
      } } }`,
    });
    expect(res.body).toEqual({
      data: {
        repository: {
          pullRequest: {
            headRefOid: HEAD_SHA,
            url: "https://github.com/acme/shop/pull/7",
            comments: {
              totalCount: 1,
              nodes: [
                {
                  fullDatabaseId: String(comment.id),
                  createdAt: "2025-03-01T12:00:00Z",
                  url: `https://github.com/acme/shop/pull/7#issuecomment-${comment.id}`,
                  author: { url: "https://github.com/apps/github-actions" },
                },
              ],
            },
          },
        },
      },
    });
    expect(typeof comment.id).toBe("number");
    expect(m.contractViolations).toEqual([]);
  });

  it("authenticates, counts calls and applies faults like REST", async () => {
    const m = await start({ tokens: { [TOKEN]: "maintainer" } });
    const anon = await fetch(`${m.url}/graphql`, {
      method: "POST",
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(anon.status).toBe(401);
    expect(await anon.json()).toEqual({
      message: "This endpoint requires you to be authenticated.",
      documentation_url: "https://docs.github.com/graphql",
    });
    expect((await post(m, { query: "{ __typename }" }, "wrong")).status).toBe(401);

    m.faults.push(serverError({ operationId: "graphql" }, 502), {
      operationId: "graphql",
      operationName: "SecurityManifestReviews",
      status: 403,
    });
    const octokit = client(m, TOKEN, false); // plugin-retry would retry the 502
    await expect(octokit.graphql(COMMENTS_PAGE_QUERY, vars)).rejects.toMatchObject({
      status: 502,
    });
    // The second fault waits for its operation name: the comments query goes through.
    await octokit.graphql(COMMENTS_PAGE_QUERY, vars);
    await expect(octokit.graphql(REVIEWS_PAGE_QUERY, vars)).rejects.toMatchObject({
      status: 403,
    });
    expect(m.faults.pending).toEqual([]);
    expect(m.calls("graphql").map((r) => [r.graphqlOperation, r.status, r.fault])).toEqual([
      [undefined, 401, false],
      [undefined, 401, false],
      ["SecurityManifestComments", 502, true],
      ["SecurityManifestComments", 200, false],
      ["SecurityManifestReviews", 403, true],
    ]);
    const ok = await post(m, { query: "{ __typename }" });
    expect(ok.headers.get("x-ratelimit-resource")).toBe("graphql");
    expect(m.contractViolations).toEqual([
      "graphql: POST /graphql: no authorization header",
      "graphql: POST /graphql: token not accepted",
    ]);
  });
});
