import { type IncomingMessage, type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import {
  execute,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, handleProtocols, type SubscribePayload } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { type Logger } from 'pino';
import { type AppConfig } from '../config/app-config.js';
import { credentialFrom } from '../auth/request-credential.js';
import { type Viewer, type ViewerResolver } from '../auth/viewer.js';
import { createRequestContext, type RequestContext } from '../context/request-context.js';
import { isDatabaseUnavailable } from '../errors/database-unavailable.js';
import { CoreErrorReason, ErrorCode } from '@ecw/domain';
import { createErrorFormatter, PUBLIC_ERROR } from '../errors/format-error.js';
import { localeFromAcceptLanguage, toSupportedLocale } from '../i18n/translate.js';
import { introspectionEnabled } from './graphql.config.js';
import { operationCostError } from './operation-cost.js';
import { AccountSocketSlots } from './account-socket-slots.js';
import { CheckFailed, credentialOf, SocketViewers } from './socket-viewers.js';
import { CheckedDocuments, requestError } from './checked-documents.js';
import { SharedExecutions } from './shared-execution.js';
import { ANONYMOUS_SOCKET_LIFETIME_MS, AnonymousSockets } from './anonymous-sockets.js';
import { MAX_REQUEST_BYTES, OPERATION_LIMIT_RULES } from './operation-limits.js';
import { CLOSE_ACCESS_REVOKED, CLOSE_EVENTS_MISSED, SocketRegistry } from './socket-registry.js';
import { AccountBudgets, guardConnection, keepAlive, quietProtocolErrors } from './socket-abuse.js';
import { SubscriptionSocket, TransportConnection, type TransportHooks } from './transport-connection.js';
import { ShedAddresses } from './shed-addresses.js';
import { StaggeredPass } from './staggered-pass.js';
import { ContextHeadersTable } from './context-headers.js';
import { isSameOrigin } from '../http/origin.js';
import { clientAddress } from '../http/client-address.js';

/** How often sockets that only listen have their credential checked: an expired one closes within this (+ 2 s). */
const SOCKET_SWEEP_MS = 5_000;

/** How often every socket is pinged; one that has not answered by the next ping is terminated (as graphql-ws's default). */
const KEEP_ALIVE_MS = 12_000;
/** The pings go out in this many slices over KEEP_ALIVE_MS (one every 250 ms): see StaggeredPass. */
const KEEP_ALIVE_PHASES = 48;

/** Operations (subscriptions, and queries in flight) one socket may hold at once. */
const MAX_OPERATIONS_PER_SOCKET = 100;

/** A public (coded) error: its message and code reach the client as they are. */
function publicError(message: string, code: ErrorCode, reason: string): GraphQLError {
  return Object.assign(new GraphQLError(message, { extensions: { code, reason } }), { [PUBLIC_ERROR]: true });
}

function tooManyOperations(): GraphQLError {
  return publicError(
    `At most ${MAX_OPERATIONS_PER_SOCKET} operations at once on one connection.`,
    ErrorCode.RATE_LIMITED,
    'TOO_MANY_OPERATIONS',
  );
}

/** 429 on the upgrade request itself: the cheapest refusal there is (no WebSocket, no credential lookup). */
function refuseUpgrade(socket: Duplex, retryAfterSeconds: number): void {
  // Node's HTTP server stops listening for errors on an upgraded socket: a client resetting the
  // connection meanwhile must not become an uncaught error.
  socket.on('error', () => socket.destroy());
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 429 Too Many Requests\r\nRetry-After: ${retryAfterSeconds}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}

/**
 * A request id kept for the life of a subscription: `randomUUID` builds its text by concatenation, and
 * that rope (a dozen string pieces) would be held per subscription; a parsed string is one flat piece.
 */
function flatUuid(): string {
  return JSON.parse(`"${randomUUID()}"`) as string;
}

function refuseTooMany(socket: WebSocket): false {
  socket.close(CloseCode.Forbidden, 'Too many open connections for this account');
  return false;
}

/** The error an operation gets on a socket whose credential stopped working (the socket closes too). */
function unauthenticatedOverSocket(): GraphQLError {
  return publicError('Sign in to continue.', ErrorCode.UNAUTHENTICATED, CoreErrorReason.UNAUTHENTICATED);
}

export const GRAPHQL_PATH = '/graphql';

/**
 * graphql-ws at /graphql on the API's HTTP server. We run it ourselves (rather than through the
 * Apollo driver) to apply the same limits as HTTP: message size, depth/cost rules, the origin check
 * for cookie-authenticated sockets, and a per-account socket cap.
 */
export class SubscriptionServer {
  // Frames over 1 MB are refused by `ws` itself (close 1009); GuardedWebSocket sheds floods and non-readers.
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_REQUEST_BYTES,
    WebSocket: SubscriptionSocket,
    handleProtocols,
    // One message per socket per event-loop turn: otherwise `ws` hands over a whole 64 KB chunk of a
    // flooder's messages at once, and everything else (other sockets' events) waits behind them.
    allowSynchronousEvents: false,
  });
  private sweeper: NodeJS.Timeout | null = null;
  private readonly pings = new StaggeredPass<WebSocket>(KEEP_ALIVE_MS, KEEP_ALIVE_PHASES, keepAlive);
  private readonly socketViewers: SocketViewers;
  private readonly anonymous = new AnonymousSockets();
  private readonly executions = new SharedExecutions();
  private readonly budgets: AccountBudgets;
  private readonly shedAddresses = new ShedAddresses();
  private readonly contextHeaders = new ContextHeadersTable();
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== GRAPHQL_PATH) return;
    // An address whose sockets keep being shed is refused here, before `ws` or the database do any work.
    const refusedFor = this.shedAddresses.refusedFor(clientAddress(req, this.config.env.TRUST_PROXY));
    if (refusedFor > 0) return refuseUpgrade(socket, refusedFor);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  };

  constructor(
    private readonly config: AppConfig,
    viewers: ViewerResolver,
    private readonly logger: Logger,
    readonly sockets: SocketRegistry,
    private readonly slots: AccountSocketSlots,
  ) {
    this.socketViewers = new SocketViewers(viewers);
    this.budgets = new AccountBudgets((userId) => sockets.countFor(userId));
  }

  start(httpServer: Server, schema: GraphQLSchema): void {
    const hooks = this.hooksFor(schema);
    this.wss.on('connection', (socket: SubscriptionSocket, request: IncomingMessage) => {
      // Guarded first, so a message over the budget is counted (and the socket shed) before it is acted on.
      guardConnection(socket, clientAddress(request, this.config.env.TRUST_PROXY));
      this.pings.add(socket);
      TransportConnection.accept(socket, request, hooks);
      quietProtocolErrors(socket);
    });
    httpServer.on('upgrade', this.onUpgrade);
    this.sweeper = setInterval(() => {
      this.shedStalled();
      this.sweep().catch((error: unknown) =>
        this.logger.error({ err: error }, 'socket credential sweep failed'),
      );
    }, SOCKET_SWEEP_MS);
    this.sweeper.unref();
    this.slots.start();
    // No timer per socket: one interval pings a slice of them at a time.
    this.pings.start();
  }

  /**
   * Events published on other instances may not have reached these sockets (Redis was unreachable):
   * each is closed with 1012, which the client answers by reconnecting (graphql-ws spreads the
   * reconnections with its random back-off) and the web app by refetching what it shows.
   */
  closeAfterMissedEvents(): void {
    const closed = this.sockets.closeAll(CLOSE_EVENTS_MISSED, 'events may have been missed: reconnect');
    this.logger.warn(
      { sockets: closed },
      'Redis is back: subscription sockets closed so that clients refetch',
    );
  }

  /** What this server decides for every connection (the protocol itself is TransportConnection's). */
  private hooksFor(schema: GraphQLSchema): TransportHooks {
    const formatError = createErrorFormatter(this.logger);
    const rules = [
      ...specifiedRules,
      ...OPERATION_LIMIT_RULES,
      ...(introspectionEnabled(this.config) ? [] : [NoSchemaIntrospectionCustomRule]),
    ];
    const hideSchemaDetails = this.config.env.NODE_ENV === 'production';
    const documents = new CheckedDocuments(schema, rules, hideSchemaDetails);
    const executions = this.executions;
    const formatErrors = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
    // Error-free results share their JSON; results with errors are formatted for each socket.
    const frameOf = (id: string, result: ExecutionResult) =>
      result.errors
        ? JSON.stringify({ id, type: 'next', payload: { ...result, errors: formatErrors(result.errors) } })
        : executions.nextFrame(id, result);
    return {
      connect: (connection) =>
        this.authenticate(connection).catch((error: unknown) => this.refuseOnFailure(connection, error)),
      prepare: (connection, payload) => this.prepare(connection, payload, schema, documents),
      contextFor: (connection) => this.contextFor(connection),
      execute: async (args) => execute(args),
      open: (args) => executions.open(args),
      operationOf: (args) => executions.operationOf(args),
      deliver: async ({ id, operation }, event) => frameOf(id, await executions.result(event, operation)),
      frameNow: ({ id, operation }, event) => {
        const result = executions.finishedResult(event, operation.key);
        return result && frameOf(id, result);
      },
      formatErrors,
      failed: (error) => this.logger.error({ err: error }, 'unexpected error on a subscription socket'),
      closed: (connection) => {
        const { socket } = connection;
        if (socket.guard.abusive) this.shedAddresses.count(socket.guard.address);
        this.sockets.remove(socket);
        this.pings.delete(socket);
        this.slots.release(socket);
        this.anonymous.remove(socket);
      },
    };
  }

  private async prepare(
    connection: TransportConnection,
    payload: SubscribePayload,
    schema: GraphQLSchema,
    documents: CheckedDocuments,
  ): Promise<readonly GraphQLError[] | ExecutionArgs> {
    if (connection.socket.guard.shed) return [tooManyOperations()];
    // The operation being subscribed is already counted in `operations`.
    if (connection.operations.size > MAX_OPERATIONS_PER_SOCKET) return [tooManyOperations()];
    if (!(await this.stillValid(connection))) return [unauthenticatedOverSocket()];
    const checked = documents.get(payload.query);
    if ('errors' in checked) return checked.errors;
    const { document } = checked;
    const tooCostly = operationCostError(schema, document, payload.operationName, payload.variables);
    if (tooCostly) return [requestError(tooCostly, 'GRAPHQL_VALIDATION_FAILED')];
    return {
      schema,
      document,
      variableValues: payload.variables ?? null,
      operationName: payload.operationName ?? null,
    };
  }

  private async authenticate(connection: TransportConnection): Promise<boolean> {
    const { request, socket } = connection;
    // A second connection_init is refused, so the request is still here.
    if (!request) return false;
    const fromParams = connection.connectionParams?.['authorization'];
    const credential = credentialFrom(
      typeof fromParams === 'string' ? fromParams : undefined,
      request.headers.cookie,
      this.config.secureCookies,
    );
    // A browser sends the cookie to any origin that opens a socket here: only our own origin may use it.
    if (credential?.kind === 'session' && !isSameOrigin(request, this.config)) {
      socket.close(CloseCode.Forbidden, 'Forbidden origin');
      return false;
    }
    const ip = clientAddress(request, this.config.env.TRUST_PROXY);
    const viewer = credential
      ? await this.socketViewers.opening(credential, { userAgent: request.headers['user-agent'] ?? null, ip })
      : null;
    if (credential && !viewer) return false;
    if (!viewer) {
      if (!this.anonymous.admit(ip, socket)) {
        socket.close(CloseCode.Forbidden, 'Too many connections without sign-in from this address');
        return false;
      }
      setTimeout(
        () => socket.close(CLOSE_ACCESS_REVOKED, 'Sign in to keep a connection open'),
        ANONYMOUS_SOCKET_LIFETIME_MS,
      ).unref();
    }
    const max = this.config.env.MAX_SOCKETS_PER_ACCOUNT;
    if (viewer && !this.sockets.add(viewer, socket, max)) return refuseTooMany(socket);
    // With Redis the cap counts the account's sockets on every instance.
    if (viewer && !(await this.slots.claim(viewer.userId, socket, max))) {
      this.sockets.remove(socket);
      return refuseTooMany(socket);
    }
    if (viewer) socket.guard.budget = this.budgets.join(viewer.userId);
    const headers = this.contextHeaders.of(request);
    // The credential is not kept: its secret is a slice of the Cookie header, which it would keep whole.
    Object.assign(connection, { viewer, ip, headers, request: null });
    return true;
  }

  /** An unexpected failure while authenticating: the log has it under a correlation id, the client gets only the id. */
  private refuseOnFailure(connection: TransportConnection, error: unknown): false {
    this.closeOnFailure([connection.socket], error, 'unexpected error while opening a socket');
    return false;
  }

  /**
   * Closes sockets whose credential could not be checked. A database outage closes them with 1013
   * "try again later", which clients answer by reconnecting once it is back; anything else with 1011
   * and a correlation id, which the log holds with the error. Never 4401: nothing says the access ended.
   */
  private closeOnFailure(sockets: readonly WebSocket[], error: unknown, what: string): void {
    if (isDatabaseUnavailable(error)) {
      for (const socket of sockets) socket.close(1013, 'Service unavailable: try again later');
      return;
    }
    const correlationId = randomUUID();
    this.logger.error({ err: error, correlationId }, what);
    for (const socket of sockets)
      socket.close(CloseCode.InternalServerError, `Internal server error (correlation id ${correlationId})`);
  }

  private contextFor(connection: TransportConnection): RequestContext {
    const { headers, viewer, ip } = connection;
    return createRequestContext({
      viewer: viewer ?? null,
      locale: viewer ? toSupportedLocale(viewer.locale) : localeFromAcceptLanguage(headers?.acceptLanguage),
      requestId: flatUuid(),
      ip: ip ?? 'unknown',
      userAgent: headers?.userAgent ?? null,
      origin: headers?.origin ?? null,
      res: null,
      transport: 'ws',
    });
  }

  /**
   * Re-reads the socket's viewer (cached ≤ 2 s per credential): a session that expired or was
   * revoked closes the socket, and a changed role (a demoted platform admin) applies to the next
   * operation.
   */
  private async stillValid(connection: TransportConnection): Promise<boolean> {
    if (!connection.viewer) return true;
    const current = await this.socketViewers.current(connection.viewer);
    if (current instanceof CheckFailed) {
      this.closeOnFailure([connection.socket], current.error, 'a socket credential re-check failed');
      return false;
    }
    if (!current) {
      connection.socket.close(CLOSE_ACCESS_REVOKED, 'Credential no longer valid');
      return false;
    }
    connection.viewer = current;
    this.sockets.update(connection.socket, current);
    return true;
  }

  /** Clients that stopped reading: terminated, so their events stop queueing here. */
  private shedStalled(): void {
    const now = Date.now();
    this.budgets.sweep();
    this.shedAddresses.sweep(now);
    for (const socket of this.wss.clients) {
      if ((socket as SubscriptionSocket).guard.shedIfStalled(now, socket.bufferedAmount))
        this.logger.warn('a socket stopped reading for 10 s: terminated');
    }
  }

  /**
   * Sockets that only listen send no operations: a sweep closes those whose credential expired. It
   * awaits one answer per credential, not per socket: a thousand tabs of one session were a thousand
   * awaits of the same answer in one go, and an event arriving meanwhile waited for all of them.
   */
  private async sweep(): Promise<void> {
    const byCredential = new Map<string, { viewer: Viewer; sockets: WebSocket[] }>();
    for (const [socket, viewer] of this.sockets.entries()) {
      const credential = credentialOf(viewer);
      const opened = byCredential.get(credential) ?? { viewer, sockets: [] };
      opened.sockets.push(socket);
      byCredential.set(credential, opened);
    }
    for (const { viewer, sockets } of byCredential.values()) {
      const standing = await this.socketViewers.current(viewer);
      if (standing instanceof CheckFailed)
        this.closeOnFailure(sockets, standing.error, 'a socket credential sweep failed');
      else if (!standing)
        for (const socket of sockets) socket.close(CLOSE_ACCESS_REVOKED, 'Credential no longer valid');
    }
  }

  /** Closes every socket with 1001 (going away), as a shutting-down server should. */
  async stop(httpServer: Server): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.slots.stop();
    this.pings.stop();
    httpServer.off('upgrade', this.onUpgrade);
    for (const socket of this.wss.clients) socket.close(1001, 'Going away');
    this.wss.removeAllListeners();
    await new Promise<void>((resolve, reject) =>
      this.wss.close((error) => (error ? reject(error) : resolve())),
    );
  }
}
