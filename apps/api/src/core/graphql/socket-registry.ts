import { type WebSocket } from 'ws';
import { type Viewer } from '../auth/viewer.js';

/** Close code for a socket whose credential was revoked: the client must authenticate again. */
export const CLOSE_ACCESS_REVOKED = 4401;
/** Close code (Service Restart) for sockets that may have missed events: the client reconnects and refetches. */
export const CLOSE_EVENTS_MISSED = 1012;

/**
 * The open subscription sockets of this instance, by account and credential: enforces the
 * per-account cap and lets a revoked session or token close its sockets at once.
 */
export class SocketRegistry {
  private readonly byUser = new Map<string, Map<WebSocket, Viewer>>();
  private readonly owner = new Map<WebSocket, string>();

  add(viewer: Viewer, socket: WebSocket, maxPerAccount: number): boolean {
    const sockets = this.byUser.get(viewer.userId) ?? new Map<WebSocket, Viewer>();
    if (sockets.size >= maxPerAccount) return false;
    sockets.set(socket, viewer);
    this.byUser.set(viewer.userId, sockets);
    this.owner.set(socket, viewer.userId);
    return true;
  }

  remove(socket: WebSocket): void {
    const userId = this.owner.get(socket);
    if (userId === undefined) return;
    this.owner.delete(socket);
    const sockets = this.byUser.get(userId);
    if (sockets?.delete(socket) && sockets.size === 0) this.byUser.delete(userId);
  }

  /** Every open socket with the viewer it authenticated as. */
  *entries(): IterableIterator<[WebSocket, Viewer]> {
    for (const sockets of this.byUser.values()) yield* sockets;
  }

  /** The socket's viewer changed (a role, a locale): later checks and closes use the new one. */
  update(socket: WebSocket, viewer: Viewer): void {
    const sockets = this.byUser.get(viewer.userId);
    if (sockets?.has(socket)) sockets.set(socket, viewer);
  }

  countFor(userId: string): number {
    return this.byUser.get(userId)?.size ?? 0;
  }

  /** Closes the sockets opened with matching credentials (a session, a token, or all of a user's). */
  close(match: { userId: string; sessionId?: string; apiTokenId?: string }, reason: string): number {
    const sockets = this.byUser.get(match.userId);
    if (!sockets) return 0;
    let closed = 0;
    for (const [socket, viewer] of sockets) {
      const matches =
        (match.sessionId === undefined && match.apiTokenId === undefined) ||
        (match.sessionId !== undefined && viewer.sessionId === match.sessionId) ||
        (match.apiTokenId !== undefined && viewer.apiTokenId === match.apiTokenId);
      if (matches) {
        socket.close(CLOSE_ACCESS_REVOKED, reason);
        closed += 1;
      }
    }
    return closed;
  }

  /** Closes every socket, e.g. after events were lost: each client reconnects (with its own back-off). */
  closeAll(code: number, reason: string): number {
    let closed = 0;
    for (const [socket] of this.entries()) {
      socket.close(code, reason);
      closed += 1;
    }
    return closed;
  }
}
