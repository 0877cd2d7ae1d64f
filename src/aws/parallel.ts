/**
 * Reads run concurrently, but never more than a fixed number at once: 20 domains answering after
 * 200 ms each take ~0.6 s instead of ~4.4 s, without bursting past API Gateway's per-account
 * request rate. Writes (UpdateDomainName) never go through here: they keep their own spacing.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html (GetDomainName is
 * rate-limited per account; 8 in flight is our own choice, well inside it)
 */

/** How many AWS reads one run keeps in flight at most. */
export const READ_CONCURRENCY = 8;

/** A queue of tasks that runs at most `limit` of them at a time, in the order they were given. */
export class ReadLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit = READ_CONCURRENCY) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`read limit must be >= 1, got ${limit}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A finished task hands its slot straight to the next waiter, so no newcomer can slip in between.
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }

  /**
   * Runs `task` for every item through the limiter; results in the order of `items`. When some
   * fail, the error of the first failing item (in `items` order) is thrown once all have settled.
   */
  async map<I, T>(items: readonly I[], task: (item: I) => Promise<T>): Promise<T[]> {
    return settleInOrder<T[]>(items.map((item) => this.run(() => task(item))));
  }
}

/**
 * Waits for every promise, then throws the first rejection in the order given (not in the order
 * they failed), so that the same broken state always gives the same message.
 */
export async function settleInOrder<T extends readonly unknown[]>(
  promises: { [K in keyof T]: Promise<T[K]> },
): Promise<T> {
  const settled = await Promise.allSettled(promises);
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
