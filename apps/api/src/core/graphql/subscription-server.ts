import { type IncomingMessage, type Server } from 'node:http';
import { type Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { type Logger } from 'pino';
import { type AppConfig } from '../config/app-config.js';
import { credentialFrom } from '../auth/request-credential.js';
import { type Credential, type Viewer, type ViewerResolver } from '../auth/viewer.js';
import { createRequestContext, type RequestContext } from '../context/request-context.js';
import { isDatabaseUnavailable } from '../errors/database-unavailable.js';
import { CoreErrorReason, ErrorCode } from '@ecw/domain';
import { createErrorFormatter, PUBLIC_ERROR } from '../errors/format-error.js';
import { localeFromAcceptLanguage, toSupportedLocale } from '../i18n/translate.js';
import { introspectionEnabled } from './graphql.config.js';
import { operationCostError } from './operation-cost.js';
import { AccountSocketSlots } from './account-socket-slots.js';
import { SocketViewers } from './socket-viewers.js';
import { CheckedDocuments, requestError } from './checked-documents.js';
import { SharedExecutions } from './shared-execution.js';
import { ANONYMOUS_SOCKET_LIFETIME_MS, AnonymousSockets } from './anonymous-sockets.js';
import { MAX_REQUEST_BYTES, OPERATION_LIMIT_RULES } from './operation-limits.js';
import { CLOSE_ACCESS_REVOKED, SocketRegistry } from './socket-registry.js';
import {
  AccountBudgets,
  GuardedWebSocket,
  guardConnection,
  keepAlive,
  quietProtocolErrors,
} from './socket-abuse.js';
import { ShedAddresses } from './shed-addresses.js';
import { isSameOrigin } from '../http/origin.js';
import { clientAddress } from '../http/client-address.js';

/** How often sockets that only listen have their credential checked: an expired one closes within this (+ 2 s). */
const SOCKET_SWEEP_MS = 5_000;

/** How often every socket is pinged; one that has not answered by the next ping is terminated (as graphql-ws's default). */
const KEEP_ALIVE_MS = 12_000;

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

function refuseTooMany(socket: WebSocket): false {
  socket.close(CloseCode.Forbidden, 'Too many open connections for this account');
  return false;
}

/** The error an operation gets on a socket whose credential stopped working (the socket closes too). */
function unauthenticatedOverSocket(): GraphQLError {
  return publicError('Sign in to continue.', ErrorCode.UNAUTHENTICATED, CoreErrorReason.UNAUTHENTICATED);
}

interface ConnectionExtra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  /** Until the connection is authenticated; then only `headers` is kept (an IncomingMessage is several KB). */
  request: IncomingMessage | undefined;
  headers?: ContextHeaders;
  viewer?: Viewer | null;
  credential?: Credential | null;
  ip?: string;
}

/** What an operation's context needs from the upgrade request. */
interface ContextHeaders {
  userAgent: string | null;
  acceptLanguage: string | undefined;
  origin: string | null;
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
    WebSocket: GuardedWebSocket,
    // One message per socket per event-loop turn: otherwise `ws` hands over a whole 64 KB chunk of a
    // flooder's messages at once, and everything else (other sockets' events) waits behind them.
    allowSynchronousEvents: false,
  });
  private disposable: { dispose(): void | Promise<void> } | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private keepAliveTimer: NodeJS.Timeout | null = null;
  private readonly socketViewers: SocketViewers;
  private readonly anonymous = new AnonymousSockets();
  private readonly executions = new SharedExecutions();
  private readonly budgets: AccountBudgets;
  private readonly shedAddresses = new ShedAddresses();
  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== GRAPHQL_PATH) return;
    // An address whose sockets keep being shed is refused here, before `ws` or the database do any work.
    const refusedFor = this.shedAddresses.refusedFor(clientAddress(req, this.config.env.TRUST_PROXY));
    if (refusedFor > 0) return refuseUpgrade(socket, refusedFor);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  };

  constructor(
    private readonly config: AppConfig,
    private readonly viewers: ViewerResolver,
    private readonly logger: Logger,
    readonly sockets: SocketRegistry,
    private readonly slots: AccountSocketSlots,
  ) {
    this.socketViewers = new SocketViewers(viewers);
    this.budgets = new AccountBudgets((userId) => sockets.countFor(userId));
  }

  start(httpServer: Server, schema: GraphQLSchema): void {
    const formatError = createErrorFormatter(this.logger);
    const rules = [
      ...specifiedRules,
      ...OPERATION_LIMIT_RULES,
      ...(introspectionEnabled(this.config) ? [] : [NoSchemaIntrospectionCustomRule]),
    ];
    const hideSchemaDetails = this.config.env.NODE_ENV === 'production';
    const documents = new CheckedDocuments(schema, rules, hideSchemaDetails);
    // Registered before graphql-ws's own listeners, so a message over the budget is counted (and the
    // socket shed) before graphql-ws acts on it.
    this.wss.on('connection', (socket: GuardedWebSocket, request: IncomingMessage) =>
      guardConnection(socket, clientAddress(request, this.config.env.TRUST_PROXY)),
    );
    this.disposable = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
      {
        schema,
        connectionInitWaitTimeout: 10_000,
        // Otherwise graphql-ws puts an unexpected error's message (SQL included) in the close reason.
        isProd: true,
        onConnect: (ctx) =>
          this.authenticate(ctx).catch((error: unknown) => this.refuseOnFailure(ctx, error)),
        onClose: (ctx) => {
          const { guard } = ctx.extra.socket as GuardedWebSocket;
          if (guard.abusive) this.shedAddresses.count(guard.address);
          this.sockets.remove(ctx.extra.socket);
          this.slots.release(ctx.extra.socket);
          this.anonymous.remove(ctx.extra.socket);
        },
        onSubscribe: async (ctx, _id, payload): Promise<readonly GraphQLError[] | ExecutionArgs> => {
          if ((ctx.extra.socket as GuardedWebSocket).guard.shed) return [tooManyOperations()];
          // The operation being subscribed is already counted in ctx.subscriptions.
          if (Object.keys(ctx.subscriptions).length > MAX_OPERATIONS_PER_SOCKET) return [tooManyOperations()];
          if (!(await this.stillValid(ctx.extra))) return [unauthenticatedOverSocket()];
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
        },
        context: (ctx, id) => {
          const context = this.contextFor(ctx);
          this.executions.deliverTo(context, ctx.extra.socket, id);
          return context;
        },
        subscribe: this.executions.subscribe,
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors
            ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
            : undefined,
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
      },
      this.wss,
      // No timer per socket: `keepAlive` pings them all from one interval.
      0,
    );
    this.wss.on('connection', quietProtocolErrors);
    httpServer.on('upgrade', this.onUpgrade);
    this.sweeper = setInterval(() => {
      this.shedStalled();
      this.sweep().catch((error: unknown) =>
        this.logger.error({ err: error }, 'socket credential sweep failed'),
      );
    }, SOCKET_SWEEP_MS);
    this.sweeper.unref();
    this.slots.start();
    this.keepAliveTimer = setInterval(() => keepAlive(this.wss.clients), KEEP_ALIVE_MS);
    this.keepAliveTimer.unref();
  }

  private async authenticate(
    ctx: Context<Record<string, unknown> | undefined, ConnectionExtra>,
  ): Promise<boolean> {
    const { request, socket } = ctx.extra;
    // graphql-ws refuses a second connection_init, so the request is still here.
    if (!request) return false;
    const fromParams = ctx.connectionParams?.['authorization'];
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
      ? await this.viewers.resolve(credential, { userAgent: request.headers['user-agent'] ?? null, ip })
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
    if (viewer) (socket as GuardedWebSocket).guard.budget = this.budgets.join(viewer.userId);
    const headers: ContextHeaders = {
      userAgent: request.headers['user-agent'] ?? null,
      acceptLanguage: request.headers['accept-language'],
      origin: typeof request.headers.origin === 'string' ? request.headers.origin : null,
    };
    Object.assign(ctx.extra, { viewer, credential, ip, headers, request: undefined });
    return true;
  }

  /** An unexpected failure while authenticating: the log has it under a correlation id, the client gets only the id. */
  private refuseOnFailure(
    ctx: Context<Record<string, unknown> | undefined, ConnectionExtra>,
    error: unknown,
  ): false {
    // 1013 "try again later": clients reconnect by themselves once the database is back.
    if (isDatabaseUnavailable(error)) {
      ctx.extra.socket.close(1013, 'Service unavailable: try again later');
      return false;
    }
    const correlationId = randomUUID();
    this.logger.error({ err: error, correlationId }, 'unexpected error while opening a socket');
    ctx.extra.socket.close(
      CloseCode.InternalServerError,
      `Internal server error (correlation id ${correlationId})`,
    );
    return false;
  }

  private contextFor(ctx: Context<Record<string, unknown> | undefined, ConnectionExtra>): RequestContext {
    const { headers, viewer, ip } = ctx.extra;
    return createRequestContext({
      viewer: viewer ?? null,
      locale: viewer ? toSupportedLocale(viewer.locale) : localeFromAcceptLanguage(headers?.acceptLanguage),
      requestId: randomUUID(),
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
  private async stillValid(extra: ConnectionExtra): Promise<boolean> {
    if (!extra.viewer) return true;
    const current = await this.socketViewers.current(extra.viewer);
    if (!current) {
      extra.socket.close(CLOSE_ACCESS_REVOKED, 'Credential no longer valid');
      return false;
    }
    extra.viewer = current;
    this.sockets.update(extra.socket, current);
    return true;
  }

  /** Clients that stopped reading: terminated, so their events stop queueing here. */
  private shedStalled(): void {
    const now = Date.now();
    this.budgets.sweep(now);
    this.shedAddresses.sweep(now);
    for (const socket of this.wss.clients) {
      if ((socket as GuardedWebSocket).guard.shedIfStalled(now))
        this.logger.warn('a socket stopped reading for 10 s: terminated');
    }
  }

  /** Sockets that only listen send no operations: a sweep closes those whose credential expired. */
  private async sweep(): Promise<void> {
    for (const [socket, viewer] of [...this.sockets.entries()]) {
      if (!(await this.socketViewers.current(viewer)))
        socket.close(CLOSE_ACCESS_REVOKED, 'Credential no longer valid');
    }
  }

  /** Closes every socket with 1001 (going away), as a shutting-down server should. */
  async stop(httpServer: Server): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    this.slots.stop();
    if (this.keepAliveTimer) clearInterval(this.keepAliveTimer);
    httpServer.off('upgrade', this.onUpgrade);
    await this.disposable?.dispose();
  }
}
