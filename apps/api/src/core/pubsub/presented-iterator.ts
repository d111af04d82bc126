import { pullInto, StepRelay } from './step-receiver.js';

const DONE: IteratorResult<never> = { done: true, value: undefined };

/**
 * A subscription stream turned into what one viewer receives: each event is presented for them, and
 * an event presented as null (not for their eyes) is skipped. Ending it ends the source.
 */
export function presentedIterator<T, U>(
  source: AsyncIterableIterator<T>,
  present: (event: T) => Promise<U | null>,
): AsyncIterableIterator<U> {
  return new PresentedIterator(source, present);
}

/**
 * Also a StepSource (ADR 0021): a socket's subscription pulls each event through the whole chain
 * (bus queue, authorisation, presentation) without a promise per stage, which for one event to a
 * thousand sockets was a thousand promise chains. Fields and prototype methods rather than
 * closures: one is kept per open subscription.
 */
class PresentedIterator<T, U> extends StepRelay<T, U> implements AsyncIterableIterator<U> {
  constructor(
    protected override readonly source: AsyncIterableIterator<T>,
    private readonly present: (event: T) => Promise<U | null>,
  ) {
    super(source);
  }

  async next(): Promise<IteratorResult<U>> {
    for (;;) {
      const result = await this.source.next();
      if (result.done) return DONE;
      const shown = await this.present(result.value);
      if (shown) return { done: false, value: shown };
    }
  }

  /** The source's step for `pullInto`: presented and handed on, or skipped and the next one pulled. */
  received(step: IteratorResult<T>): void {
    if (step.done) return this.takeReceiver().received(DONE);
    this.present(step.value).then(
      (shown) =>
        shown ? this.takeReceiver().received({ done: false, value: shown }) : pullInto(this.source, this),
      (error: unknown) => this.failed(error),
    );
  }

  async return(): Promise<IteratorResult<U>> {
    await this.source.return?.();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<U>> {
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<U> {
    return this;
  }
}
