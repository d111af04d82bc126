import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { type CompiledQuery } from 'graphql-jit';
import { CompiledQueries } from './compiled-queries.js';

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * HTTP queries run through graphql-jit instead of graphql-js's per-field interpreter (ADR 0009).
 * Apollo has parsed and validated the document (with our depth, alias and cost limits) and built
 * the request's context before `responseForOperation`; this hook only replaces execution, calling
 * the schema's own resolve functions (Nest's guarded wrappers, carried fields) with that context.
 *
 * Mutations stay on graphql-js: they are few per page, their root fields must run one after the
 * other with each one's transaction, and nothing is gained there worth a second executor's risk.
 * An operation graphql-jit cannot compile, or whose variables do not coerce (no resolver has run
 * then), is left to Apollo, so those requests get graphql-js's own answer and messages.
 */
export function compiledExecutionPlugin(
  formatError: FormatError,
  compiled = new CompiledQueries(),
): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        responseForOperation: async ({
          schema,
          document,
          queryHash,
          operationName,
          operation,
          contextValue,
          request,
        }) => {
          if (operation.operation !== 'query' || queryHash === undefined) return null;
          const query = compiled.get(schema, document, queryHash, operationName);
          if (!query) return null;
          const result = await run(query, contextValue, request.variables);
          if (!('data' in result)) return null;
          return response(result, formatError);
        },
      }),
  };
}

/**
 * The compiled operation's result. graphql-jit lets a few failures escape instead of reporting them
 * at a field (an abstract type it cannot resolve; our schema has none): resolvers may have run, so
 * the request is not run again; it answers an internal error, as any unexpected failure does.
 */
async function run(
  query: CompiledQuery,
  context: unknown,
  variables: Record<string, unknown> | undefined,
): Promise<ExecutionResult> {
  try {
    return await query.query(undefined, context, variables ?? {});
  } catch (error) {
    const escaped = error instanceof Error ? error : new Error(String(error));
    return { data: null, errors: [new GraphQLError(escaped.message, { originalError: escaped })] };
  }
}

/** What Apollo's own pipeline would answer for this result (its `formatErrors`, in short). */
function response(result: ExecutionResult, formatError: FormatError): GraphQLResponse {
  const http = { headers: new HeaderMap(), status: undefined as number | undefined };
  const body: GraphQLResponse['body'] = { kind: 'single', singleResult: { data: result.data } };
  if (result.errors?.length) {
    body.singleResult.errors = result.errors.map((jitError) => {
      const error = asLocatedError(jitError);
      try {
        return formatError(enriched(error, http), error);
      } catch {
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
    });
  }
  return { http, body };
}

/**
 * The error graphql-js would have built: a GraphQLError at the field's path whose `originalError`
 * is what the resolver threw or returned (graphql-jit's own error type keeps the path and the
 * original but has no `extensions` when the original has none, which Apollo's formatting needs).
 */
function asLocatedError(jitError: GraphQLError): GraphQLError {
  const error = new GraphQLError(jitError.message, {
    path: jitError.path,
    originalError: jitError.originalError ?? new Error(jitError.message),
  });
  (error as { locations: GraphQLError['locations'] }).locations = jitError.locations;
  return error;
}

/** Apollo's `enrichError`: a code on every error, and `extensions.http` moved into the HTTP head. */
function enriched(
  error: GraphQLError,
  http: { headers: HeaderMap; status: number | undefined },
): GraphQLFormattedError {
  const extensions: Record<string, unknown> = {
    ...error.extensions,
    code: error.extensions['code'] ?? 'INTERNAL_SERVER_ERROR',
  };
  const head = extensions['http'] as { status?: number; headers?: Map<string, string> } | undefined;
  if (head && typeof head === 'object') {
    if (typeof head.status === 'number') http.status = head.status;
    for (const [name, value] of head.headers ?? []) http.headers.set(name, value);
    delete extensions['http'];
  }
  return { ...error.toJSON(), extensions };
}
