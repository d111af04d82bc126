/**
 * The promise-free form of an async iterator's `next` for a consumer that takes one event at a
 * time: the stream calls `received` (or `failed`) once, when it has the next step. A `next()`
 * waiting on a quiet stream holds a promise, its reaction, two resolving functions and the
 * closures awaiting it; a receiver waiting here is one pointer (ADR 0021).
 */
export interface StepReceiver<T> {
  received(step: IteratorResult<T>): void;
  failed(error: unknown): void;
}

/** A stream that can also hand its next step to a receiver. */
export interface StepSource<T> {
  pullInto(receiver: StepReceiver<T>): void;
}

/**
 * Hands `source`'s next step to `receiver`: directly when the source supports it, otherwise
 * through its `next()`.
 */
export function pullInto<T>(source: AsyncIterator<T>, receiver: StepReceiver<T>): void {
  if (isStepSource<T>(source)) {
    source.pullInto(receiver);
    return;
  }
  source.next().then(
    (step) => receiver.received(step),
    (error: unknown) => receiver.failed(error),
  );
}

function isStepSource<T>(source: AsyncIterator<T>): source is AsyncIterator<T> & StepSource<T> {
  return typeof (source as Partial<StepSource<T>>).pullInto === 'function';
}

/**
 * A stage between a stream and the one receiver pulling from it at a time (authorisation,
 * presentation): it takes the stream's step, does its part in `received`, and hands the result to
 * whoever pulled (`takeReceiver`), without a promise of its own per step.
 */
export abstract class StepRelay<In, Out> implements StepSource<Out>, StepReceiver<In> {
  /** Whoever `pullInto` is handing the next step to (one at a time). */
  private receiver: StepReceiver<Out> | null = null;

  constructor(protected readonly source: AsyncIterator<In>) {}

  pullInto(receiver: StepReceiver<Out>): void {
    this.receiver = receiver;
    pullInto(this.source, this);
  }

  abstract received(step: IteratorResult<In>): void;

  failed(error: unknown): void {
    this.takeReceiver().failed(error);
  }

  protected takeReceiver(): StepReceiver<Out> {
    const { receiver } = this;
    if (!receiver) throw new Error(`${this.constructor.name}: a step arrived with nobody pulling`);
    this.receiver = null;
    return receiver;
  }
}
