/**
 * Wraps a subscription's event stream so every event is authorised again just before delivery:
 * access may change while a socket is open. A failed or throwing check ends the stream (and
 * unsubscribes from the bus); the event in flight is dropped. `onFinish` runs once when it ends.
 * Features use `AccessGate.authorizedSubscription`, which builds the check from the policy.
 */
export function authorizedIterator<T>(
  source: AsyncIterableIterator<T>,
  authorize: (event: T) => Promise<boolean>,
  onFinish: () => void = () => undefined,
): AsyncIterableIterator<T> {
  return new AuthorizedIterator(source, authorize, onFinish);
}

/** Fields and prototype methods rather than closures: one is kept per open subscription. */
class AuthorizedIterator<T> implements AsyncIterableIterator<T> {
  private finished = false;

  constructor(
    private readonly source: AsyncIterableIterator<T>,
    private readonly authorize: (event: T) => Promise<boolean>,
    private readonly onFinish: () => void,
  ) {}

  /** Not an async function: while waiting for an event it holds a promise reaction, not a suspended frame. */
  next(): Promise<IteratorResult<T>> {
    return this.source.next().then((result) => this.authorized(result));
  }

  private async authorized(result: IteratorResult<T>): Promise<IteratorResult<T>> {
    if (result.done) return this.return();
    let allowed = false;
    try {
      allowed = await this.authorize(result.value);
    } catch {
      allowed = false;
    }
    return allowed ? result : this.return();
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.finished) {
      this.finished = true;
      this.onFinish();
    }
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

const sharedAnswers = new Map<string, { until: number; answer: Promise<boolean> }>();
let lastSweep = 0;

/**
 * Like `cachedCheck`, but one answer per `key` for the whole process: the many sockets one session
 * or token keeps open (a newsroom's tabs, a script's connections) cost one check per `ttlMs`, not one each.
 */
export function sharedCachedCheck(
  key: string,
  check: () => Promise<boolean>,
  ttlMs: number,
): () => Promise<boolean> {
  return () => {
    const now = Date.now();
    const cached = sharedAnswers.get(key);
    if (cached && now < cached.until) return cached.answer;
    if (now - lastSweep >= ttlMs) {
      lastSweep = now;
      for (const [staleKey, stale] of sharedAnswers) if (now >= stale.until) sharedAnswers.delete(staleKey);
    }
    const answer = check().catch(() => false);
    sharedAnswers.set(key, { until: now + ttlMs, answer });
    return answer;
  };
}
