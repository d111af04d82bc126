import { Catch, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { type RequestContext } from '../context/request-context.js';
import { translate } from '../i18n/translate.js';
import { DomainException } from './domain.exception.js';
import { PUBLIC_ERROR } from './format-error.js';

/** The one place a DomainException becomes a GraphQL error, with messages in the viewer's locale. */
@Catch(DomainException)
export class DomainExceptionFilter implements GqlExceptionFilter {
  catch(exception: DomainException, host: ArgumentsHost): GraphQLError {
    const context = GqlArgumentsHost.create(host).getContext<RequestContext | undefined>();
    return toGraphQLError(exception, context?.locale ?? 'en');
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
