import { TokenBucket } from 'limiter';
import { WebSocket } from 'ws';

/** Close code for a socket that sent messages faster than any client needs to (policy violation). */
export const CLOSE_TOO_MANY_MESSAGES = 1008;

/** Messages one socket may send in a burst and per second; each further socket of the account adds a little. */
const MESSAGE_BURST = 200;
const MESSAGES_PER_SECOND = 50;
const BURST_PER_EXTRA_SOCKET = 4;
const RATE_PER_EXTRA_SOCKET = 1;
/** How long a shed socket's close frame gets to go out before the connection is cut. */
const SHED_GRACE_MS = 100;
/** An account's budget with no socket left is forgotten once it has been idle this long. */
const IDLE_BUDGET_MS = 10_000;

/**
 * A token bucket of messages (limiter's TokenBucket: a synchronous decision per frame). A socket starts
 * with one of its own; once authenticated it draws on its account's, shared by all that account's
 * sockets, so re-connecting does not refill it (a flood from sockets that are shed and re-opened runs
 * dry, while a newsroom's thousand tabs get a larger one: the bucket's size and rate follow the
 * account's open sockets).
 */
export class MessageBudget {
  private readonly bucket = new TokenBucket({
    bucketSize: MESSAGE_BURST,
    tokensPerInterval: MESSAGES_PER_SECOND,
    interval: 'second',
  });

  constructor(private readonly sockets: () => number = () => 1) {
    this.resize();
    // A new budget starts full: a client's first burst (its subscriptions after a reconnect) passes.
    this.bucket.content = this.bucket.bucketSize;
  }

  take(): boolean {
    this.resize();
    return this.bucket.tryRemoveTokens(1);
  }

  /**
   * Adds a socket's share at once when it joins the account. Without it an account opening many
   * sockets together (tabs restored after a reconnect) would wait for the refill to catch up with its
   * larger burst and be shed as a flood.
   */
  grantSocketShare(): void {
    this.resize();
    this.bucket.drip();
    this.bucket.content = Math.min(this.bucket.bucketSize, this.bucket.content + BURST_PER_EXTRA_SOCKET);
  }

  /** Milliseconds since the budget was last drawn on or granted (on the monotonic clock). */
  idleFor(): number {
    return performance.now() - this.bucket.lastDrip;
  }

  private resize(): void {
    const extra = Math.max(0, this.sockets() - 1);
    this.bucket.bucketSize = MESSAGE_BURST + BURST_PER_EXTRA_SOCKET * extra;
    this.bucket.tokensPerInterval = MESSAGES_PER_SECOND + RATE_PER_EXTRA_SOCKET * extra;
  }
}
/**
 * A send still not handed to the kernel after this long means the client stopped reading: its
 * events would otherwise queue on the server for as long as it keeps the connection open.
 */
export const SLOW_CONSUMER_MS = 10_000;
/** Bytes queued for one socket beyond which it is terminated at once, whatever their age. */
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;

/**
 * Per-socket guard against abuse that the protocol's own limits (1 MB frames, 100 operations at
 * once) do not catch: floods of messages and clients that never read. The work per message is a
 * subtraction.
 */
export class SocketAbuseGuard {
  /** The socket's own until it authenticates, then its account's (see MessageBudget). */
  budget = new MessageBudget();
  /** When the oldest send still waiting for the kernel was made; 0 while nothing waits. */
  private queuedSince = 0;
  /** Set once the socket has been shed: messages already received are not acted on. */
  shed = false;
  /**
   * Shed for what only a misbehaving client does (a flood, an oversize or broken frame), as opposed to
   * a client on a bad network that stopped answering: only these count against its address.
   */
  abusive = false;
  /** Whether the client answered the last keep-alive ping (see `keepAlive`). */
  alive = true;
  /** The client's address (see ShedAddresses), set when the connection opens. */
  address = '';

  constructor(private readonly socket: WebSocket) {}

  /** Counts one received message; closes the socket (and returns false) past the budget. */
  admitMessage(): boolean {
    if (this.shed) return false;
    if (this.budget.take()) return true;
    this.shed = true;
    this.abusive = true;
    this.socket.close(CLOSE_TOO_MANY_MESSAGES, 'Too many messages');
    // Stop reading at once: a flooder's kernel buffer can hold thousands more messages, each of which
    // would still be framed, and the transport loop would parse and answer it. The close frame gets a
    // moment to go out before the connection is cut.
    stopReading(this.socket);
    // A message `ws` had already framed is still emitted: nobody acts on it.
    this.socket.removeAllListeners('message');
    setTimeout(() => this.socket.terminate(), SHED_GRACE_MS).unref();
    return false;
  }

  /**
   * Notes one send from the bytes the socket had waiting for the kernel before and after it. A
   * healthy socket's send is written at once (nothing waits after it), so this costs no closure,
   * no timestamp and no write callback per send: with a callback Node schedules a tick and an
   * after-write call for every write, which a fan-out to a thousand sockets pays a thousand times.
   */
  noteSend(queuedBefore: number, queuedAfter: number): void {
    if (queuedAfter === 0) this.queuedSince = 0;
    else if (queuedBefore === 0 || this.queuedSince === 0) this.queuedSince = Date.now();
  }

  /**
   * Terminates the socket when its client has not read for SLOW_CONSUMER_MS (a close frame would
   * not get through). `queued` is what the socket has waiting now: once it is 0 everything sent so
   * far reached the kernel. Bytes queued by a frame that did not go through `send` (a ping) start
   * the clock here.
   */
  shedIfStalled(now: number, queued: number): boolean {
    if (queued === 0) {
      this.queuedSince = 0;
      return false;
    }
    if (this.queuedSince === 0) this.queuedSince = now;
    if (now - this.queuedSince < SLOW_CONSUMER_MS) return false;
    this.shedNow();
    return true;
  }

  shedNow(): void {
    this.shed = true;
    this.socket.terminate();
  }
}

/** The frame parser of a `ws` WebSocket (ws 8): the fields a shed empties, which ws has no public way to. */
interface FrameParser {
  _buffers: Buffer[];
  _bufferedBytes: number;
  _write(chunk: Buffer, encoding: BufferEncoding, done: () => void): void;
}

/** Takes further chunks and drops them (see `stopReading`). */
function dropChunk(_chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
  done();
}

/**
 * Stops a shed socket's bytes from costing anything more. `pause()` stops the TCP socket, not `ws`'s
 * frame parser: that goes on through the chunk it holds (a 64 KB chunk holds ~800 subscribes, one
 * framed per event-loop turn), and when the socket is destroyed it is handed whatever the paused TCP
 * socket had buffered (up to 16 KB) and frames that too before the close is reported: 570–1,190
 * messages framed after each shed, 11–16 ms of server CPU per shed flooding socket against 6–9 ms
 * once the parser also drops what it holds and whatever it is given from now on (docs/benchmarks.md,
 * socket flood, session 5).
 */
function stopReading(socket: WebSocket): void {
  socket.pause();
  const parser = (socket as unknown as { _receiver: FrameParser })._receiver;
  parser._buffers = [];
  parser._bufferedBytes = 0;
  parser._write = dropChunk;
}

type SendCallback = (error?: Error) => void;

/**
 * The server's sockets: a `ws` WebSocket that carries its guard and reports every send to it, so
 * a client that stopped reading is noticed without the transport loop knowing about it.
 */
export class GuardedWebSocket extends WebSocket {
  readonly guard = new SocketAbuseGuard(this);

  override send(
    data: Parameters<WebSocket['send']>[0],
    options?: object | SendCallback,
    cb?: SendCallback,
  ): void {
    const queued = this.bufferedAmount;
    if (queued > MAX_QUEUED_BYTES) {
      this.guard.shedNow();
      (typeof options === 'function' ? options : cb)?.();
      return;
    }
    // The caller's arguments as they are: no callback of ours (see SocketAbuseGuard.noteSend).
    super.send(data, options as object, cb);
    this.guard.noteSend(queued, this.bufferedAmount);
  }
}

/** Shared by every socket (`this` is the socket), so listening costs no closure per connection. */
function countMessage(this: WebSocket): void {
  (this as GuardedWebSocket).guard.admitMessage();
}

function markAlive(this: WebSocket): void {
  (this as GuardedWebSocket).guard.alive = true;
}

/**
 * `ws` reports a frame over `maxPayload` or a broken frame as an error, then closes the socket: that is
 * a shed too. `ws` would wait up to 30 s for the client's close frame, reading and discarding whatever
 * it keeps sending meanwhile: cut as a flooder is, once the close frame had a moment to go out.
 */
function markShed(this: WebSocket): void {
  const { guard } = this as GuardedWebSocket;
  guard.shed = true;
  guard.abusive = true;
  setTimeout(() => this.terminate(), SHED_GRACE_MS).unref();
}

/**
 * The socket's only 'error' listener: a client's oversize or broken frame is abuse to count, not an
 * internal error to log with a stack trace (graphql-ws's listener did that, so every abusive frame
 * wrote to the log). `ws` closes such a socket itself (1009, 1002…); `markShed` stays to count it.
 */
export function quietProtocolErrors(socket: GuardedWebSocket): void {
  socket.removeAllListeners('error');
  socket.on('error', markShed);
}

/** Starts guarding a new connection from `address`: its message budget, its keep-alive answers and its protocol errors. */
export function guardConnection(socket: GuardedWebSocket, address: string): void {
  socket.guard.address = address;
  socket.on('message', countMessage);
  socket.on('pong', markAlive);
}

/**
 * One keep-alive visit of some sockets (instead of a timer per socket, as graphql-ws's server
 * keep-alive kept; the server spreads the sockets over the interval, see StaggeredPass): a socket
 * that did not answer its previous ping is terminated, the others are pinged again.
 */
export function keepAlive(sockets: Iterable<WebSocket>): void {
  for (const socket of sockets as Iterable<GuardedWebSocket>) {
    if (socket.readyState !== WebSocket.OPEN) continue;
    if (!socket.guard.alive) {
      socket.guard.shedNow();
      continue;
    }
    socket.guard.alive = false;
    socket.ping();
  }
}

/** The message budgets of accounts with open sockets (and of those that left a moment ago). */
export class AccountBudgets {
  private readonly byUser = new Map<string, MessageBudget>();

  constructor(private readonly socketsOf: (userId: string) => number) {}

  /** The budget of the account a socket has just joined, with that socket's share added. */
  join(userId: string): MessageBudget {
    let budget = this.byUser.get(userId);
    if (!budget) {
      budget = new MessageBudget(() => this.socketsOf(userId));
      this.byUser.set(userId, budget);
    } else budget.grantSocketShare();
    return budget;
  }

  /** Forgets budgets whose account has no socket and has been quiet: kept meanwhile, so leaving and coming back does not refill them. */
  sweep(): void {
    for (const [userId, budget] of this.byUser)
      if (this.socketsOf(userId) === 0 && budget.idleFor() >= IDLE_BUDGET_MS) this.byUser.delete(userId);
  }
}
