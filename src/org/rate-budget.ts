// GraphQL's points budget. Every portfolio query asks for `rateLimit { cost remaining resetAt }`
// (portfolio-queries.ts); when fewer points remain than the next query is likely to cost, the
// reader waits for the budget's reset rather than running into RATE_LIMITED, which would turn a
// whole batch of repositories into "unreadable". The throttling plugin cannot do this: it only
// reacts after GitHub has refused, and the clients give up on waits beyond a minute.
import type { Query } from "./portfolio-queries.js";

export interface RateLimit {
  cost: number;
  remaining: number;
  resetAt: string;
}

/** Time as the budget sees it: injected, so tests never wait. */
export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Longest wait for a reset: GitHub's budget resets hourly, so a later resetAt is wrong. */
export const MAX_RATE_WAIT_MS = 60 * 60 * 1000;

/** The `rateLimit` of a GraphQL answer's data, or undefined when it is absent or malformed. */
export function rateLimitOf(data: unknown): RateLimit | undefined {
  const limit = (data as { rateLimit?: unknown } | null | undefined)?.rateLimit as
    | Partial<RateLimit>
    | null
    | undefined;
  if (
    !limit ||
    typeof limit.cost !== "number" ||
    typeof limit.remaining !== "number" ||
    typeof limit.resetAt !== "string"
  )
    return undefined;
  return { cost: limit.cost, remaining: limit.remaining, resetAt: limit.resetAt };
}

/** The operation name of a query document (`query PortfolioManifests(…)`), the cost's key. */
function operationOf(query: Query): string {
  return /^\s*query\s+(\w+)/.exec(query.query)?.[1] ?? "";
}

export class RateBudget {
  readonly #clock: Clock;
  readonly #log: (line: string) => void;
  /** The last cost seen per operation: a batch of the same shape costs about the same. */
  readonly #costs = new Map<string, number>();
  #last: RateLimit | undefined;

  constructor(clock: Clock = SYSTEM_CLOCK, log: (line: string) => void = () => {}) {
    this.#clock = clock;
    this.#log = log;
  }

  /** What the query will likely cost: its operation's last cost, else the highest seen, else 1. */
  expectedCost(query: Query): number {
    const known = this.#costs.get(operationOf(query));
    if (known !== undefined) return known;
    return Math.max(1, ...this.#costs.values());
  }

  /** Waits, when the points left are fewer than the query will cost, until the budget resets. */
  async beforeQuery(query: Query): Promise<void> {
    const last = this.#last;
    if (!last) return;
    const cost = this.expectedCost(query);
    if (last.remaining >= cost) return;
    const resetAt = Date.parse(last.resetAt);
    const until = Number.isNaN(resetAt) ? 0 : resetAt - this.#clock.now().getTime();
    if (until > 0) {
      const wait = Math.min(until, MAX_RATE_WAIT_MS);
      const capped = wait < until ? " (capped at one hour)" : "";
      this.#log(
        `rate limit: ${last.remaining} points left, the next query costs about ${cost}: waiting ${Math.ceil(wait / 1000)} s for the reset at ${last.resetAt}${capped}`,
      );
      await this.#clock.sleep(wait);
    }
    // The budget has been reset (or its figures were unusable): the next answer tells anew.
    this.#last = undefined;
  }

  /** Learns the budget from an answer; returns its `rateLimit` (undefined when it has none). */
  afterAnswer(query: Query, data: unknown): RateLimit | undefined {
    const limit = rateLimitOf(data);
    if (!limit) return undefined;
    this.#costs.set(operationOf(query), limit.cost);
    this.#last = limit;
    return limit;
  }
}
