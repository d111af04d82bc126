import { pullInto, type StepReceiver, type StepSource } from './step-receiver.js';

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
class PresentedIterator<T, U> implements AsyncIterableIterator<U>, StepSource<U>, StepReceiver<T> {
  /** Whoever `pullInto` is handing the next presented step to (one at a time). */
  private receiver: StepReceiver<U> | null = null;

  constructor(
    private readonly source: AsyncIterableIterator<T>,
    private readonly present: (event: T) => Promise<U | null>,
  ) {}

  async next(): Promise<IteratorResult<U>> {
    for (;;) {
      const result = await this.source.next();
      if (result.done) return DONE;
      const shown = await this.present(result.value);
      if (shown) return { done: false, value: shown };
    }
  }

  pullInto(receiver: StepReceiver<U>): void {
    this.receiver = receiver;
    pullInto(this.source, this);
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

  failed(error: unknown): void {
    this.takeReceiver().failed(error);
  }

  private takeReceiver(): StepReceiver<U> {
    const { receiver } = this;
    if (!receiver) throw new Error('PresentedIterator: a step arrived with nobody pulling');
    this.receiver = null;
    return receiver;
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
