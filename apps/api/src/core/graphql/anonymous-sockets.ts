import { type WebSocket } from 'ws';

/** Sockets without a credential allowed at once from one client address. */
export const MAX_ANONYMOUS_SOCKETS_PER_ADDRESS = 50;
/** A socket without a credential is closed after this: it can only run public operations. */
export const ANONYMOUS_SOCKET_LIFETIME_MS = 10_000;

/**
 * Open sockets that carry no credential, by client address: capped per address and closed after a
 * short while, so nobody holds thousands of idle connections without signing in.
 */
export class AnonymousSockets {
  private readonly addressOf = new Map<WebSocket, string>();
  private readonly countByAddress = new Map<string, number>();

  admit(address: string, socket: WebSocket): boolean {
    const count = this.countByAddress.get(address) ?? 0;
    if (count >= MAX_ANONYMOUS_SOCKETS_PER_ADDRESS) return false;
    this.countByAddress.set(address, count + 1);
    this.addressOf.set(socket, address);
    return true;
  }

  remove(socket: WebSocket): void {
    const address = this.addressOf.get(socket);
    if (address === undefined) return;
    this.addressOf.delete(socket);
    const left = (this.countByAddress.get(address) ?? 1) - 1;
    if (left > 0) this.countByAddress.set(address, left);
    else this.countByAddress.delete(address);
  }
}
