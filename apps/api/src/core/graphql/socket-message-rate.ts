import { randomUUID } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { type WebSocket } from 'ws';

/**
 * Messages one socket may send per second: enough to (re)subscribe the 100 operations it may hold
 * at once, plus connection_init and pings, after a reconnect.
 */
export const MAX_SOCKET_MESSAGES_PER_SECOND = 200;

/** 1008, policy violation: the socket sent more than its share; the client may reconnect. */
export const CLOSE_TOO_MANY_MESSAGES = 1008;

/**
 * Bounds the messages per second each socket sends (pings and completes too, which cost no
 * operation slot), closing a socket that floods. A socket lives on one instance, so memory suffices.
 */
export class SocketMessageRate {
  private readonly limiter = new RateLimiterMemory({
    keyPrefix: 'ws-messages',
    points: MAX_SOCKET_MESSAGES_PER_SECOND,
    duration: 1,
  });

  watch(socket: WebSocket): void {
    const key = randomUUID();
    socket.on('message', () => {
      this.limiter.consume(key).catch(() => {
        if (socket.readyState === socket.OPEN) {
          socket.close(
            CLOSE_TOO_MANY_MESSAGES,
            `Too many messages: at most ${MAX_SOCKET_MESSAGES_PER_SECOND} a second`,
          );
        }
      });
    });
  }
}
