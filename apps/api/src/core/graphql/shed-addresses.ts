import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Sockets from one address that may be shed for abuse (message floods, oversize or broken frames) in a window. */
export const SHEDS_PER_ADDRESS = 10;
const SHED_WINDOW_SECONDS = 60;
/** How long an address past that budget is refused new sockets. */
const SHED_BLOCK_SECONDS = 60;

/**
 * Client addresses whose sockets keep being shed. A shed socket that simply reconnects would get a
 * fresh connection, and each new connection costs a credential lookup in PostgreSQL before any
 * budget applies: an address past SHEDS_PER_ADDRESS is refused new sockets at the upgrade, before
 * any work, for SHED_BLOCK_SECONDS. Its sockets already open (and other addresses) are untouched.
 * Only shed sockets count, so an office opening a thousand tabs behind one address is never refused.
 * Per instance: a flooder is shed by the instance it floods.
 */
export class ShedAddresses {
  private readonly sheds = new RateLimiterMemory({
    keyPrefix: 'ws-shed',
    points: SHEDS_PER_ADDRESS,
    duration: SHED_WINDOW_SECONDS,
    blockDuration: SHED_BLOCK_SECONDS,
  });
  /** Refused addresses and until when (ms): read synchronously in the upgrade, before the socket is handed to `ws`. */
  private readonly blockedUntil = new Map<string, number>();

  /** Counts one shed socket of `address`; past the budget the address is refused new sockets. */
  count(address: string): void {
    this.sheds.consume(address).catch((refusal: unknown) => {
      if (refusal instanceof RateLimiterRes)
        this.blockedUntil.set(address, Date.now() + refusal.msBeforeNext);
    });
  }

  /** Forgets refusals that have run out (addresses that never came back). */
  sweep(now: number): void {
    for (const [address, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(address);
  }

  /** Seconds until `address` may open sockets again; 0 when it may now. */
  refusedFor(address: string): number {
    const until = this.blockedUntil.get(address);
    if (until === undefined) return 0;
    const left = until - Date.now();
    if (left > 0) return Math.ceil(left / 1000);
    this.blockedUntil.delete(address);
    return 0;
  }
}
