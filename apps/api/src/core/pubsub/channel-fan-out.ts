import { type PubSubEngine } from 'graphql-subscriptions';
import { type StepReceiver, type StepSource } from './step-receiver.js';

const DONE: IteratorResult<never> = Object.freeze({ done: true, value: undefined });

/**
 * One engine subscription per channel, shared by every stream of that channel: a thousand sockets
 * listening to one topic cost one listener on the bus and a small queue each, instead of an engine
 * iterator each (graphql-redis-subscriptions keeps, per iterator, two queues, bound listeners,
 * promises and an entry in its subscription map). The engine parses an event once; every stream
 * gets the same object, which is what lets SharedExecutions execute it once.
 */
export class ChannelFanOut {
  private readonly channels = new Map<string, Channel>();

  constructor(private readonly engine: PubSubEngine) {}

  /** The channel's events from now on (the bus's payload type for that channel is the caller's to name). */
  stream<T>(name: string): AsyncIterableIterator<T> {
    let channel = this.channels.get(name);
    if (!channel) {
      const listening = new Channel(this, name);
      this.channels.set(name, listening);
      listening.subscription = this.engine.subscribe(name, (event: unknown) => listening.deliver(event), {});
      listening.subscription.catch((error: unknown) => this.failed(listening, error));
      channel = listening;
    }
    return channel.open() as EventQueue<T>;
  }

  /** The last stream of `channel` ended: the engine stops listening to it. */
  closed(channel: Channel): void {
    if (this.channels.get(channel.name) === channel) this.channels.delete(channel.name);
    channel.subscription?.then((id) => this.engine.unsubscribe(id)).catch(() => undefined);
  }

  private failed(channel: Channel, error: unknown): void {
    if (this.channels.get(channel.name) === channel) this.channels.delete(channel.name);
    channel.fail(error);
  }
}

/** The streams of one channel. */
class Channel {
  subscription: Promise<number> | null = null;
  private readonly queues = new Set<EventQueue<unknown>>();

  constructor(
    private readonly fanOut: ChannelFanOut,
    readonly name: string,
  ) {}

  open(): EventQueue<unknown> {
    const queue = new EventQueue<unknown>(this);
    this.queues.add(queue);
    return queue;
  }

  deliver(event: unknown): void {
    for (const queue of this.queues) queue.push(event);
  }

  fail(error: unknown): void {
    for (const queue of this.queues) queue.fail(error);
    this.queues.clear();
  }

  leave(queue: EventQueue<unknown>): void {
    if (!this.queues.delete(queue) || this.queues.size > 0) return;
    this.fanOut.closed(this);
  }
}

/**
 * One stream's events not yet taken, as an async iterator (or a StepSource). Fields rather than
 * closures, and the buffer only once an event waits: an idle subscription is a few pointers.
 */
class EventQueue<T> implements AsyncIterableIterator<T>, StepSource<T> {
  private buffered: T[] | null = null;
  /** Whoever waits for the next event: `next()` callers (their promise's resolving functions) and receivers. */
  private pullers: StepReceiver<T>[] | null = null;
  private error: unknown = null;
  private ended = false;

  constructor(private readonly channel: Channel) {}

  push(event: T): void {
    if (this.ended) return;
    const puller = this.pullers?.shift();
    if (puller) handOver(puller, { done: false, value: event });
    else (this.buffered ??= []).push(event);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered?.length) return Promise.resolve({ done: false, value: this.buffered.shift() as T });
    if (this.error !== null) return Promise.reject(this.error);
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) =>
      (this.pullers ??= []).push({ received: resolve, failed: reject }),
    );
  }

  /**
   * `next` without a promise: the receiver is called once. A step already here is handed over on a
   * microtask, as `next()`'s would be, so a receiver that pulls again from `received` never recurses.
   */
  pullInto(receiver: StepReceiver<T>): void {
    if (this.buffered?.length) {
      const step = { done: false, value: this.buffered.shift() as T };
      queueMicrotask(() => handOver(receiver, step));
    } else if (this.error !== null) {
      const { error } = this;
      queueMicrotask(() => receiver.failed(error));
    } else if (this.ended) queueMicrotask(() => handOver(receiver, DONE));
    else (this.pullers ??= []).push(receiver);
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    for (const puller of this.pullers ?? []) handOver(puller, DONE);
    this.pullers = null;
    return Promise.resolve(DONE);
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  /** The bus could not listen to the channel: waiting and later `next` calls reject. */
  fail(error: unknown): void {
    this.error = error;
    for (const puller of this.pullers ?? []) puller.failed(error);
    this.pullers = null;
    this.end();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.buffered = null;
    this.channel.leave(this as EventQueue<unknown>);
  }
}

/**
 * Gives a waiting receiver its step. The channel hands an event to all its streams in one loop: a
 * receiver that throws fails its own stream, not the delivery to the streams after it.
 */
function handOver<T>(receiver: StepReceiver<T>, step: IteratorResult<T>): void {
  try {
    receiver.received(step);
  } catch (error) {
    receiver.failed(error);
  }
}
