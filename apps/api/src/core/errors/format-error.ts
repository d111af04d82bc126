import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@ecw/domain';
import { type Logger } from 'pino';
import { translate } from '../i18n/translate.js';

/** Marks a GraphQLError built by our exception filter: its message and extensions are safe to show. */
export const PUBLIC_ERROR = Symbol('PUBLIC_ERROR');

/** Codes graphql-js and Apollo raise for malformed requests; their messages describe the request only. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function isPublicError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError && (error as unknown as Record<symbol, unknown>)[PUBLIC_ERROR] === true
  );
}

/**
 * The last word on every error that leaves the API (HTTP and WebSocket): our coded errors pass with
 * their message and extensions, request errors pass without internals, anything else becomes
 * INTERNAL_SERVER_ERROR with a correlation id that is also in the log. No stack, path or SQL leaves.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isPublicError(original)) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { ...original.extensions },
      };
    }
    const code = formatted.extensions?.code;
    const isRequestError =
      typeof code === 'string' &&
      REQUEST_ERROR_CODES.has(code) &&
      !(original instanceof Error && !(original instanceof GraphQLError));
    if (isRequestError) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    const correlationId = randomUUID();
    logger.error({ err: original, correlationId, path: formatted.path }, 'unexpected error');
    return {
      message: translate('en', 'error.internal', { correlationId }),
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, correlationId },
    };
  };
}
