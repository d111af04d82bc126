import {
  createSourceEventStream,
  execute,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { type WebSocket } from 'ws';
import { LoaderRegistry } from '../context/loader-registry.js';
import { type RequestContext } from '../context/request-context.js';

/**
 * Everything a resolver can read about who is asking and how to render it. Two subscribers with the
 * same visibility key see the same result for the same event: same user with the same flags (so the
 * same policy answers and the same redaction, e.g. the Chatham House Rule on briefs), same language,
 * time zone and origin (links). The credential itself is not part of it: it is checked per
 * subscriber, before the event reaches execution (AccessGate / authorizedIterator).
 */
export function visibilityKey(ctx: RequestContext): string {
  const { viewer } = ctx;
  const who = viewer
    ? `${viewer.userId}|${viewer.isPlatformAdmin ? 'admin' : ''}|${viewer.readOnly ? 'ro' : ''}|${viewer.timeZone}`
    : 'anonymous';
  return `${who}|${ctx.locale}|${ctx.origin ?? ''}`;
}

/** Where an operation's results can be sent without graphql-ws: its socket, and its id there. */
interface Delivery {
  socket: WebSocket;
  id: string;
}

/**
 * Runs a subscription's selection once per distinct (event, operation, variables, viewer
 * visibility) instead of once per socket, and serialises each result once. The bus hands the same
 * event object to every iterator of a channel, so results are remembered per event object (WeakMap:
 * they go with the event) and every socket that shares the key gets the same result and the same
 * JSON; only the frame's `id` differs per socket.
 */
export class SharedExecutions {
  private readonly byEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  private readonly serialised = new WeakMap<ExecutionResult, string>();
  private readonly deliveries = new WeakMap<object, Delivery>();
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private nextDocumentId = 0;

  /**
   * Called with each operation's context: its error-free results go straight to `socket` as a
   * graphql-ws `next` frame built around the shared JSON (graphql-ws would serialise each one again).
   */
  deliverTo(context: RequestContext, socket: WebSocket, id: string): void {
    // The frame's start is built per send: kept per subscription, it would be one more string per socket.
    this.deliveries.set(context, { socket, id });
  }

  /**
   * graphql-ws's `subscribe`: the source stream comes from the field's own `subscribe` resolver (which
   * authorises each event for this subscriber); only the per-event execution is shared.
   */
  readonly subscribe = async (
    args: ExecutionArgs,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const key = `${this.operationKey(args)}|${visibilityKey(args.contextValue as RequestContext)}`;
    const delivery = this.deliveries.get(args.contextValue as object);
    return mapEvents(stream[Symbol.asyncIterator](), async (event) => {
      const result = await this.execute(event, args, key);
      // Results with errors go through graphql-ws, whose onNext formats them for this socket.
      if (!delivery || result.errors) return result;
      if (delivery.socket.readyState === delivery.socket.OPEN)
        delivery.socket.send(
          `{"id":${JSON.stringify(delivery.id)},"type":"next","payload":${this.json(result)}}`,
        );
      return SENT;
    });
  };

  private json(result: ExecutionResult): string {
    let json = this.serialised.get(result);
    if (json === undefined) {
      json = JSON.stringify(result);
      this.serialised.set(result, json);
    }
    return json;
  }

  private execute(event: unknown, args: ExecutionArgs, key: string): Promise<ExecutionResult> {
    if (typeof event !== 'object' || event === null) return this.run(event, args);
    let results = this.byEvent.get(event);
    if (!results) {
      results = new Map();
      this.byEvent.set(event, results);
    }
    let result = results.get(key);
    if (!result) {
      result = this.run(event, args);
      results.set(key, result);
    }
    return result;
  }

  /** One execution with fresh loaders, so nested fields never read a previous event's cache. */
  private async run(event: unknown, args: ExecutionArgs): Promise<ExecutionResult> {
    const contextValue = { ...(args.contextValue as RequestContext), loaders: new LoaderRegistry() };
    return execute({ ...args, rootValue: event, contextValue });
  }

  private operationKey(args: ExecutionArgs): string {
    let documentId = this.documentIds.get(args.document);
    if (documentId === undefined) {
      documentId = this.nextDocumentId++;
      this.documentIds.set(args.document, documentId);
    }
    return `${documentId}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? null)}`;
  }
}

/** Marks an event already sent to its socket: the stream goes on to the next event. */
const SENT = Symbol('sent');

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * The source stream mapped through `map`, skipping events `map` sent itself; ending (and ending the
 * source) when the consumer returns.
 */
function mapEvents<T>(
  source: AsyncIterator<unknown>,
  map: (event: unknown) => Promise<T | typeof SENT>,
): AsyncIterableIterator<T> {
  return new MappedEvents(source, map);
}

/** Fields and prototype methods rather than closures: one is kept per open subscription. */
class MappedEvents<T> implements AsyncIterableIterator<T> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly map: (event: unknown) => Promise<T | typeof SENT>,
  ) {}

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      const result = await this.source.next();
      if (result.done) return { done: true, value: undefined };
      const mapped = await this.map(result.value);
      if (mapped !== SENT) return { done: false, value: mapped };
    }
  }

  async return(): Promise<IteratorResult<T>> {
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
