/**
 * A subscription stream turned into what one viewer receives: each event is presented for them, and
 * an event presented as null (not for their eyes) is skipped. Ending it ends the source.
 */
export function presentedIterator<T, U>(
  source: AsyncIterableIterator<T>,
  present: (event: T) => Promise<U | null>,
): AsyncIterableIterator<U> {
  const iterator: AsyncIterableIterator<U> = {
    async next(): Promise<IteratorResult<U>> {
      for (;;) {
        const result = await source.next();
        if (result.done) return { done: true, value: undefined };
        const shown = await present(result.value);
        if (shown) return { done: false, value: shown };
      }
    },
    async return(): Promise<IteratorResult<U>> {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown): Promise<IteratorResult<U>> {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
