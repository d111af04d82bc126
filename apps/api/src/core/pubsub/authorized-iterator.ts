/**
 * Wraps a subscription's event stream so every event is authorised again just before delivery:
 * access may change while a socket is open. A failed or throwing check ends the stream (and
 * unsubscribes from the bus); the event in flight is dropped.
 */
export function authorizedIterator<T>(
  source: AsyncIterableIterator<T>,
  authorize: () => Promise<boolean>,
): AsyncIterableIterator<T> {
  const finish = async (): Promise<IteratorResult<T>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      const result = await source.next();
      if (result.done) return result;
      let allowed = false;
      try {
        allowed = await authorize();
      } catch {
        allowed = false;
      }
      return allowed ? result : finish();
    },
    return: finish,
    async throw(error: unknown) {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** Memoises a check for `ttlMs`, so a burst of events costs one database round trip. */
export function cachedCheck(check: () => Promise<boolean>, ttlMs: number): () => Promise<boolean> {
  let until = 0;
  let last: Promise<boolean> | null = null;
  return () => {
    const now = Date.now();
    if (!last || now >= until) {
      until = now + ttlMs;
      last = check().catch(() => false);
    }
    return last;
  };
}
