import { authorizedIterator, type EventAccess } from './authorized-iterator.js';
import { pullInto, type StepReceiver } from './step-receiver.js';

/** A source that hands each pulled step straight to its receiver, and records whether it was ended. */
function sourceOf(events: string[]): AsyncIterableIterator<string> & { ended: boolean } {
  const source = {
    ended: false,
    next: () =>
      Promise.resolve(
        events.length
          ? { done: false as const, value: events.shift() as string }
          : { done: true as const, value: undefined },
      ),
    pullInto(receiver: StepReceiver<string>) {
      const value = events.shift();
      receiver.received(value === undefined ? { done: true, value: undefined } : { done: false, value });
    },
    return() {
      source.ended = true;
      return Promise.resolve({ done: true as const, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return source;
    },
  };
  return source;
}

function recorder(): StepReceiver<string> & { steps: IteratorResult<string>[]; errors: unknown[] } {
  const steps: IteratorResult<string>[] = [];
  const errors: unknown[] = [];
  return { steps, errors, received: (step) => steps.push(step), failed: (error) => errors.push(error) };
}

function accessAnswering(answer: (event: string) => boolean | Promise<boolean>): EventAccess<string> {
  return { allows: answer, finished: () => undefined };
}

describe('authorizedIterator', () => {
  it('hands an event on in the same turn when the access answers at once', () => {
    const receiver = recorder();
    pullInto(
      authorizedIterator(
        sourceOf(['ballots printed']),
        accessAnswering(() => true),
      ),
      receiver,
    );
    expect(receiver.steps).toEqual([{ done: false, value: 'ballots printed' }]);
  });

  it('waits for an answer still being asked, then hands the event on', async () => {
    const receiver = recorder();
    let allow: (ok: boolean) => void = () => undefined;
    const pending = new Promise<boolean>((resolve) => (allow = resolve));
    pullInto(
      authorizedIterator(
        sourceOf(['count resumed']),
        accessAnswering(() => pending),
      ),
      receiver,
    );
    expect(receiver.steps).toEqual([]);
    allow(true);
    await pending;
    await Promise.resolve();
    expect(receiver.steps).toEqual([{ done: false, value: 'count resumed' }]);
  });

  it.each([
    ['at once', () => false],
    ['later', () => Promise.resolve(false)],
    [
      'by throwing',
      () => {
        throw new Error('policy unavailable');
      },
    ],
    ['by rejecting', () => Promise.reject(new Error('policy unavailable'))],
  ])('ends the stream, without the event, when the access refuses %s', async (_how, answer) => {
    const source = sourceOf(['not for you']);
    const receiver = recorder();
    pullInto(authorizedIterator(source, accessAnswering(answer)), receiver);
    await new Promise((resolve) => setImmediate(resolve));
    expect(receiver.steps).toEqual([{ done: true, value: undefined }]);
    expect(source.ended).toBe(true);
  });

  it('fails the stream of a receiver that throws on a step, not the caller handing it out', () => {
    const receiver = recorder();
    const throwing: StepReceiver<string> = {
      received: () => {
        throw new Error('socket gone');
      },
      failed: receiver.failed,
    };
    expect(() =>
      pullInto(
        authorizedIterator(
          sourceOf(['results']),
          accessAnswering(() => true),
        ),
        throwing,
      ),
    ).not.toThrow();
    expect(receiver.errors).toEqual([new Error('socket gone')]);
  });
});
