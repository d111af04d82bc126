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
  let finished = false;
  const finish = async (): Promise<IteratorResult<T>> => {
    if (!finished) {
      finished = true;
      onFinish();
    }
    await source.return?.();
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      const result = await source.next();
      if (result.done) return finish();
      let allowed = false;
      try {
        allowed = await authorize(result.value);
      } catch {
        allowed = false;
      }
      return allowed ? result : finish();
    },
    return: finish,
    async throw(error: unknown) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
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
