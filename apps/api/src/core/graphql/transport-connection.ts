import { type IncomingMessage } from 'node:http';
import { getOperationAST, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import {
  CloseCode,
  GRAPHQL_TRANSPORT_WS_PROTOCOL,
  MessageType,
  parseMessage,
  type Message,
  type SubscribePayload,
} from 'graphql-ws';
import { type RawData, type WebSocket } from 'ws';
import { type Viewer } from '../auth/viewer.js';
import { pullInto, type StepReceiver } from '../pubsub/step-receiver.js';
import { ConnectionOperations } from './connection-operations.js';
import { type SharedOperation } from './shared-execution.js';
import { GuardedWebSocket } from './socket-abuse.js';

/** How long a new socket may take to send `connection_init` (graphql-ws's option of the same name). */
const CONNECTION_INIT_WAIT_MS = 10_000;

/** What an operation's context needs from the upgrade request. */
export interface ContextHeaders {
  userAgent: string | null;
  acceptLanguage: string | undefined;
  origin: string | null;
}

/**
 * What the server decides for its connections; the protocol (graphql-transport-ws) is the
 * connection's. One object for all connections, so a connection holds one pointer to it.
 */
export interface TransportHooks {
  /** On `connection_init`: false refuses (the hook may already have closed the socket with its own code). */
  connect(connection: TransportConnection): Promise<boolean>;
  /** Checks a subscribe message: the arguments to run it with, or the errors to answer it with. */
  prepare(
    connection: TransportConnection,
    payload: SubscribePayload,
  ): Promise<readonly GraphQLError[] | ExecutionArgs>;
  /** The operation's `contextValue`. */
  contextFor(connection: TransportConnection): unknown;
  /** Runs a query or mutation sent over the socket. */
  execute(args: ExecutionArgs): Promise<ExecutionResult>;
  /** A subscription's source stream (its field's `subscribe` resolver), or the errors it ended with. */
  open(args: ExecutionArgs): Promise<AsyncIterator<unknown> | ExecutionResult>;
  /** What a subscription executes each event with, shared by the subscriptions of one key (see SharedExecutions). */
  operationOf(args: ExecutionArgs): SharedOperation;
  /** The frame that delivers one event of a live subscription (shared work: see SharedExecutions). */
  deliver(subscription: LiveSubscription, event: unknown): Promise<Frame>;
  /** That frame, if it can be had without waiting (the event's execution for this subscription's key is done). */
  frameNow(subscription: LiveSubscription, event: unknown): Frame | undefined;
  /** Errors as the client may see them (coded messages only). */
  formatErrors(errors: readonly GraphQLError[]): unknown[];
  /** An unexpected failure handling a message: the socket closes with 4500. */
  failed(error: unknown): void;
  closed(connection: TransportConnection): void;
}

/** A text message: a string, or its UTF-8 bytes already encoded (see SharedExecutions.nextFrame). */
export type Frame = string | Buffer;

/** The server's sockets: each carries its connection (a field, not a map entry). */
export class SubscriptionSocket extends GuardedWebSocket {
  connection: TransportConnection | null = null;
}

/**
 * One graphql-transport-ws connection, spoken here instead of through graphql-ws's server so that
 * an open subscription costs an object waiting on its stream, not graphql-ws's
 * per-connection context, adapter closures and a suspended async loop (with its message, `emit`
 * object and arguments) per subscription. The wire protocol is graphql-ws's own: messages are
 * checked with its `parseMessage`, close codes are its `CloseCode`s, and the tests use its client.
 */
export class TransportConnection {
  /** Until the connection is authenticated; then only `headers` is kept (an IncomingMessage is several KB). */
  request: IncomingMessage | null;
  /** The `connection_init` payload, until the connection is authenticated. */
  connectionParams: Record<string, unknown> | undefined = undefined;
  headers: ContextHeaders | null = null;
  viewer: Viewer | null = null;
  ip = 'unknown';
  /** Operations by id: null while one is being prepared, then its live subscription (or true for a query). */
  readonly operations = new ConnectionOperations<LiveSubscription | true | null>();
  private initReceived = false;
  private acknowledged = false;
  private initTimer: NodeJS.Timeout | null = null;

  /** Speaks graphql-transport-ws on a newly opened socket. */
  static accept(socket: SubscriptionSocket, request: IncomingMessage, hooks: TransportHooks): void {
    socket.connection = new TransportConnection(socket, request, hooks);
  }

  private constructor(
    readonly socket: SubscriptionSocket,
    request: IncomingMessage,
    private readonly hooks: TransportHooks,
  ) {
    this.request = request;
    // `on`, not `once`: 'close' comes once anyway, and `once` wraps the listener in a bound function and its state per socket.
    socket.on('close', close);
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    this.initTimer = setTimeout(() => this.initTimedOut(), CONNECTION_INIT_WAIT_MS);
    socket.on('message', receive);
  }

  received(data: string): void {
    let message: Message;
    try {
      message = parseMessage(data);
    } catch {
      this.socket.close(CloseCode.BadRequest, 'Invalid message received');
      return;
    }
    this.handle(message).catch((error: unknown) => {
      this.hooks.failed(error);
      this.socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
  }

  send(message: Frame): void {
    // Bytes go as a text frame too: graphql-transport-ws speaks text only.
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(message, { binary: false });
  }

  /** Sends the errors an operation ended with; it is over. */
  sendErrors(id: string, errors: readonly GraphQLError[]): void {
    this.operations.delete(id);
    this.send(JSON.stringify({ id, type: MessageType.Error, payload: this.hooks.formatErrors(errors) }));
  }

  /** A result with errors: formatted for this socket (no shared frame). */
  sendResult(id: string, result: ExecutionResult): void {
    const payload = result.errors ? { ...result, errors: this.hooks.formatErrors(result.errors) } : result;
    this.send(JSON.stringify({ id, type: MessageType.Next, payload }));
  }

  /** The server ended the operation: the client is told, unless it completed the operation itself. */
  complete(id: string, operation: LiveSubscription | true): void {
    if (this.operations.get(id) !== operation) return;
    this.operations.delete(id);
    this.send(JSON.stringify({ id, type: MessageType.Complete }));
  }

  isLive(id: string, operation: LiveSubscription): boolean {
    return this.operations.get(id) === operation;
  }

  private async handle(message: Message): Promise<void> {
    switch (message.type) {
      case MessageType.ConnectionInit:
        return this.init(message.payload);
      case MessageType.Ping:
        this.send(
          JSON.stringify(
            message.payload
              ? { type: MessageType.Pong, payload: message.payload }
              : { type: MessageType.Pong },
          ),
        );
        return;
      case MessageType.Pong:
        return;
      case MessageType.Subscribe:
        return this.subscribe(message.id, message.payload);
      case MessageType.Complete:
        return this.clientCompleted(message.id);
      default:
        // A server-to-client message (next, error, connection_ack) sent by a client.
        this.socket.close(CloseCode.BadRequest, 'Invalid message received');
    }
  }

  private async init(payload: Record<string, unknown> | null | undefined): Promise<void> {
    if (this.initReceived) {
      this.socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
      return;
    }
    this.initReceived = true;
    this.clearInitTimer();
    if (payload) this.connectionParams = payload;
    const accepted = await this.hooks.connect(this);
    // Only authentication reads them (they may carry a token): not kept for the socket's life.
    this.connectionParams = undefined;
    if (!accepted) {
      this.socket.close(CloseCode.Forbidden, 'Forbidden');
      return;
    }
    this.acknowledged = true;
    this.send(JSON.stringify({ type: MessageType.ConnectionAck }));
  }

  private async subscribe(id: string, payload: SubscribePayload): Promise<void> {
    if (!this.acknowledged) {
      this.socket.close(CloseCode.Unauthorized, 'Unauthorized');
      return;
    }
    if (this.operations.has(id)) {
      this.socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
      return;
    }
    this.operations.set(id, null);
    try {
      await this.start(id, payload);
    } catch (error) {
      this.operations.delete(id);
      throw error;
    }
  }

  /** Runs a subscribe message; every way out either leaves a live subscription or has answered the client. */
  private async start(id: string, payload: SubscribePayload): Promise<void> {
    const prepared = await this.hooks.prepare(this, payload);
    // The client may have completed the operation (or the socket closed) meanwhile: nothing to answer.
    if (!this.operations.has(id)) return;
    if (!('schema' in prepared)) return this.sendErrors(id, prepared);
    const operation = getOperationAST(prepared.document, prepared.operationName);
    if (!operation) return this.sendErrors(id, [new GraphQLError('Unable to identify operation')]);
    // Written out, not spread (see createRequestContext).
    const args: ExecutionArgs = {
      schema: prepared.schema,
      document: prepared.document,
      variableValues: prepared.variableValues,
      operationName: prepared.operationName,
      contextValue: this.hooks.contextFor(this),
    };
    if (operation.operation !== 'subscription') {
      this.operations.set(id, true);
      const result = await this.hooks.execute(args);
      if (this.operations.get(id) !== true) return;
      this.sendResult(id, result);
      return this.complete(id, true);
    }
    const source = await this.hooks.open(args);
    if (!('next' in source)) {
      if (!this.operations.has(id)) return;
      this.operations.set(id, true);
      this.sendResult(id, source);
      return this.complete(id, true);
    }
    if (!this.operations.has(id)) {
      await source.return?.();
      return;
    }
    const subscription = new LiveSubscription(this, id, source, this.hooks.operationOf(args), this.hooks);
    this.operations.set(id, subscription);
    subscription.pull();
  }

  private async clientCompleted(id: string): Promise<void> {
    const operation = this.operations.get(id);
    this.operations.delete(id);
    if (operation instanceof LiveSubscription) await operation.stop();
  }

  /** The socket closed: every subscription stops listening, then the server forgets the connection. */
  closed(): void {
    this.clearInitTimer();
    const operations = this.operations.values();
    this.operations.clear();
    const stopping = operations.map((operation) =>
      operation instanceof LiveSubscription ? operation.stop() : undefined,
    );
    Promise.all(stopping)
      .catch((error: unknown) => this.hooks.failed(error))
      .finally(() => this.hooks.closed(this));
  }

  private initTimedOut(): void {
    this.initTimer = null;
    if (!this.initReceived)
      this.socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
  }

  private clearInitTimer(): void {
    if (this.initTimer) clearTimeout(this.initTimer);
    this.initTimer = null;
  }
}

/**
 * One open subscription: pulls its source stream one event at a time (the stream authorises each
 * event for this subscriber before handing it out), sends the event's frame, and pulls again. An
 * object the stream hands its next step to (`pullInto`, ADR 0021) rather than an async loop
 * awaiting it: while it waits it is a pointer in the stream's queue, not a promise chain.
 */
export class LiveSubscription implements StepReceiver<unknown> {
  constructor(
    private readonly connection: TransportConnection,
    readonly id: string,
    private readonly source: AsyncIterator<unknown>,
    readonly operation: SharedOperation,
    private readonly hooks: TransportHooks,
  ) {}

  /** Asks the source for its next step (delivered to `received` or `failed`). */
  pull(): void {
    pullInto(this.source, this);
  }

  stop(): Promise<unknown> | undefined {
    return this.source.return?.();
  }

  /** The source's next step (see `pull`). */
  received(step: IteratorResult<unknown>): void {
    if (!this.connection.isLive(this.id, this)) return;
    if (step.done) return this.connection.complete(this.id, this);
    const frame = this.hooks.frameNow(this, step.value);
    if (frame !== undefined) return this.sendAndPull(frame);
    this.hooks.deliver(this, step.value).then(
      (frame) => this.sendAndPull(frame),
      (error: unknown) => this.failed(error),
    );
  }

  private sendAndPull(frame: Frame): void {
    if (!this.connection.isLive(this.id, this)) return;
    this.connection.send(frame);
    this.pull();
  }

  /** The stream (or an execution) threw: the client gets the error, and the subscription is over. */
  failed(error: unknown): void {
    if (!this.connection.isLive(this.id, this)) return;
    const original = error instanceof Error ? error : new Error(String(error));
    this.connection.sendErrors(this.id, [new GraphQLError(original.message, { originalError: original })]);
    void this.stop();
  }
}

/** Shared by every socket (`this` is the socket): listening costs no closure per connection. */
function receive(this: WebSocket, data: RawData): void {
  (this as SubscriptionSocket).connection?.received(String(data));
}

function close(this: WebSocket): void {
  (this as SubscriptionSocket).connection?.closed();
}
