import { Octokit } from "octokit";
import { afterEach, describe, expect, it } from "vitest";
import { webhookExample } from "./contracts.js";
import { EMPTY_TREE_SHA } from "./git-trees.js";
import {
  forbiddenForFork,
  type MockGitHub,
  type MockGitHubOptions,
  parseLinkHeader,
  pullFromEvent,
  secondaryRateLimit,
  startMockGitHub,
} from "./github-mock-server.js";

const TOKEN = "ghs_mocktoken_do_not_log_0123456789";
const REPO = "/repos/acme/shop";

const baseOptions: MockGitHubOptions = {
  owner: "acme",
  repo: "shop",
  files: {
    main: { "security-manifest.yml": "version: 1\n", "docs/a.md": "# A\n" },
    "feature/login": {
      "security-manifest.yml": "version: 1\nowner: team-a\n",
      "docs/a.md": "# A\n",
      "docs/guides/b.md": "# B\n",
    },
  },
  pulls: [{ number: 7, title: "Add login", head: { ref: "feature/login" } }],
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

function api(
  m: MockGitHub,
  route: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  return fetch(`${m.url}${route}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: `token ${TOKEN}`,
      accept: "application/vnd.github+json",
      ...(init.body !== undefined ? { "content-type": "application/json; charset=utf-8" } : {}),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

describe("startMockGitHub", () => {
  it("creates, lists, updates and deletes an issue comment", async () => {
    const m = await start();
    const created = await api(m, `${REPO}/issues/7/comments`, {
      method: "POST",
      body: { body: "gap list v1" },
    });
    expect(created.status).toBe(201);
    const comment = (await created.json()) as {
      id: number;
      url: string;
      user: { login: string; type: string };
    };
    expect(created.headers.get("location")).toBe(comment.url);
    expect(comment.user).toMatchObject({ login: "github-actions[bot]", type: "Bot" });
    expect(comment.id).toBeGreaterThan(2 ** 31); // real ids no longer fit in int32

    const listed = (await (await api(m, `${REPO}/issues/7/comments`)).json()) as {
      id: number;
      body: string;
    }[];
    expect(listed.map((c) => [c.id, c.body])).toEqual([[comment.id, "gap list v1"]]);

    const updated = await api(m, `${REPO}/issues/comments/${comment.id}`, {
      method: "PATCH",
      body: { body: "gap list v2" },
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { body: string }).body).toBe("gap list v2");
    expect(m.comments.map((c) => c.body)).toEqual(["gap list v2"]);

    const deleted = await api(m, `${REPO}/issues/comments/${comment.id}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    expect((await api(m, `${REPO}/issues/comments/${comment.id}`)).status).toBe(404);
    expect(m.comments).toEqual([]);
    expect(m.contractViolations).toEqual([]);
    expect(m.requests.map((r) => `${r.method} ${r.operationId} ${r.status}`)).toEqual([
      "POST issues/create-comment 201",
      "GET issues/list-comments 200",
      "PATCH issues/update-comment 200",
      "DELETE issues/delete-comment 204",
      "GET issues/get-comment 404",
    ]);
  });

  it("paginates 150 comments with GitHub-style Link headers", async () => {
    const m = await start();
    for (let i = 0; i < 150; i++)
      m.seedComment({ issue_number: 7, body: `c${i}`, user: "octocat" });

    const first = await api(m, `${REPO}/issues/7/comments?per_page=100`);
    expect(((await first.json()) as unknown[]).length).toBe(100);
    const links = parseLinkHeader(first.headers.get("link"));
    const base = `${m.url}/repositories/700000001/issues/7/comments`;
    expect(links).toEqual({
      next: `${base}?per_page=100&page=2`,
      last: `${base}?per_page=100&page=2`,
    });

    // Follow the link verbatim, as octokit.paginate does.
    const second = await fetch(links.next ?? "", { headers: { authorization: `Bearer ${TOKEN}` } });
    const rest = (await second.json()) as { body: string }[];
    expect(rest.map((c) => c.body)).toEqual(Array.from({ length: 50 }, (_, i) => `c${i + 100}`));
    expect(parseLinkHeader(second.headers.get("link"))).toEqual({
      prev: `${base}?per_page=100&page=1`,
      first: `${base}?per_page=100&page=1`,
    });

    const byDefault = await api(m, `${REPO}/issues/7/comments`);
    expect(((await byDefault.json()) as unknown[]).length).toBe(30);
    expect(parseLinkHeader(byDefault.headers.get("link")).last).toBe(`${base}?page=5`);

    const octokit = new Octokit({ auth: TOKEN, baseUrl: m.url });
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: "acme",
      repo: "shop",
      issue_number: 7,
      per_page: 100,
    });
    expect(all).toHaveLength(150);
    expect(m.requests.at(-1)?.rawPath).toBe("/repositories/700000001/issues/7/comments");
    expect(m.contractViolations).toEqual([]);
  });

  it("records a malformed request body as a contract violation", async () => {
    const m = await start();
    const res = await api(m, `${REPO}/issues/7/comments`, { method: "POST", body: { bodyy: "x" } });
    expect(res.status).toBe(422);
    expect(m.comments).toEqual([]);
    expect(m.contractViolations).toEqual([
      `POST ${REPO}/issues/7/comments [issues/create-comment]: request body: (root) must have required property 'body'`,
    ]);
  });

  it("flags undeclared routes, query parameters and missing auth without leaking the token", async () => {
    const m = await start();
    expect((await api(m, `${REPO}/issues/7/labels`)).status).toBe(404);
    await api(m, `${REPO}/issues/7/comments?perpage=100`);
    const anon = await fetch(`${m.url}${REPO}/issues/7/comments`);
    expect(anon.status).toBe(401);
    expect(m.contractViolations).toEqual([
      expect.stringContaining("no operation in the OpenAPI description matches"),
      expect.stringContaining("undeclared query parameter 'perpage'"),
      expect.stringContaining("no authorization header"),
    ]);
    expect(m.requests[0]?.headers.authorization).toBe("token [redacted]");
    expect(JSON.stringify([m.requests, m.contractViolations])).not.toContain(TOKEN);
  });

  it("rejects unknown tokens when a token map is configured", async () => {
    const m = await start({ tokens: { [TOKEN]: "maintainer" } });
    const res = await api(m, `${REPO}/issues/7/comments`, { method: "POST", body: { body: "hi" } });
    expect(((await res.json()) as { user: { login: string } }).user.login).toBe("maintainer");
    const bad = await api(m, `${REPO}/issues/7/comments`, {
      headers: { authorization: "token nope" },
    });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as { message: string }).message).toBe("Bad credentials");
  });

  it("fires scripted faults in order, then stops", async () => {
    const m = await start();
    m.faults.push(
      { method: "POST", path: /comments$/, status: 500, times: 1 },
      secondaryRateLimit({ operationId: "issues/create-comment" }, 1),
      forbiddenForFork({ method: "POST", path: /comments$/ }),
    );
    const post = () => api(m, `${REPO}/issues/7/comments`, { method: "POST", body: { body: "x" } });

    expect((await api(m, `${REPO}/issues/7/comments`)).status).toBe(200); // GET is not matched
    const r1 = await post();
    expect([r1.status, ((await r1.json()) as { message: string }).message]).toEqual([
      500,
      "Server Error",
    ]);
    const r2 = await post();
    expect(r2.status).toBe(429);
    expect(r2.headers.get("retry-after")).toBe("1");
    expect(((await r2.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    const r3 = await post();
    expect(r3.status).toBe(403);
    expect(await r3.json()).toMatchObject({ message: "Resource not accessible by integration" });
    expect((await post()).status).toBe(201);
    expect((await post()).status).toBe(201);

    expect(m.faults.pending).toEqual([]);
    expect(m.faults.fired.map((f) => f.fault.status)).toEqual([500, 429, 403]);
    expect(m.requests.filter((r) => r.fault).map((r) => r.status)).toEqual([500, 429, 403]);
    expect(m.comments).toHaveLength(2);
    expect(m.contractViolations).toEqual([]);
  });

  it("speaks GitHub's rate-limit dialect well enough for octokit's throttling plugin", async () => {
    const m = await start();
    // plugin-throttling treats retry-after "0" as absent and waits its 60 s fallback.
    m.faults.push(secondaryRateLimit({ operationId: "issues/create-comment" }, 1));
    const quiet = { debug() {}, info() {}, warn() {}, error() {} };
    const octokit = new Octokit({ auth: TOKEN, baseUrl: m.url, log: quiet });
    const res = await octokit.rest.issues.createComment({
      owner: "acme",
      repo: "shop",
      issue_number: 7,
      body: "x",
    });
    expect(res.status).toBe(201);
    expect(m.calls("issues/create-comment").map((r) => r.status)).toEqual([429, 201]);
    expect(m.contractViolations).toEqual([]);
  });

  it("checks fault bodies against the contract too", async () => {
    const m = await start();
    m.faults.push({
      operationId: "issues/get-comment",
      status: 200,
      body: { id: 1, body: "thin" },
    });
    await api(m, `${REPO}/issues/comments/1`);
    expect(m.contractViolations).toContainEqual(
      expect.stringContaining("response 200 body: (root) must have required property 'node_id'"),
    );
  });

  it("delays requests to make interleavings reproducible", async () => {
    const m = await start();
    m.faults.push({ method: "POST", delayMs: 150 });
    const slow = api(m, `${REPO}/issues/7/comments`, {
      method: "POST",
      body: { body: "first sent" },
    });
    await new Promise((r) => setTimeout(r, 20));
    const fast = api(m, `${REPO}/issues/7/comments`, {
      method: "POST",
      body: { body: "second sent" },
    });
    expect((await Promise.all([slow, fast])).map((r) => r.status)).toEqual([201, 201]);
    expect(m.comments.map((c) => c.body)).toEqual(["second sent", "first sent"]);

    let release = () => {};
    m.faults.push({
      operationId: "issues/list-comments",
      waitFor: new Promise<void>((r) => (release = r)),
    });
    const held = api(m, `${REPO}/issues/7/comments`);
    await new Promise((r) => setTimeout(r, 20));
    expect(m.requests.at(-1)?.status).toBe(0); // still in flight
    release();
    expect(((await (await held).json()) as unknown[]).length).toBe(2);
  });

  it("supports seeding and server-side deletion between runs", async () => {
    const m = await start();
    const seeded = m.seedComment({
      issue_number: 7,
      body: "<!-- marker --> old",
      created_at: new Date("2024-05-01T10:00:00.123Z"),
    });
    expect(seeded).toMatchObject({
      created_at: "2024-05-01T10:00:00Z",
      user: { login: "github-actions[bot]" },
    });
    expect(m.deleteComment(seeded.id)).toBe(true);
    expect(m.deleteComment(seeded.id)).toBe(false);
    const res = await api(m, `${REPO}/issues/comments/${seeded.id}`, {
      method: "PATCH",
      body: { body: "new" },
    });
    expect(res.status).toBe(404);
    expect(m.contractViolations).toEqual([]);
  });

  it("enforces GitHub's comment rules: known issue, non-blank, at most 65536 characters", async () => {
    const m = await start();
    expect(
      (await api(m, `${REPO}/issues/99/comments`, { method: "POST", body: { body: "x" } })).status,
    ).toBe(404);
    expect(
      (await api(m, `${REPO}/issues/7/comments`, { method: "POST", body: { body: "  " } })).status,
    ).toBe(422);
    const long = await api(m, `${REPO}/issues/7/comments`, {
      method: "POST",
      body: { body: "x".repeat(65537) },
    });
    expect(long.status).toBe(422);
    expect(JSON.stringify(await long.json())).toContain("maximum is 65536 characters");
    expect(m.comments).toEqual([]);
    expect(m.contractViolations).toEqual([]);
  });

  it("serves pulls, files and contents that satisfy the contract", async () => {
    const m = await start();
    const pr = (await (await api(m, `${REPO}/pulls/7`)).json()) as {
      head: { sha: string; ref: string };
    };
    expect(pr.head.ref).toBe("feature/login");

    const files = (await (await api(m, `${REPO}/pulls/7/files?per_page=100`)).json()) as {
      filename: string;
      status: string;
    }[];
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ["docs/guides/b.md", "added"],
      ["security-manifest.yml", "modified"],
    ]);
    m.setFile("feature/login", "docs/a.md", undefined);
    const after = (await (await api(m, `${REPO}/pulls/7/files`)).json()) as {
      filename: string;
      status: string;
    }[];
    expect(after.map((f) => `${f.status}:${f.filename}`)).toContain("removed:docs/a.md");
    m.setFile("feature/login", "docs/a.md", "# A\n");

    const file = (await (
      await api(m, `${REPO}/contents/security-manifest.yml?ref=${pr.head.sha}`)
    ).json()) as {
      content: string;
      encoding: string;
    };
    expect(file.encoding).toBe("base64");
    expect(Buffer.from(file.content, "base64").toString("utf8")).toBe(
      "version: 1\nowner: team-a\n",
    );

    const raw = await api(m, `${REPO}/contents/security-manifest.yml`, {
      headers: { accept: "application/vnd.github.raw+json" },
    });
    expect(await raw.text()).toBe("version: 1\n");
    const dir = (await (await api(m, `${REPO}/contents/docs?ref=feature/login`)).json()) as {
      name: string;
      type: string;
    }[];
    expect(dir.map((e) => `${e.type}:${e.name}`)).toEqual(["file:a.md", "dir:guides"]);
    const tree = await api(m, `${REPO}/contents/docs?ref=main`, {
      headers: { accept: "application/vnd.github.object" },
    });
    expect(((await tree.json()) as { entries: unknown[] }).entries).toHaveLength(1);

    expect((await api(m, `${REPO}/contents/missing.yml`)).status).toBe(404);
    const badRef = await api(m, `${REPO}/contents/security-manifest.yml?ref=nope`);
    expect(((await badRef.json()) as { message: string }).message).toBe(
      "No commit found for the ref nope",
    );
    expect((await api(m, `${REPO}/pulls/8`)).status).toBe(404);
    expect((await api(m, "/repos/other/repo/pulls/7")).status).toBe(404);

    const octokit = new Octokit({ auth: TOKEN, baseUrl: m.url });
    const viaOctokit = await octokit.rest.repos.getContent({
      owner: "acme",
      repo: "shop",
      path: "docs/guides/b.md",
      ref: "refs/pull/7/merge",
    });
    expect(viaOctokit.data).toMatchObject({ path: "docs/guides/b.md", type: "file" });
    await octokit.rest.pulls.list({ owner: "acme", repo: "shop", state: "all" });
    await octokit.rest.pulls.listReviews({ owner: "acme", repo: "shop", pull_number: 7 });
    await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner: "acme",
      repo: "shop",
      commit_sha: pr.head.sha,
    });
    await octokit.rest.repos.compareCommitsWithBasehead({
      owner: "acme",
      repo: "shop",
      basehead: "main...feature/login",
    });
    expect(m.requests.filter((r) => r.status >= 400).map((r) => r.operationId)).toEqual([
      "repos/get-content",
      "repos/get-content",
      "pulls/get",
      "pulls/get",
    ]);
    expect(m.contractViolations).toEqual([]);
  });

  it("builds pulls from the webhook payloads of @octokit/webhooks-examples", async () => {
    const event = webhookExample("pull_request.opened") as {
      repository: { name: string; owner: { login: string } };
    };
    const pull = pullFromEvent(event);
    const m = await start({
      owner: event.repository.owner.login,
      repo: event.repository.name,
      pulls: [pull],
      files: {},
    });
    const res = await api(m, `/repos/${m.env.GITHUB_REPOSITORY}/pulls/${pull.number}`);
    expect(res.status).toBe(200);
    expect(m.contractViolations).toEqual([]);
  });
  it("serves git trees by ref, commit sha or tree sha, with git's own hashes", async () => {
    const m = await start({
      files: {
        ...baseOptions.files,
        main: {
          "docs/a.md": "# A\n",
          "docs/guides/b.md": "# B\n",
          "security-manifest.yml": "version: 1\n",
          "docs.md": "x",
          "ü.txt": "é\n",
        },
      },
    });
    type Tree = {
      sha: string;
      url: string;
      truncated: boolean;
      tree: { path: string; mode: string; type: string; sha: string; size?: number }[];
    };
    const get = async (route: string) => {
      const res = await api(m, route);
      return { status: res.status, body: (await res.json()) as Tree };
    };

    // Hashes as `git write-tree` and `git ls-tree -r -t` print them for the same files.
    const recursive = await get(`${REPO}/git/trees/main?recursive=1`);
    expect(recursive.status).toBe(200);
    expect(recursive.body.sha).toBe("a5fad76ab61137f6d27c568d60b04bab78f8162b");
    expect(recursive.body.url).toBe(`${m.url}${REPO}/git/trees/${recursive.body.sha}`);
    expect(recursive.body.truncated).toBe(false);
    expect(recursive.body.tree.map((e) => `${e.mode} ${e.type} ${e.sha} ${e.path}`)).toEqual([
      "100644 blob c1b0730e0133447badcfd47fd144e254807b06e1 docs.md",
      "040000 tree 54e84219063027ed951aba18c3b7afbd9b25968c docs",
      "100644 blob 7f3b95d297183eca8f6cf38ceaa253bee8c2d7cd docs/a.md",
      "040000 tree 59e8be70f172b423a348984c3479739af73bdd9b docs/guides",
      "100644 blob 399d8833f40aa9393618e2c0280445239dfbe935 docs/guides/b.md",
      "100644 blob b82551848c644f63b8517a7bdf8be9a992e6f4da security-manifest.yml",
      "100644 blob c6003325155f475bd7c87731607525dce73be9cf ü.txt",
    ]);
    expect(recursive.body.tree.find((e) => e.path === "docs/a.md")?.size).toBe(4);
    expect(recursive.body.tree.find((e) => e.type === "tree")).not.toHaveProperty("size");

    // Without `recursive` only the top level; any value of it (even "0") recurses.
    const top = await get(`${REPO}/git/trees/main`);
    expect(top.body.tree.map((e) => e.path)).toEqual([
      "docs.md",
      "docs",
      "security-manifest.yml",
      "ü.txt",
    ]);
    expect((await get(`${REPO}/git/trees/main?recursive=0`)).body.tree).toHaveLength(7);

    // A subtree by its sha lists paths relative to itself.
    const docs = await get(
      `${REPO}/git/trees/54e84219063027ed951aba18c3b7afbd9b25968c?recursive=1`,
    );
    expect(docs.body.tree.map((e) => e.path)).toEqual(["a.md", "guides", "guides/b.md"]);

    // Refs resolve like repos/get-content: a branch with a slash, the pull's head sha.
    const pr = (await (await api(m, `${REPO}/pulls/7`)).json()) as { head: { sha: string } };
    const byBranch = await get(`${REPO}/git/trees/feature/login?recursive=1`);
    const bySha = await get(`${REPO}/git/trees/${pr.head.sha}?recursive=true`);
    expect(bySha.body).toEqual(byBranch.body);
    expect(byBranch.body.tree.filter((e) => e.type === "blob").map((e) => e.path)).toEqual([
      "docs/a.md",
      "docs/guides/b.md",
      "security-manifest.yml",
    ]);

    // The contents API reports the same tree sha for a directory.
    const dir = (await (
      await api(m, `${REPO}/contents/docs/guides?ref=main`, {
        headers: { accept: "application/vnd.github.object" },
      })
    ).json()) as { sha: string };
    expect(dir.sha).toBe("59e8be70f172b423a348984c3479739af73bdd9b");

    m.setFile("empty", "gone.txt", undefined);
    expect((await get(`${REPO}/git/trees/empty`)).body).toMatchObject({
      sha: EMPTY_TREE_SHA,
      tree: [],
    });

    const missing = await api(m, `${REPO}/git/trees/nope?recursive=1`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest/git/trees#get-a-tree",
      status: "404",
    });
    expect((await api(m, `${REPO}/git/trees/${"0".repeat(40)}`)).status).toBe(404);

    const octokit = new Octokit({ auth: TOKEN, baseUrl: m.url });
    const viaOctokit = await octokit.rest.git.getTree({
      owner: "acme",
      repo: "shop",
      tree_sha: "refs/heads/main",
      recursive: "1",
    });
    expect(viaOctokit.data.sha).toBe(recursive.body.sha);
    expect(m.calls("git/get-tree").length).toBeGreaterThan(5);
    expect(m.contractViolations).toEqual([]);
  });

  it("serves pulls/list-reviews from the reviews state, oldest first", async () => {
    const m = await start({
      pulls: [
        {
          number: 7,
          head: { ref: "feature/login" },
          reviews: [{ user: "alice", state: "COMMENTED", body: "Looks odd" }],
        },
      ],
    });
    m.addReview(7, { user: "bob", state: "APPROVED", commit: "a".repeat(40) });
    m.addReview(7, { user: "alice", state: "CHANGES_REQUESTED" });
    expect(() => m.addReview(8, { user: "bob", state: "APPROVED" })).toThrow(/no pull #8/);

    const octokit = new Octokit({ auth: TOKEN, baseUrl: m.url });
    const { data: pr } = await octokit.rest.pulls.get({
      owner: "acme",
      repo: "shop",
      pull_number: 7,
    });
    const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
      owner: "acme",
      repo: "shop",
      pull_number: 7,
      per_page: 2,
    });
    expect(reviews.map((r) => [r.user?.login, r.state, r.commit_id, r.body])).toEqual([
      ["alice", "COMMENTED", pr.head.sha, "Looks odd"],
      ["bob", "APPROVED", "a".repeat(40), ""],
      ["alice", "CHANGES_REQUESTED", pr.head.sha, ""],
    ]);
    expect(reviews[0]?.html_url).toBe(
      `https://github.com/acme/shop/pull/7#pullrequestreview-${reviews[0]?.id}`,
    );
    expect(m.calls("pulls/list-reviews")).toHaveLength(2);
    expect(m.contractViolations).toEqual([]);
  });
});

describe("issues and labels (the due-date issue)", () => {
  it("creates, lists by label and state, updates and closes an issue, numbered after the pulls", async () => {
    const m = await start();
    const created = await api(m, `${REPO}/issues`, {
      method: "POST",
      body: { title: "Due dates", body: "<!-- marker -->\nlist", labels: ["security-manifest"] },
    });
    expect(created.status).toBe(201);
    const issue = (await created.json()) as { number: number; labels: { name: string }[] };
    expect(issue.number).toBe(8);
    expect(issue.labels.map((l) => l.name)).toEqual(["security-manifest"]);
    m.seedIssue({ title: "Unlabelled", body: "x" });

    const labelled = async (state: string) =>
      (await (await api(m, `${REPO}/issues?labels=security-manifest&state=${state}`)).json()) as {
        number: number;
        state: string;
      }[];
    expect((await labelled("open")).map((i) => i.number)).toEqual([8]);

    const closed = await api(m, `${REPO}/issues/8`, {
      method: "PATCH",
      body: { state: "closed", state_reason: "completed" },
    });
    expect(closed.status).toBe(200);
    expect(await closed.json()).toMatchObject({ state: "closed", state_reason: "completed" });
    expect(await labelled("open")).toEqual([]);
    expect((await labelled("all")).map((i) => [i.number, i.state])).toEqual([[8, "closed"]]);
    expect(m.issues[0]?.closed_at).not.toBeNull();
    // Comments on an issue of the store are accepted.
    expect(
      (await api(m, `${REPO}/issues/8/comments`, { method: "POST", body: { body: "ok" } })).status,
    ).toBe(201);
    expect(m.contractViolations).toEqual([]);
  });

  it("pages a long list with Link headers, oldest first on request", async () => {
    const m = await start();
    for (let i = 0; i < 105; i++) m.seedIssue({ title: `#${i}`, labels: ["l"] });
    const first = await api(
      m,
      `${REPO}/issues?labels=l&state=all&direction=asc&sort=created&per_page=100`,
    );
    const page = (await first.json()) as { title: string }[];
    expect(page).toHaveLength(100);
    expect(page[0]?.title).toBe("#0");
    expect(parseLinkHeader(first.headers.get("link") ?? "").next).toContain("page=2");
    expect(m.contractViolations).toEqual([]);
  });

  it("gets a label, answers 404 for a missing one and 422 for creating one twice", async () => {
    const m = await start();
    expect((await api(m, `${REPO}/labels/security-manifest`)).status).toBe(404);
    const body = { name: "security-manifest", color: "d93f0b", description: "Due dates" };
    expect((await api(m, `${REPO}/labels`, { method: "POST", body })).status).toBe(201);
    const got = await api(m, `${REPO}/labels/Security-Manifest`);
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({ name: "security-manifest", color: "d93f0b" });
    expect((await api(m, `${REPO}/labels`, { method: "POST", body })).status).toBe(422);
    expect(m.contractViolations).toEqual([]);
  });
});
