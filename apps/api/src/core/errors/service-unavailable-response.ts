import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DATABASE_RETRY_AFTER_SECONDS, serviceUnavailable } from './domain.exception.js';
import { toGraphQLError } from './domain-exception.filter.js';
import { PUBLIC_ERROR } from './format-error.js';

/**
 * The answer to an HTTP request whose context could not be built because the database is
 * unreachable (the viewer's session cannot be read): 503 with `Retry-After`, and the same coded,
 * translated SERVICE_UNAVAILABLE error a resolver would give.
 */
export function serviceUnavailableOverHttp(locale: string): GraphQLError {
  const coded = toGraphQLError(serviceUnavailable(), locale);
  const retryAfter = String(DATABASE_RETRY_AFTER_SECONDS);
  const error = new GraphQLError(coded.message, {
    extensions: {
      ...coded.extensions,
      http: { status: 503, headers: new HeaderMap([['retry-after', retryAfter]]) },
    },
  });
  Object.defineProperty(error, PUBLIC_ERROR, { value: true });
  return error;
}
