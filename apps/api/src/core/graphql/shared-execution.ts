import {
  createSourceEventStream,
  execute,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { createRequestContext, type RequestContext } from '../context/request-context.js';

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

/** One execution of an event for one key: its promise, and its result once it is there. */
interface SharedResult {
  result: Promise<ExecutionResult>;
  settled: ExecutionResult | undefined;
}

/**
 * What every subscription of one key executes its events with. They get the same result for an
 * event whichever of them runs it, so the arguments (and context) of the first of them serve all.
 */
export interface SharedOperation {
  readonly key: string;
  readonly args: ExecutionArgs;
}

/**
 * Runs a subscription's selection once per distinct (event, operation, variables, viewer
 * visibility) instead of once per socket, and serialises each result once. The bus hands the same
 * event object to every stream of a channel, so results are remembered per event object (WeakMap:
 * they go with the event) and every socket that shares the key gets the same result and the same
 * JSON; only the frame's `id` differs per socket.
 */
export class SharedExecutions {
  private readonly byEvent = new WeakMap<object, Map<string, SharedResult>>();
  private readonly serialised = new WeakMap<ExecutionResult, Buffer>();
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  /** Held weakly: an operation goes with the last subscription holding it. */
  private readonly operations = new Map<string, WeakRef<SharedOperation>>();
  private readonly collected = new FinalizationRegistry<string>((key) => {
    if (this.operations.get(key)?.deref() === undefined) this.operations.delete(key);
  });
  private nextDocumentId = 0;

  /**
   * A subscription's source stream: its field's own `subscribe` resolver (which authorises each
   * event for this subscriber); only the per-event execution is shared.
   */
  async open(args: ExecutionArgs): Promise<AsyncIterator<unknown> | ExecutionResult> {
    const stream = await createSourceEventStream(args);
    return isAsyncIterable(stream) ? stream[Symbol.asyncIterator]() : stream;
  }

  /**
   * The operation a new subscription executes its events with: the one its key already has, if a
   * subscription of that key is open. A subscription then keeps one pointer, not arguments, a
   * request context and a key string (built by concatenation: a rope of a dozen pieces) of its own.
   */
  operationOf(args: ExecutionArgs): SharedOperation {
    const key = `${this.operationKey(args)}|${visibilityKey(args.contextValue as RequestContext)}`;
    const known = this.operations.get(key)?.deref();
    if (known) return known;
    const operation: SharedOperation = { key, args };
    this.operations.set(key, new WeakRef(operation));
    this.collected.register(operation, key);
    return operation;
  }

  /** The event's result for subscriptions of `key` (executed by the first of them to ask). */
  result(event: unknown, { key, args }: SharedOperation): Promise<ExecutionResult> {
    if (typeof event !== 'object' || event === null) return Promise.resolve(this.run(event, args));
    let results = this.byEvent.get(event);
    if (!results) {
      results = new Map();
      this.byEvent.set(event, results);
    }
    const known = results.get(key);
    if (known) return known.result;
    const ran = this.run(event, args);
    // A selection with no asynchronous field is executed at once: the other subscribers of the key,
    // handed the same event in the same loop, then send without waiting (see finishedResult).
    if (!(ran instanceof Promise)) {
      const result = Promise.resolve(ran);
      results.set(key, { result, settled: ran });
      return result;
    }
    const entry: SharedResult = { result: ran, settled: undefined };
    results.set(key, entry);
    ran.then(
      (settled) => (entry.settled = settled),
      () => undefined,
    );
    return ran;
  }

  /**
   * The result, if its execution for `key` already finished: the other 999 subscribers of an event
   * then send at once instead of awaiting a settled promise (a promise, a reaction and a microtask each).
   */
  finishedResult(event: unknown, key: string): ExecutionResult | undefined {
    if (typeof event !== 'object' || event === null) return undefined;
    return this.byEvent.get(event)?.get(key)?.settled;
  }

  /**
   * A graphql-transport-ws `next` frame around the result's shared JSON (error-free results only:
   * errors are formatted per socket), as UTF-8 bytes. The frame's tail (type and payload) is encoded
   * once per result; each subscriber's frame is its own id before it, copied, not a string that
   * would be flattened, measured and encoded again for every one of a thousand sockets.
   */
  nextFrame(id: string, result: ExecutionResult): Buffer {
    let tail = this.serialised.get(result);
    if (tail === undefined) {
      tail = Buffer.from(`,"type":"next","payload":${JSON.stringify(result)}}`);
      this.serialised.set(result, tail);
    }
    const head = `{"id":${JSON.stringify(id)}`;
    const headLength = Buffer.byteLength(head);
    const frame = Buffer.allocUnsafe(headLength + tail.length);
    frame.write(head, 0);
    tail.copy(frame, headLength);
    return frame;
  }

  /** One execution with fresh loaders, so nested fields never read a previous event's cache. */
  private run(event: unknown, args: ExecutionArgs): ExecutionResult | Promise<ExecutionResult> {
    // A copy of the context with loaders of its own; the arguments written out, not spread (see createRequestContext).
    const contextValue = createRequestContext(args.contextValue as RequestContext);
    try {
      return execute({
        schema: args.schema,
        document: args.document,
        variableValues: args.variableValues,
        operationName: args.operationName,
        rootValue: event,
        contextValue,
      });
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
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

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
