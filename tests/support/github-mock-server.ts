// In-process fake of the GitHub REST and GraphQL APIs for the one repository under test.
// Every REST request and response is checked against GitHub's OpenAPI description, every
// GraphQL query is validated against and executed on GitHub's published schema; breaches are
// collected in `contractViolations` so tests can assert the Action only speaks real GitHub.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { buildGitTree, findTree, type GitTree, subtreeAt, treeEntries } from "./git-trees.js";
import { defaultErrorBody, FaultQueue, type FaultSpec } from "./github-faults.js";
import { type GraphQlMockState, graphQlRoot } from "./github-graphql.js";
import {
  type AuthorAssociation,
  commit,
  contentEntry,
  contentFile,
  diffEntry,
  fakeSha,
  GITHUB_ACTIONS_BOT,
  githubTimestamp,
  type IssueStateReason,
  issueComment,
  issueObject,
  labelObject,
  type MockUser,
  nodeId,
  type PullFile,
  pullRequest,
  pullRequestReview,
  pullRequestSimple,
  type RepoContext,
  type ResolvedPull,
  type ReviewState,
  repoApiUrl,
  type StoredComment,
  type StoredIssue,
  type StoredLabel,
  type StoredReview,
} from "./github-objects.js";
import type { MockOrganisation } from "./github-organisation.js";
import { paginate } from "./github-pagination.js";
import {
  executeGraphQl,
  type GraphQlRequest,
  graphQlOperationName,
  validateGraphQlQuery,
} from "./graphql-contract.js";
import {
  type GitHubContract,
  loadGitHubContract,
  type OperationMatch,
} from "./openapi-contract.js";

export type { FaultSpec } from "./github-faults.js";
export {
  FaultQueue,
  forbiddenForFork,
  primaryRateLimit,
  secondaryRateLimit,
  serverError,
} from "./github-faults.js";
export { graphQlLogin } from "./github-graphql.js";
export type {
  MockUser,
  PullFile,
  ReviewState,
  StoredComment,
  StoredIssue,
  StoredLabel,
  StoredReview,
} from "./github-objects.js";
export { GITHUB_ACTIONS_BOT } from "./github-objects.js";
export { parseLinkHeader } from "./github-pagination.js";

/** A login, or a full user; a bare login ending in `[bot]` becomes a Bot. */
export type UserInput = string | MockUser;

export interface MockReview {
  user: UserInput;
  state: ReviewState;
  /** The commit reviewed; default: the pull's head sha. */
  commit?: string;
  body?: string;
}

export interface MockPullOptions {
  number: number;
  title?: string;
  body?: string | null;
  state?: "open" | "closed";
  draft?: boolean;
  merged?: boolean;
  user?: UserInput;
  labels?: string[];
  /** `owner`/`repo` other than the base repo make this a fork PR. */
  head?: { ref?: string; sha?: string; owner?: string; repo?: string };
  base?: { ref?: string; sha?: string };
  /** pulls/list-files entries; default: derived by comparing `files[base]` with `files[head]`. */
  files?: PullFile[];
  /** Submitted reviews, oldest first (see `MockGitHub.addReview`). */
  reviews?: MockReview[];
}

export interface MockGitHubOptions {
  owner: string;
  repo: string;
  repoId?: number;
  /** Ref used by repos/get-content when no `ref` is given. Default "main". */
  defaultBranch?: string;
  /** ref → path → UTF-8 content. Refs also resolve through pulls' head/base ref and sha. */
  files?: Record<string, Record<string, string>>;
  pulls?: MockPullOptions[];
  /** Issue numbers that exist besides the pulls (comments on others answer 404). */
  issues?: number[];
  /** When set, only these tokens authenticate (401 "Bad credentials" otherwise). */
  tokens?: Record<string, UserInput>;
  /**
   * GitHub's Link headers point at `/repositories/{id}/...`; "owner-repo" keeps
   * `/repos/{owner}/{repo}/...` instead. Both forms are served.
   */
  linkStyle?: "repository-id" | "owner-repo";
  /** Clock for created_at/updated_at; default real time. */
  now?: () => Date;
  /** An organisation of many repositories, served through GraphQL (the portfolio reader). */
  organisation?: MockOrganisation;
  /**
   * GraphQL's own points budget, as GitHub keeps it apart from REST's: each query costs `cost`
   * (default 1) of `remaining`; a query it cannot pay is refused with GitHub's RATE_LIMITED
   * error, and at `resetAt` (by the `now` clock) the budget refills to `limit` (default 5,000)
   * for another hour. Without it every GraphQL query costs 1 of the 5,000 REST shares.
   */
  rateLimit?: MockRateLimit;
  specPath?: string;
}

export interface MockRateLimit {
  remaining: number;
  resetAt: Date | string;
  cost?: number;
  limit?: number;
}

export interface RecordedRequest {
  method: string;
  /** Canonical pathname (`/repositories/{id}` rewritten to `/repos/{owner}/{repo}`). */
  path: string;
  /** Pathname exactly as received. */
  rawPath: string;
  query: Record<string, string>;
  /** Parsed JSON body, raw text if not JSON, undefined if none. */
  body: unknown;
  /** 0 while the request is still in flight. */
  status: number;
  /** REST: the OpenAPI operation (undefined if none matches); `POST /graphql`: "graphql". */
  operationId: string | undefined;
  /** GraphQL requests: the query's operation name (e.g. "SecurityManifestComments"). */
  graphqlOperation?: string | undefined;
  /** Lower-case headers; `authorization` is redacted to its scheme. */
  headers: Record<string, string>;
  fault: boolean;
}

export interface SeedComment {
  issue_number: number;
  body: string;
  user?: UserInput;
  author_association?: AuthorAssociation;
  created_at?: Date | string;
  updated_at?: Date | string;
}

export interface SeedIssue {
  title?: string;
  body?: string | null;
  state?: "open" | "closed";
  state_reason?: IssueStateReason | null;
  labels?: string[];
  user?: UserInput;
}

export interface MockGitHub {
  /** `http://127.0.0.1:<port>`, use as GITHUB_API_URL. */
  readonly url: string;
  /** GITHUB_API_URL and GITHUB_REPOSITORY for running the Action against the mock. */
  readonly env: { GITHUB_API_URL: string; GITHUB_REPOSITORY: string };
  /** Live store, ordered by creation; tests may read it directly. */
  readonly comments: StoredComment[];
  /** Every pull's reviews in submission order (pulls/list-reviews, latestOpinionatedReviews). */
  readonly reviews: StoredReview[];
  /** Issues (not pulls) created through the API or seeded, by number. */
  readonly issues: StoredIssue[];
  /** The repository's labels. */
  readonly labels: StoredLabel[];
  readonly requests: RecordedRequest[];
  readonly contractViolations: string[];
  readonly faults: FaultQueue;
  seedComment(seed: SeedComment): StoredComment;
  /** An issue that exists already (labels named in it are created when missing). */
  seedIssue(seed: SeedIssue): StoredIssue;
  seedLabel(name: string, color?: string): StoredLabel;
  /** Delete server-side (e.g. a maintainer removed the sticky comment between runs). */
  deleteComment(id: number): boolean;
  /** Set (or with `undefined`, remove) a file at a ref. */
  setFile(ref: string, path: string, content: string | undefined): void;
  /** Submit a review on a pull (after those already there). Throws for an unknown pull. */
  addReview(pullNumber: number, review: MockReview): void;
  /** Requests for one operation, e.g. `calls("issues/create-comment")` or `calls("graphql")`. */
  calls(operationId: string): RecordedRequest[];
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Response media type the body is checked against; null = non-JSON body. */
  mediaType?: string | null;
  /** Content-Type header for non-JSON bodies. */
  contentType?: string;
}

interface Ctx {
  op: OperationMatch;
  query: URLSearchParams;
  body: unknown;
  accept: string;
  user: MockUser;
  canonicalPath: string;
}

const MAX_COMMENT_LENGTH = 65536;
const FIRST_COMMENT_ID = 2_500_000_000; // beyond int32, like real comment ids today
const FIRST_REVIEW_ID = 2_900_000_000;
const FIRST_ISSUE_ID = 3_100_000_000;
const FIRST_LABEL_ID = 8_000_000_000;
const GRAPHQL_DOCS = "https://docs.github.com/graphql";

export async function startMockGitHub(opts: MockGitHubOptions): Promise<MockGitHub> {
  const contract = loadGitHubContract(opts.specPath);
  const mock = new MockServer(opts, contract);
  await mock.listen();
  return mock;
}

/** Turn a `pull_request` webhook payload (see `webhookExample` in contracts.ts) into pull options. */
export function pullFromEvent(payload: unknown): MockPullOptions {
  const pr = (payload as { pull_request: Record<string, unknown> }).pull_request;
  const side = (s: unknown) =>
    s as { ref: string; sha: string; repo: { name: string; owner: { login: string } } };
  const head = side(pr.head);
  const base = side(pr.base);
  return {
    number: pr.number as number,
    title: pr.title as string,
    body: (pr.body as string | null) ?? null,
    state: pr.state as "open" | "closed",
    draft: Boolean(pr.draft),
    user: (pr.user as { login: string }).login,
    labels: ((pr.labels as { name: string }[] | undefined) ?? []).map((l) => l.name),
    head: { ref: head.ref, sha: head.sha, owner: head.repo.owner.login, repo: head.repo.name },
    base: { ref: base.ref, sha: base.sha },
  };
}

class MockServer implements MockGitHub {
  url = "";
  readonly comments: StoredComment[] = [];
  readonly reviews: StoredReview[] = [];
  readonly issues: StoredIssue[] = [];
  readonly labels: StoredLabel[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly contractViolations: string[] = [];
  readonly faults = new FaultQueue();

  readonly #opts: MockGitHubOptions;
  readonly #contract: GitHubContract;
  readonly #files: Record<string, Record<string, string>>;
  readonly #server = createServer((req, res) => {
    this.#handle(req, res).catch((err: unknown) => {
      this.contractViolations.push(`mock internal error: ${String(err)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  #ctx!: RepoContext;
  #pulls: ResolvedPull[] = [];
  readonly #derivedFiles = new Set<ResolvedPull>();
  #nextCommentId = FIRST_COMMENT_ID;
  #nextReviewId = FIRST_REVIEW_ID;
  #nextIssueId = FIRST_ISSUE_ID;
  #nextLabelId = FIRST_LABEL_ID;
  #rateRemaining = 5000;
  #graphQlBudget: { remaining: number; resetAt: Date; cost: number; limit: number } | undefined;

  constructor(opts: MockGitHubOptions, contract: GitHubContract) {
    this.#opts = opts;
    this.#contract = contract;
    this.#files = structuredClone(opts.files ?? {});
    if (opts.rateLimit) {
      this.#graphQlBudget = {
        remaining: opts.rateLimit.remaining,
        resetAt: new Date(opts.rateLimit.resetAt),
        cost: opts.rateLimit.cost ?? 1,
        limit: opts.rateLimit.limit ?? 5000,
      };
    }
  }

  get env() {
    return {
      GITHUB_API_URL: this.url,
      GITHUB_REPOSITORY: `${this.#opts.owner}/${this.#opts.repo}`,
    };
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(0, "127.0.0.1", resolve);
    });
    const { port } = this.#server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    const { owner, repo } = this.#opts;
    this.#ctx = {
      apiUrl: this.url,
      owner,
      repo,
      repoId: this.#opts.repoId ?? 700_000_001,
      defaultBranch: this.#opts.defaultBranch ?? "main",
      ownerUser: { login: owner, id: 600_000_001, type: "Organization" },
    };
    this.#pulls = (this.#opts.pulls ?? []).map((p) => this.#resolvePull(p));
    for (const p of this.#opts.pulls ?? []) {
      for (const review of p.reviews ?? []) this.addReview(p.number, review);
    }
  }

  async close(): Promise<void> {
    // fetch/undici keeps connections alive; without this close() waits for them.
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  seedComment(seed: SeedComment): StoredComment {
    const stamp = (d: Date | string | undefined) =>
      d === undefined ? this.#now() : typeof d === "string" ? d : githubTimestamp(d);
    const created = stamp(seed.created_at);
    const user = toUser(seed.user ?? GITHUB_ACTIONS_BOT);
    const comment = this.#newComment(seed.issue_number, seed.body, user, created);
    comment.updated_at = seed.updated_at === undefined ? created : stamp(seed.updated_at);
    if (seed.author_association) comment.author_association = seed.author_association;
    return comment;
  }

  seedIssue(seed: SeedIssue): StoredIssue {
    const issue = this.#newIssue(
      seed.title ?? "An issue",
      seed.body ?? null,
      seed.labels ?? [],
      toUser(seed.user ?? GITHUB_ACTIONS_BOT),
    );
    if (seed.state === "closed") {
      issue.state = "closed";
      issue.closed_at = issue.updated_at;
    }
    if (seed.state_reason !== undefined) issue.state_reason = seed.state_reason;
    return issue;
  }

  seedLabel(name: string, color = "ededed"): StoredLabel {
    const known = this.#label(name);
    if (known) return known;
    const id = this.#nextLabelId++;
    const label: StoredLabel = {
      id,
      node_id: nodeId("LA", id),
      name,
      color,
      description: null,
      default: false,
    };
    this.labels.push(label);
    return label;
  }

  deleteComment(id: number): boolean {
    const index = this.comments.findIndex((c) => c.id === id);
    if (index < 0) return false;
    this.comments.splice(index, 1);
    return true;
  }

  setFile(ref: string, path: string, content: string | undefined): void {
    const files = this.#files[ref] ?? {};
    this.#files[ref] = files;
    if (content === undefined) delete files[path];
    else files[path] = content;
  }

  addReview(pullNumber: number, review: MockReview): void {
    const pr = this.#pulls.find((x) => x.number === pullNumber);
    if (!pr) throw new Error(`addReview: the mock has no pull #${pullNumber}`);
    const id = this.#nextReviewId++;
    this.reviews.push({
      id,
      node_id: nodeId("PRR", id),
      pull_number: pullNumber,
      user: toUser(review.user),
      state: review.state,
      commit_id: review.commit ?? pr.head.sha,
      body: review.body ?? "",
      submitted_at: this.#now(),
    });
  }

  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  // ---- request pipeline ---------------------------------------------------------------

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? "GET").toUpperCase();
    const url = new URL(req.url ?? "/", this.url);
    // The long-deprecated ?access_token= must not leak into records either.
    if (url.searchParams.has("access_token")) url.searchParams.set("access_token", "[redacted]");
    const rawBody = await readBody(req);
    const canonicalPath = this.#canonicalPath(url.pathname);
    const contentType = req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
    const parsed = parseBody(rawBody, contentType);
    if (method === "POST" && canonicalPath === "/graphql") {
      return this.#handleGraphQl(req, res, url, parsed);
    }
    const op = this.#contract.match(method, canonicalPath);

    const record: RecordedRequest = {
      method,
      path: canonicalPath,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parsed.value,
      status: 0,
      operationId: op?.operationId,
      headers: redactHeaders(req),
      fault: false,
    };
    this.requests.push(record);
    const label = `${method} ${url.pathname}${url.search}${op ? ` [${op.operationId}]` : ""}`;
    const violate = (msg: string) => this.contractViolations.push(`${label}: ${msg}`);
    const reply = (r: Reply) => this.#send(res, record, op, r, violate);

    const user = this.#authenticate(req.headers.authorization);
    if (user === "missing" || user === "bad") {
      violate(user === "missing" ? "no authorization header" : "token not accepted");
      const body = defaultErrorBody(401, "https://docs.github.com/rest");
      if (user === "bad") (body as { message: string }).message = "Bad credentials";
      return reply({ status: 401, body });
    }
    if (!op) {
      violate("no operation in the OpenAPI description matches this method and path");
      return reply({ status: 404, body: defaultErrorBody(404, undefined) });
    }

    if (parsed.error) violate(`request body is not valid JSON (${parsed.error})`);
    const requestProblems = parsed.error
      ? []
      : this.#contract.checkRequest(op, {
          query: url.searchParams,
          body: parsed.value,
          contentType,
        });
    for (const p of requestProblems) violate(p);

    const fault = this.faults.take(method, canonicalPath, op.operationId);
    if (fault) {
      record.fault = true;
      if (fault.waitFor) await fault.waitFor.catch(() => undefined);
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.status !== undefined) return reply(faultReply(fault, op.docsUrl));
    }

    if (parsed.error) return reply({ status: 400, body: defaultErrorBody(400, op.docsUrl) });
    if (
      requestProblems.some((p) =>
        /^(request body:|missing required request body|request content-type)/.test(p),
      )
    ) {
      return reply(
        validationFailed(op, "Invalid request.\n\nThe request body does not match the schema."),
      );
    }
    if (!this.#isOurRepo(op)) return reply(notFound(op));

    const ctx: Ctx = {
      op,
      query: url.searchParams,
      body: parsed.value,
      accept: String(req.headers.accept ?? ""),
      user,
      canonicalPath,
    };
    return reply(this.#route(ctx));
  }

  /**
   * `POST /graphql`: authenticated like REST, faults apply (operationId "graphql"), and the
   * query is validated and executed against GitHub's schema. Like GitHub, query errors are
   * HTTP 200 with `errors`; each one that only a wrong client causes is a contract violation.
   */
  async #handleGraphQl(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    parsed: { value: unknown; error?: string },
  ): Promise<void> {
    const request = graphQlRequestOf(parsed.value);
    const operationName = request && (request.operationName ?? graphQlOperationName(request.query));
    const record: RecordedRequest = {
      method: "POST",
      path: url.pathname,
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parsed.value,
      status: 0,
      operationId: "graphql",
      graphqlOperation: operationName,
      headers: redactHeaders(req),
      fault: false,
    };
    this.requests.push(record);
    const label = `POST /graphql${operationName ? ` [${operationName}]` : ""}`;
    const violate = (msg: string) => this.contractViolations.push(`graphql: ${label}: ${msg}`);
    const reply = (r: Reply) => this.#send(res, record, undefined, r, violate, "graphql");

    const user = this.#authenticate(req.headers.authorization);
    if (user === "missing" || user === "bad") {
      violate(user === "missing" ? "no authorization header" : "token not accepted");
      const message =
        user === "missing" ? "This endpoint requires you to be authenticated." : "Bad credentials";
      return reply({ status: 401, body: { message, documentation_url: GRAPHQL_DOCS } });
    }

    // Like REST request checks: a bad query is a violation even when a fault answers it.
    if (parsed.error) violate(`request body is not valid JSON (${parsed.error})`);
    else if (!request) violate("request body must be a JSON object with a string `query`");
    const invalid = request ? validateGraphQlQuery(request.query) : [];
    for (const v of invalid) violate(v);

    const fault = this.faults.take("POST", "/graphql", "graphql", operationName);
    if (fault) {
      record.fault = true;
      if (fault.waitFor) await fault.waitFor.catch(() => undefined);
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.status !== undefined) return reply(faultReply(fault, GRAPHQL_DOCS));
    }

    if (parsed.error) {
      return reply({
        status: 400,
        body: { message: "Problems parsing JSON", documentation_url: GRAPHQL_DOCS },
      });
    }
    if (!request) {
      return reply({
        status: 200,
        body: {
          errors: [{ message: "A query attribute must be specified and must be a string." }],
        },
      });
    }
    if (!this.#chargeGraphQl()) {
      return reply({
        status: 200,
        body: {
          data: null,
          errors: [
            {
              type: "RATE_LIMITED",
              message: `API rate limit already exceeded for user ID ${user.id}.`,
            },
          ],
        },
      });
    }
    const answer = executeGraphQl(request, graphQlRoot(this.#graphQlState(user)));
    if (invalid.length === 0) for (const v of answer.violations) violate(v);
    return reply({ status: 200, body: answer.body });
  }

  #send(
    res: ServerResponse,
    record: RecordedRequest,
    op: OperationMatch | undefined,
    r: Reply,
    violate: (msg: string) => void,
    resource: "core" | "graphql" = "core",
  ): void {
    const mediaType = r.mediaType === undefined ? "application/json" : r.mediaType;
    if (op)
      for (const p of this.#contract.checkResponse(op, r.status, r.body, mediaType)) violate(p);

    const points = resource === "graphql" ? this.#graphQlBudget : undefined;
    if (!points) this.#rateRemaining = Math.max(0, this.#rateRemaining - 1);
    const headers: Record<string, string> = {
      "x-github-api-version-selected": "2022-11-28",
      "x-github-media-type": "github.v3; format=json",
      "x-github-request-id": `MOCK:${record.method}:${this.requests.length}`,
      "x-ratelimit-limit": String(points?.limit ?? 5000),
      "x-ratelimit-remaining": String(points?.remaining ?? this.#rateRemaining),
      "x-ratelimit-reset": String(
        points ? Math.ceil(points.resetAt.getTime() / 1000) : Math.ceil(Date.now() / 1000) + 3600,
      ),
      "x-ratelimit-used": String(
        points ? points.limit - points.remaining : 5000 - this.#rateRemaining,
      ),
      "x-ratelimit-resource": resource,
      ...r.headers,
    };
    let payload: string | undefined;
    if (r.body !== undefined) {
      const text = typeof r.body === "string" && mediaType === null;
      payload = text ? (r.body as string) : JSON.stringify(r.body);
      headers["content-type"] = text
        ? (r.contentType ?? "text/plain; charset=utf-8")
        : "application/json; charset=utf-8";
    }
    record.status = r.status;
    res.writeHead(r.status, headers);
    res.end(payload);
  }

  /** Missing header → "missing"; unknown token (only with `tokens`) → "bad". */
  #authenticate(header: string | undefined): MockUser | "missing" | "bad" {
    const token = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? "")?.[1];
    if (!header) return "missing";
    if (!token) return "bad";
    const tokens = this.#opts.tokens;
    if (!tokens) return GITHUB_ACTIONS_BOT;
    const user = tokens[token];
    return user === undefined ? "bad" : toUser(user);
  }

  #canonicalPath(pathname: string): string {
    const m = /^\/repositories\/(\d+)(\/.*)?$/.exec(pathname);
    if (!m || Number(m[1]) !== this.#ctx.repoId) return pathname;
    return `/repos/${this.#opts.owner}/${this.#opts.repo}${m[2] ?? ""}`;
  }

  #isOurRepo(op: OperationMatch): boolean {
    const { owner, repo } = op.pathParams;
    return (
      owner?.toLowerCase() === this.#opts.owner.toLowerCase() &&
      repo?.toLowerCase() === this.#opts.repo.toLowerCase()
    );
  }

  #linkBase(canonicalPath: string): string {
    if (this.#opts.linkStyle === "owner-repo") return `${this.url}${canonicalPath}`;
    const prefix = `/repos/${this.#opts.owner}/${this.#opts.repo}`;
    return `${this.url}/repositories/${this.#ctx.repoId}${canonicalPath.slice(prefix.length)}`;
  }

  #page<T>(ctx: Ctx, all: readonly T[], map: (item: T) => unknown): Reply {
    const page = paginate(all, ctx.query, this.#linkBase(ctx.canonicalPath));
    return {
      status: 200,
      body: page.items.map(map),
      headers: page.link ? { link: page.link } : {},
    };
  }

  // ---- routes -------------------------------------------------------------------------

  #route(ctx: Ctx): Reply {
    const { op } = ctx;
    const p = op.pathParams;
    switch (op.operationId) {
      case "issues/list-comments": {
        const issue = Number(p.issue_number);
        if (!this.#issueExists(issue)) return notFound(op);
        const since = ctx.query.get("since");
        const list = this.comments
          .filter((c) => c.issue_number === issue)
          .filter((c) => !since || Date.parse(c.updated_at) >= Date.parse(since))
          .sort((a, b) => a.id - b.id);
        return this.#page(ctx, list, (c) => issueComment(this.#ctx, c));
      }
      case "issues/create-comment": {
        const issue = Number(p.issue_number);
        if (!this.#issueExists(issue)) return notFound(op);
        const body = (ctx.body as { body: string }).body;
        const invalid = commentBodyProblem(op, body);
        if (invalid) return invalid;
        const comment = this.#newComment(issue, body, ctx.user, this.#now());
        const json = issueComment(this.#ctx, comment);
        return { status: 201, body: json, headers: { location: String(json.url) } };
      }
      case "issues/get-comment": {
        const comment = this.#findComment(p.comment_id);
        return comment ? { status: 200, body: issueComment(this.#ctx, comment) } : notFound(op);
      }
      case "issues/update-comment": {
        const comment = this.#findComment(p.comment_id);
        if (!comment) return notFound(op);
        const body = (ctx.body as { body: string }).body;
        const invalid = commentBodyProblem(op, body);
        if (invalid) return invalid;
        comment.body = body;
        comment.updated_at = this.#now();
        return { status: 200, body: issueComment(this.#ctx, comment) };
      }
      case "issues/delete-comment": {
        const comment = this.#findComment(p.comment_id);
        if (!comment) return notFound(op);
        this.deleteComment(comment.id);
        return { status: 204 };
      }
      case "issues/list-for-repo": {
        // Like GitHub: open by default, every named label must be on the issue, newest first.
        const state = ctx.query.get("state") ?? "open";
        const wanted = (ctx.query.get("labels") ?? "")
          .split(",")
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean);
        const key = ctx.query.get("sort") === "updated" ? "updated_at" : "created_at";
        const ascending = ctx.query.get("direction") === "asc";
        const list = this.issues
          .filter((i) => state === "all" || i.state === state)
          .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
          .sort((a, b) => {
            const order = Date.parse(a[key]) - Date.parse(b[key]) || a.number - b.number;
            return ascending ? order : -order;
          });
        return this.#page(ctx, list, (i) => this.#issueJson(i));
      }
      case "issues/create": {
        const body = ctx.body as { title: string | number; body?: string; labels?: unknown[] };
        const text = body.body ?? null;
        const invalid = text === null ? undefined : issueBodyProblem(op, text);
        if (invalid) return invalid;
        const names = (body.labels ?? []).map((l) =>
          typeof l === "string" ? l : String((l as { name?: string }).name ?? ""),
        );
        // GitHub creates labels an issue names that the repository does not have yet.
        for (const name of names) this.seedLabel(name);
        const issue = this.#newIssue(String(body.title), text, names, ctx.user);
        const json = this.#issueJson(issue);
        return { status: 201, body: json, headers: { location: String(json.url) } };
      }
      case "issues/update": {
        const issue = this.issues.find((i) => String(i.number) === p.issue_number);
        if (!issue) return notFound(op);
        const body = ctx.body as {
          title?: string | number | null;
          body?: string | null;
          state?: "open" | "closed";
          state_reason?: IssueStateReason | null;
          labels?: unknown[];
        };
        if (typeof body.body === "string") {
          const invalid = issueBodyProblem(op, body.body);
          if (invalid) return invalid;
        }
        if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
        if (body.body !== undefined) issue.body = body.body;
        if (body.labels)
          issue.labels = body.labels.map((l) =>
            typeof l === "string" ? l : String((l as { name?: string }).name ?? ""),
          );
        const now = this.#now();
        if (body.state && body.state !== issue.state) {
          issue.state = body.state;
          issue.closed_at = body.state === "closed" ? now : null;
          issue.state_reason =
            body.state === "closed" ? (body.state_reason ?? "completed") : "reopened";
        }
        issue.updated_at = now;
        return { status: 200, body: this.#issueJson(issue) };
      }
      case "issues/get-label": {
        const label = this.#label(p.name ?? "");
        return label ? { status: 200, body: labelObject(this.#ctx, label) } : notFound(op);
      }
      case "issues/create-label": {
        const body = ctx.body as { name: string; color?: string; description?: string };
        if (this.#label(body.name)) {
          return validationFailed(op, "Validation Failed", [
            { resource: "Label", code: "already_exists", field: "name" },
          ]);
        }
        const label = this.seedLabel(body.name, (body.color ?? "ededed").replace(/^#/, ""));
        label.description = body.description ?? null;
        const json = labelObject(this.#ctx, label);
        return { status: 201, body: json, headers: { location: String(json.url) } };
      }
      case "pulls/get": {
        const pr = this.#pull(p.pull_number);
        if (!pr) return notFound(op);
        if (/application\/vnd\.github(\.v3)?\.(diff|patch)/.test(ctx.accept)) {
          return {
            status: 200,
            body: unifiedDiff(pr),
            mediaType: null,
            contentType: "text/plain; charset=utf-8",
          };
        }
        return { status: 200, body: pullRequest(this.#ctx, pr) };
      }
      case "pulls/list": {
        const state = ctx.query.get("state") ?? "open";
        const head = ctx.query.get("head");
        const base = ctx.query.get("base");
        const direction = ctx.query.get("direction") ?? "desc";
        const list = this.#pulls
          .filter((pr) => state === "all" || pr.state === state)
          .filter((pr) => !head || head === `${pr.head.owner}:${pr.head.ref}`)
          .filter((pr) => !base || base === pr.base.ref)
          .sort((a, b) => (direction === "asc" ? a.number - b.number : b.number - a.number));
        return this.#page(ctx, list, (pr) => pullRequestSimple(this.#ctx, pr));
      }
      case "pulls/list-files": {
        const pr = this.#pull(p.pull_number);
        if (!pr) return notFound(op);
        return this.#page(ctx, pr.files, (f) => diffEntry(this.#ctx, pr, f));
      }
      case "pulls/list-reviews": {
        const pr = this.#pull(p.pull_number);
        if (!pr) return notFound(op);
        const list = this.reviews.filter((r) => r.pull_number === pr.number);
        return this.#page(ctx, list, (r) => pullRequestReview(this.#ctx, pr, r));
      }
      case "repos/list-pull-requests-associated-with-commit": {
        const list = this.#pulls.filter((pr) => pr.head.sha === p.commit_sha);
        return this.#page(ctx, list, (pr) => pullRequestSimple(this.#ctx, pr));
      }
      case "repos/get-content":
        return this.#getContent(ctx, p.path ?? "");
      case "repos/compare-commits":
        return this.#compare(ctx, p.base ?? "", p.head ?? "");
      case "git/get-tree":
        return this.#getTree(ctx, p.tree_sha ?? "");
      default:
        return notFound(op);
    }
  }

  #getContent(ctx: Ctx, filePath: string): Reply {
    const ref = ctx.query.get("ref") ?? this.#ctx.defaultBranch;
    const tree = this.#filesAt(ref);
    if (!tree) {
      return {
        status: 404,
        body: {
          ...(defaultErrorBody(404, ctx.op.docsUrl) as object),
          message: `No commit found for the ref ${ref}`,
        },
      };
    }
    const clean = filePath.replace(/^\/+|\/+$/g, "");
    const content = tree[clean];
    const objectMedia = ctx.accept.includes("application/vnd.github.object");
    if (content !== undefined) {
      if (ctx.accept.includes("application/vnd.github.raw")) {
        return {
          status: 200,
          body: content,
          mediaType: null,
          contentType: "text/plain; charset=utf-8",
        };
      }
      const file = contentFile(this.#ctx, ref, clean, content);
      return objectMedia
        ? { status: 200, body: file, mediaType: "application/vnd.github.object" }
        : { status: 200, body: file };
    }
    const children = new Map<string, "file" | "dir">();
    for (const key of Object.keys(tree)) {
      if (!key.startsWith(`${clean}/`)) continue;
      const [name, ...rest] = key.slice(clean.length + 1).split("/");
      if (name) children.set(name, rest.length > 0 ? "dir" : "file");
    }
    if (children.size === 0) return notFound(ctx.op);
    const gitTree = buildGitTree(tree);
    const treeSha = (dir: string) => subtreeAt(gitTree, dir)?.sha;
    const entries = [...children]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, kind]) => {
        const entryPath = `${clean}/${name}`;
        return contentEntry(this.#ctx, ref, entryPath, kind, tree[entryPath], treeSha(entryPath));
      });
    if (!objectMedia) return { status: 200, body: entries };
    const dir = contentEntry(this.#ctx, ref, clean, "dir", undefined, treeSha(clean));
    return { status: 200, body: { ...dir, entries }, mediaType: "application/vnd.github.object" };
  }

  /**
   * git/get-tree: `tree_sha` is a ref, a commit sha or a tree sha. Any `recursive` value
   * (even "0" or "false", as GitHub documents) lists the whole tree, directories included.
   */
  #getTree(ctx: Ctx, treeSha: string): Reply {
    const files = this.#filesAt(treeSha);
    let tree: GitTree | undefined = files ? buildGitTree(files) : undefined;
    for (const set of files ? [] : this.#fileSets()) {
      tree = findTree(buildGitTree(set), treeSha);
      if (tree) break;
    }
    if (!tree) return notFound(ctx.op);
    const api = repoApiUrl(this.#ctx);
    const entries = treeEntries(tree, ctx.query.has("recursive")).map((e) => ({
      path: e.path,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.type === "blob" ? { size: e.size } : {}),
      url: `${api}/git/${e.type}s/${e.sha}`,
    }));
    return {
      status: 200,
      body: { sha: tree.sha, url: `${api}/git/trees/${tree.sha}`, tree: entries, truncated: false },
    };
  }

  #compare(ctx: Ctx, base: string, head: string): Reply {
    const pr = this.#pulls.find(
      (x) =>
        [x.base.ref, x.base.sha].includes(base) &&
        [x.head.ref, x.head.sha, `${x.head.owner}:${x.head.ref}`].includes(head),
    );
    if (!pr) return notFound(ctx.op);
    const files = this.#withFiles(pr).files.map((f) => diffEntry(this.#ctx, pr, f));
    const html = `https://github.com/${this.#opts.owner}/${this.#opts.repo}/compare/${base}...${head}`;
    const baseCommit = commit(this.#ctx, pr.base.sha, "base", []);
    return {
      status: 200,
      body: {
        url: `${repoApiUrl(this.#ctx)}/compare/${base}...${head}`,
        html_url: html,
        permalink_url: `https://github.com/${this.#opts.owner}/${this.#opts.repo}/compare/${pr.base.sha}...${pr.head.sha}`,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        base_commit: baseCommit,
        merge_base_commit: baseCommit,
        status: "ahead",
        ahead_by: 1,
        behind_by: 0,
        total_commits: 1,
        commits: [commit(this.#ctx, pr.head.sha, pr.title, files)],
        files,
      },
    };
  }

  // ---- state helpers ------------------------------------------------------------------

  #graphQlState(viewer: MockUser): GraphQlMockState {
    return {
      ctx: this.#ctx,
      viewer,
      pull: (n: number) => this.#pull(String(n)),
      comments: (issue: number) =>
        this.comments.filter((c) => c.issue_number === issue).sort((a, b) => a.id - b.id),
      reviews: (pull: number) => this.reviews.filter((r) => r.pull_number === pull),
      filesAt: (ref: string) => this.#filesAt(ref),
      commitSha: (ref: string) => this.#commitSha(ref),
      fileSets: () => this.#fileSets(),
      commits: () => this.#pulls.flatMap((pr) => [pr.head.sha, pr.base.sha]),
      organisation: this.#opts.organisation,
      // One point per query, as GitHub charges a query without connections beyond 100 nodes.
      rateLimit: () =>
        this.#graphQlBudget
          ? {
              cost: this.#graphQlBudget.cost,
              remaining: this.#graphQlBudget.remaining,
              resetAt: githubTimestamp(this.#graphQlBudget.resetAt),
            }
          : {
              cost: 1,
              remaining: this.#rateRemaining,
              resetAt: githubTimestamp(new Date(Date.UTC(2030, 0, 1))),
            },
    };
  }

  /** Pays for one GraphQL query from the `rateLimit` budget; false when it cannot be paid. */
  #chargeGraphQl(): boolean {
    const budget = this.#graphQlBudget;
    if (!budget) return true;
    const now = this.#opts.now?.() ?? new Date();
    if (now.getTime() >= budget.resetAt.getTime()) {
      budget.remaining = budget.limit;
      budget.resetAt = new Date(now.getTime() + 3600_000);
    }
    if (budget.remaining < budget.cost) return false;
    budget.remaining -= budget.cost;
    return true;
  }

  #fileSets(): Record<string, string>[] {
    return Object.values(this.#files);
  }

  /** The commit a ref names: a pull's head or base sha, a sha itself, else a stable fake. */
  #commitSha(ref: string): string {
    if (/^[0-9a-f]{40}$/.test(ref)) return ref;
    const name = ref.replace(/^refs\/(heads|tags)\//, "");
    for (const pr of this.#pulls) {
      const n = pr.number;
      if ([pr.head.ref, `refs/pull/${n}/head`].includes(name)) return pr.head.sha;
      if (name === `refs/pull/${n}/merge`) return fakeSha(`merge:${n}:${pr.head.sha}`);
      if (pr.base.ref === name) return pr.base.sha;
    }
    return fakeSha(`commit:${name}`);
  }

  #now(): string {
    return githubTimestamp(this.#opts.now?.() ?? new Date());
  }

  #newComment(issue: number, body: string, user: MockUser, at: string): StoredComment {
    const id = this.#nextCommentId++;
    const comment: StoredComment = {
      id,
      node_id: nodeId("IC", id),
      issue_number: issue,
      body,
      user,
      author_association:
        user.login === this.#opts.owner ? "OWNER" : user.type === "Bot" ? "NONE" : "CONTRIBUTOR",
      created_at: at,
      updated_at: at,
    };
    this.comments.push(comment);
    return comment;
  }

  #newIssue(title: string, body: string | null, labels: string[], user: MockUser): StoredIssue {
    // Issues and pulls share one sequence of numbers.
    const taken = [
      ...this.#pulls.map((pr) => pr.number),
      ...(this.#opts.issues ?? []),
      ...this.issues.map((i) => i.number),
    ];
    const number = Math.max(0, ...taken) + 1;
    const id = this.#nextIssueId++;
    const at = this.#now();
    for (const name of labels) this.seedLabel(name);
    const issue: StoredIssue = {
      number,
      id,
      node_id: nodeId("I", id),
      title,
      body,
      state: "open",
      state_reason: null,
      labels,
      user,
      created_at: at,
      updated_at: at,
      closed_at: null,
    };
    this.issues.push(issue);
    return issue;
  }

  #issueJson(issue: StoredIssue): Record<string, unknown> {
    const comments = this.comments.filter((c) => c.issue_number === issue.number).length;
    return issueObject(this.#ctx, issue, this.labels, comments);
  }

  #label(name: string): StoredLabel | undefined {
    return this.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  }

  #findComment(id: string | undefined): StoredComment | undefined {
    return this.comments.find((c) => String(c.id) === id);
  }

  #issueExists(n: number): boolean {
    return (
      this.#pulls.some((pr) => pr.number === n) ||
      (this.#opts.issues ?? []).includes(n) ||
      this.issues.some((i) => i.number === n) ||
      this.comments.some((c) => c.issue_number === n)
    );
  }

  #pull(n: string | undefined): ResolvedPull | undefined {
    const pr = this.#pulls.find((x) => String(x.number) === n);
    return pr && this.#withFiles(pr);
  }

  /** Derived per request, so `setFile` between runs shows up in the pull's files. */
  #withFiles(pr: ResolvedPull): ResolvedPull {
    if (this.#derivedFiles.has(pr)) {
      pr.files = derivePullFiles(
        this.#filesAt(pr.base.ref) ?? {},
        this.#filesAt(pr.head.sha) ?? {},
      );
    }
    return pr;
  }

  /** Exact ref first, then refs/heads/ stripped, then a pull's head/base aliases. */
  #filesAt(ref: string): Record<string, string> | undefined {
    const candidates = [ref, ref.replace(/^refs\/(heads|tags)\//, "")];
    for (const pr of this.#pulls) {
      const n = pr.number;
      const headNames = [pr.head.ref, pr.head.sha, `refs/pull/${n}/head`, `refs/pull/${n}/merge`];
      if (headNames.includes(ref)) candidates.push(pr.head.ref, pr.head.sha);
      if ([pr.base.ref, pr.base.sha].includes(ref)) candidates.push(pr.base.ref, pr.base.sha);
    }
    for (const c of candidates) {
      const tree = this.#files[c];
      if (tree) return tree;
    }
    return undefined;
  }

  #resolvePull(p: MockPullOptions): ResolvedPull {
    const headRef = p.head?.ref ?? `feature/pr-${p.number}`;
    const baseRef = p.base?.ref ?? this.#ctx.defaultBranch;
    const pr: ResolvedPull = {
      number: p.number,
      id: 2_000_000_000 + p.number,
      title: p.title ?? `Pull request #${p.number}`,
      body: p.body === undefined ? null : p.body,
      state: p.state ?? "open",
      draft: p.draft ?? false,
      merged: p.merged ?? false,
      user: toUser(p.user ?? "octocat"),
      labels: p.labels ?? [],
      head: {
        ref: headRef,
        sha: p.head?.sha ?? fakeSha(`head:${p.number}`),
        owner: p.head?.owner ?? this.#opts.owner,
        repo: p.head?.repo ?? this.#opts.repo,
      },
      base: { ref: baseRef, sha: p.base?.sha ?? fakeSha(`base:${p.number}`) },
      files: p.files ?? [],
      created_at: "2025-01-01T00:00:00Z",
      updated_at: "2025-01-01T00:00:00Z",
    };
    if (!p.files) this.#derivedFiles.add(pr);
    return pr;
  }
}

// ---- free helpers ---------------------------------------------------------------------

function toUser(input: UserInput): MockUser {
  if (typeof input !== "string") return input;
  if (input === GITHUB_ACTIONS_BOT.login) return GITHUB_ACTIONS_BOT;
  const id =
    100_000 + [...input].reduce((h, ch) => (h * 31 + (ch.codePointAt(0) ?? 0)) % 9_000_000, 7);
  return { login: input, id, type: input.endsWith("[bot]") ? "Bot" : "User" };
}

function notFound(op: OperationMatch): Reply {
  return { status: 404, body: defaultErrorBody(404, op.docsUrl) };
}

function validationFailed(op: OperationMatch, message: string, errors?: unknown[]): Reply {
  return {
    status: 422,
    body: {
      message,
      documentation_url: op.docsUrl ?? "https://docs.github.com/rest",
      status: "422",
      ...(errors ? { errors } : {}),
    },
  };
}

/** GitHub's own rules beyond the schema: no blank comments, at most 65536 characters. */
function commentBodyProblem(op: OperationMatch, body: string): Reply | undefined {
  if (body.trim() === "") {
    return validationFailed(op, "Validation Failed", [
      { resource: "IssueComment", code: "missing_field", field: "body" },
    ]);
  }
  if ([...body].length > MAX_COMMENT_LENGTH) {
    return validationFailed(op, "Validation Failed", [
      {
        resource: "IssueComment",
        code: "custom",
        field: "body",
        message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
      },
    ]);
  }
  return undefined;
}

/** An issue body, like a comment's, holds at most 65536 characters. */
function issueBodyProblem(op: OperationMatch, body: string): Reply | undefined {
  if ([...body].length <= MAX_COMMENT_LENGTH) return undefined;
  return validationFailed(op, "Validation Failed", [
    {
      resource: "Issue",
      code: "custom",
      field: "body",
      message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
    },
  ]);
}

function faultReply(fault: FaultSpec, docsUrl: string | undefined): Reply {
  const status = fault.status ?? 500;
  const body = fault.body === undefined ? defaultErrorBody(status, docsUrl) : fault.body;
  const text = typeof body === "string";
  const reply: Reply = { status, body, headers: fault.headers ?? {} };
  if (text) {
    reply.mediaType = null;
    reply.contentType = fault.contentType ?? "text/html; charset=utf-8";
  }
  return reply;
}

function derivePullFiles(base: Record<string, string>, head: Record<string, string>): PullFile[] {
  const lines = (s: string | undefined) =>
    s === undefined || s === "" ? [] : s.replace(/\n$/, "").split("\n");
  const out: PullFile[] = [];
  for (const name of [...new Set([...Object.keys(base), ...Object.keys(head)])].sort()) {
    const before = base[name];
    const after = head[name];
    if (before === after) continue;
    const removedLines = lines(before).filter((l) => !lines(after).includes(l)).length;
    const addedLines = lines(after).filter((l) => !lines(before).includes(l)).length;
    const status = before === undefined ? "added" : after === undefined ? "removed" : "modified";
    out.push({ filename: name, status, additions: addedLines, deletions: removedLines });
  }
  return out;
}

function unifiedDiff(pr: ResolvedPull): string {
  return pr.files
    .map((f) => `diff --git a/${f.filename} b/${f.filename}\n${f.patch ?? ""}\n`)
    .join("");
}

/** `{ query, variables?, operationName? }` as @octokit/graphql sends it, or undefined. */
function graphQlRequestOf(body: unknown): GraphQlRequest | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const { query, variables, operationName } = body as Record<string, unknown>;
  if (typeof query !== "string") return undefined;
  if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) {
    return undefined;
  }
  if (operationName != null && typeof operationName !== "string") return undefined;
  return {
    query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: operationName ?? undefined,
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): { value: unknown; error?: string } {
  if (raw.length === 0) return { value: undefined };
  const text = raw.toString("utf8");
  if (contentType && !contentType.includes("json")) return { value: text };
  try {
    return { value: JSON.parse(text) };
  } catch (err) {
    return { value: text, error: (err as Error).message };
  }
}

/** Keep the auth scheme for assertions, never the credential. */
function redactHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v === undefined) continue;
    const value = Array.isArray(v) ? v.join(", ") : v;
    out[k] = k === "authorization" ? `${value.split(/\s+/)[0] ?? ""} [redacted]` : value;
  }
  return out;
}
