// Scripted faults: each test queues what should go wrong, and the mock applies the
// first matching entry to each incoming request until its `times` run out.

export interface FaultMatch {
  /** HTTP method, any case. Omitted = any method. */
  method?: string;
  /** Exact pathname or a RegExp tested against it (canonical `/repos/{o}/{r}/...` form). */
  path?: string | RegExp;
  /** e.g. "issues/create-comment", or "graphql" for `POST /graphql`; clearer than a path regex. */
  operationId?: string;
  /** GraphQL only: the query's operation name, e.g. "SecurityManifestComments". */
  operationName?: string;
  /** How many matching requests this fault consumes; default 1, `Infinity` for all. */
  times?: number;
}

export interface FaultSpec extends FaultMatch {
  /** Replace the response with this status. Omit to only delay a normal response. */
  status?: number;
  /** JSON body (default: a GitHub-style error for `status`); a string is sent verbatim. */
  body?: unknown;
  /** Content type for a string body; default `text/html` like GitHub's edge errors. */
  contentType?: string;
  headers?: Record<string, string>;
  /** Wait this long before handling the request (state is read/written after the wait). */
  delayMs?: number;
  /** Hold the request until this settles, for deterministic interleavings. */
  waitFor?: Promise<unknown>;
}

export interface FiredFault {
  fault: FaultSpec;
  method: string;
  path: string;
}

export class FaultQueue {
  readonly #queue: { spec: FaultSpec; remaining: number }[] = [];
  readonly #fired: FiredFault[] = [];

  push(...faults: FaultSpec[]): this {
    for (const spec of faults) this.#queue.push({ spec, remaining: spec.times ?? 1 });
    return this;
  }

  clear(): void {
    this.#queue.length = 0;
  }

  /** Faults not yet used up, in queue order. */
  get pending(): readonly FaultSpec[] {
    return this.#queue.map((q) => q.spec);
  }

  /** Every fault application, in order: lets a test prove a fault really fired. */
  get fired(): readonly FiredFault[] {
    return this.#fired;
  }

  /** Consume one use of the first fault matching this request. */
  take(
    method: string,
    path: string,
    operationId: string | undefined,
    operationName?: string | undefined,
  ): FaultSpec | undefined {
    const index = this.#queue.findIndex((q) =>
      matches(q.spec, method, path, operationId, operationName),
    );
    const entry = this.#queue[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#queue.splice(index, 1);
    this.#fired.push({ fault: entry.spec, method, path });
    return entry.spec;
  }
}

function matches(
  f: FaultMatch,
  method: string,
  path: string,
  operationId: string | undefined,
  operationName: string | undefined,
) {
  if (f.method && f.method.toUpperCase() !== method.toUpperCase()) return false;
  if (f.operationId && f.operationId !== operationId) return false;
  if (f.operationName && f.operationName !== operationName) return false;
  if (typeof f.path === "string" && f.path !== path) return false;
  if (f.path instanceof RegExp && !f.path.test(path)) return false;
  return true;
}

// Ready-made faults with the bodies and headers GitHub actually sends.

export function secondaryRateLimit(match: FaultMatch = {}, retryAfterSeconds = 1): FaultSpec {
  return {
    ...match,
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds), "x-ratelimit-remaining": "4990" },
    body: {
      message:
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:44444444.",
      documentation_url:
        "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      status: "429",
    },
  };
}

/** Primary limit exhausted: 403 with `x-ratelimit-remaining: 0` and a reset time. */
export function primaryRateLimit(match: FaultMatch = {}, resetInSeconds = 1): FaultSpec {
  const reset = Math.ceil(Date.now() / 1000) + resetInSeconds;
  return {
    ...match,
    status: 403,
    headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset) },
    body: {
      message: "API rate limit exceeded for installation ID 12345678.",
      documentation_url:
        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-rate-limits",
      status: "403",
    },
  };
}

/** What a pull_request run from a fork gets when its read-only token tries to write. */
export function forbiddenForFork(match: FaultMatch = {}): FaultSpec {
  return {
    ...match,
    status: 403,
    body: {
      message: "Resource not accessible by integration",
      documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
      status: "403",
    },
  };
}

export function serverError(match: FaultMatch = {}, status = 500): FaultSpec {
  return { ...match, status };
}

/** Default error bodies, shaped like GitHub's (message, documentation_url, status). */
export function defaultErrorBody(status: number, documentationUrl: string | undefined): unknown {
  const messages: Record<number, string> = {
    400: "Problems parsing JSON",
    401: "Requires authentication",
    403: "Forbidden",
    404: "Not Found",
    409: "Conflict",
    410: "Gone",
    422: "Validation Failed",
    429: "API rate limit exceeded",
    500: "Server Error",
    502: "Server Error",
    503: "Service Unavailable",
  };
  return {
    message: messages[status] ?? `HTTP ${status}`,
    documentation_url: documentationUrl ?? "https://docs.github.com/rest",
    status: String(status),
  };
}
