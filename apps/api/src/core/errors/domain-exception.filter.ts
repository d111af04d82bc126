import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlContextType, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { type RequestContext } from '../context/request-context.js';
import { translate } from '../i18n/translate.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { DomainException, serviceUnavailable } from './domain.exception.js';
import { PUBLIC_ERROR } from './format-error.js';

/**
 * The one place a DomainException becomes a GraphQL error, with messages in the viewer's locale.
 * A lost database connection becomes SERVICE_UNAVAILABLE here too (a retry will do, it is no bug);
 * anything else goes on to `formatError`, which hides it behind a correlation id.
 */
@Catch()
export class DomainExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | undefined {
    // Catching everything catches HTTP controllers' exceptions too (/readyz's 503): Nest answers those.
    if (host.getType<GqlContextType>() !== 'graphql') {
      super.catch(exception, host);
      return undefined;
    }
    const domainException =
      exception instanceof DomainException
        ? exception
        : isDatabaseUnavailable(exception)
          ? serviceUnavailable()
          : null;
    if (!domainException) throw exception;
    const context = GqlArgumentsHost.create(host).getContext<RequestContext | undefined>();
    return toGraphQLError(domainException, context?.locale ?? 'en');
  }
}

export function toGraphQLError(exception: DomainException, locale: string): GraphQLError {
  const { params, fieldErrors, retryAfterSeconds } = exception.details;
  const extensions: Record<string, unknown> = { code: exception.code, reason: exception.reason };
  if (fieldErrors?.length) {
    extensions['fieldErrors'] = fieldErrors.map((problem) => ({
      field: problem.field,
      message: translate(locale, problem.message, problem.params),
    }));
  }
  if (retryAfterSeconds !== undefined) extensions['retryAfterSeconds'] = retryAfterSeconds;
  const error = new GraphQLError(translate(locale, exception.messageKey, params), { extensions });
  Object.defineProperty(error, PUBLIC_ERROR, { value: true });
  return error;
}
