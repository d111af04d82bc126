/** Socket errors that mean "the server is not there right now", not "the request is wrong". */
const UNREACHABLE_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away, starting or full: class 08 (connection exception),
 * 57P01–57P03 (administrator or crash shutdown, cannot connect now) and 53300 (too many connections).
 */
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123]|53300)$/;

/** node-postgres and its pool say so in words only (no code) when a connection dies or never comes. */
const UNREACHABLE_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
];

/**
 * True when `error` (or what it wraps: TypeORM's `driverError`, GraphQL's `originalError`, a `cause`, an AggregateError's
 * errors) says the database could not be reached or dropped the connection. Such a failure is
 * temporary and is nobody's fault in the request, so it must not read as a bug.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  // Duck-typed: errors from another realm (Node's own under a test runner's VM) fail `instanceof Error`.
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, message, driverError, originalError, cause, errors } = error as Record<string, unknown>;
  if (typeof code === 'string' && (UNREACHABLE_ERRNOS.has(code) || UNAVAILABLE_SQLSTATES.test(code)))
    return true;
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.some((words) => message.includes(words)))
    return true;
  const wrapped = [driverError, originalError, cause, ...(Array.isArray(errors) ? errors : [])];
  return wrapped.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
