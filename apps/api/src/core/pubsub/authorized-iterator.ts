import { StepRelay, type StepReceiver } from './step-receiver.js';

/** What decides, per event, whether a subscription may still receive (see AccessGate). */
export interface EventAccess<T> {
  /**
   * Whether the event may be delivered; false (or a rejection) ends the stream. A boolean when the
   * answer is already known, so the event is handed on without waiting a microtask.
   */
  allows(event: T): boolean | Promise<boolean>;
  /** The stream ended: called once. */
  finished(): void;
}

/**
 * Wraps a subscription's event stream so every event is authorised again just before delivery:
 * access may change while a socket is open. A failed or throwing check ends the stream (and
 * unsubscribes from the bus); the event in flight is dropped. Features use
 * `AccessGate.authorizedSubscription`, which builds the access from the policy.
 */
export function authorizedIterator<T>(
  source: AsyncIterableIterator<T>,
  access: EventAccess<T>,
): AsyncIterableIterator<T> {
  return new AuthorizedIterator(source, access);
}

/** Fields and prototype methods rather than closures: one is kept per open subscription. */
class AuthorizedIterator<T> extends StepRelay<T, T> implements AsyncIterableIterator<T> {
  private finished = false;

  constructor(
    protected override readonly source: AsyncIterableIterator<T>,
    private readonly access: EventAccess<T>,
  ) {
    super(source);
  }

  /** Not an async function: while waiting for an event it holds a promise reaction, not a suspended frame. */
  next(): Promise<IteratorResult<T>> {
    return this.source.next().then((result) => this.authorized(result, this.verdictOn(result)));
  }

  /** The source's step for `pullInto`: authorised, then handed on. */
  received(step: IteratorResult<T>): void {
    const receiver = this.takeReceiver();
    const verdict = this.verdictOn(step);
    if (verdict === true) {
      // Known at once (answers checked within the last 2 s): handed on now.
      handOn(receiver, step);
      return;
    }
    if (verdict === false) {
      this.endFor(receiver);
      return;
    }
    // One reaction on the answer, which every subscriber of the same credential and check shares.
    verdict.then(
      (allowed) => (allowed ? handOn(receiver, step) : this.endFor(receiver)),
      () => this.endFor(receiver),
    );
  }

  /** The stream ends (refused, or the source ended): the receiver gets `done`. */
  private endFor(receiver: StepReceiver<T>): void {
    this.return().then(
      (done) => receiver.received(done),
      (error: unknown) => receiver.failed(error),
    );
  }

  /** The access's answer for an event (a throwing check is a refusal); a finished stream is never allowed. */
  private verdictOn(result: IteratorResult<T>): boolean | Promise<boolean> {
    if (result.done) return false;
    try {
      return this.access.allows(result.value);
    } catch {
      return false;
    }
  }

  private async authorized(
    result: IteratorResult<T>,
    verdict: boolean | Promise<boolean>,
  ): Promise<IteratorResult<T>> {
    let allowed = false;
    try {
      allowed = await verdict;
    } catch {
      allowed = false;
    }
    return allowed ? result : this.return();
  }

  async return(): Promise<IteratorResult<T>> {
    if (!this.finished) {
      this.finished = true;
      this.access.finished();
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

/** Hands a step on; a receiver that throws fails its own stream. */
function handOn<T>(receiver: StepReceiver<T>, step: IteratorResult<T>): void {
  try {
    receiver.received(step);
  } catch (error) {
    receiver.failed(error);
  }
}
