import { type IncomingMessage } from 'node:http';
import { type ContextHeaders } from './transport-connection.js';

/** Distinct header sets kept; past this the table starts over (sockets keep the object they got). */
const MAX_HEADER_SETS = 1_000;

/**
 * The three headers an operation's context needs, one object per distinct set: a browser's tabs
 * send the same user agent (100–200 characters), language and origin, and each socket would
 * otherwise keep its own copy of those strings for its whole life.
 */
export class ContextHeadersTable {
  private readonly sets = new Map<string, ContextHeaders>();

  of(request: IncomingMessage): ContextHeaders {
    const headers: ContextHeaders = {
      userAgent: request.headers['user-agent'] ?? null,
      acceptLanguage: request.headers['accept-language'],
      origin: typeof request.headers.origin === 'string' ? request.headers.origin : null,
    };
    const key = JSON.stringify([headers.userAgent, headers.acceptLanguage ?? null, headers.origin]);
    const known = this.sets.get(key);
    if (known) return known;
    if (this.sets.size >= MAX_HEADER_SETS) this.sets.clear();
    this.sets.set(key, headers);
    return headers;
  }
}
