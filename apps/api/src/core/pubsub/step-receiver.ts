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
