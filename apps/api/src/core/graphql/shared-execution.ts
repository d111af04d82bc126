import {
  createSourceEventStream,
  execute,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
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

/**
 * Runs a subscription's selection once per distinct (event, operation, variables, viewer
 * visibility) instead of once per socket. The bus hands the same event object to every iterator of
 * a channel, so results are remembered per event object (WeakMap: they go with the event) and every
 * socket that shares the key gets the same result object.
 */
export class SharedExecutions {
  private readonly byEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private nextDocumentId = 0;

  /**
   * graphql-ws's `subscribe`: the source stream comes from the field's own `subscribe` resolver (which
   * authorises each event for this subscriber); only the per-event execution is shared.
   */
  readonly subscribe = async (
    args: ExecutionArgs,
  ): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const operationKey = this.operationKey(args);
    return mapEvents(stream[Symbol.asyncIterator](), (event) =>
      this.execute(event, args, `${operationKey}|${visibilityKey(args.contextValue as RequestContext)}`),
    );
  };

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

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** The source stream mapped through `map`, ending (and ending the source) when the consumer returns. */
function mapEvents<T>(
  source: AsyncIterator<unknown>,
  map: (event: unknown) => Promise<T>,
): AsyncIterableIterator<T> {
  const finish = async (): Promise<IteratorResult<T>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      const result = await source.next();
      return result.done ? { done: true, value: undefined } : { done: false, value: await map(result.value) };
    },
    return: finish,
    async throw(error: unknown) {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
