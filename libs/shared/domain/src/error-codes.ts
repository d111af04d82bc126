/** The public error codes (`extensions.code`), as the contract names them. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  /** A dependency (the database) is briefly unreachable: retry after `extensions.retryAfterSeconds`. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Finer reasons some errors carry in `extensions.reason`, for clients that react to them. */
export enum ErrorReason {
  MFA_REQUIRED = 'MFA_REQUIRED',
}

export interface FieldError {
  field: string;
  message: string;
}
