/** Reasons the core itself raises. */
export enum CoreErrorReason {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The database is briefly unreachable (code SERVICE_UNAVAILABLE): retry after retryAfterSeconds. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** A read-only API token tried a mutation. */
  TOKEN_READ_ONLY = 'ACCOUNT_TOKEN_READ_ONLY',
}
