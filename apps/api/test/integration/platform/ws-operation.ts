import { type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { type WsTestClient } from '../../support/ws-client.js';

/**
 * Runs a query or mutation over graphql-ws and resolves with its one result, or with the errors of
 * the `error` message the server answers a refused operation with (e.g. one that fails validation).
 */
export async function executeOverSocket<T = Record<string, unknown>>(
  ws: WsTestClient,
  query: string,
  variables?: Record<string, unknown>,
): Promise<FormattedExecutionResult<T>> {
  const operation = ws.subscribe<T>(query, variables);
  const end = await operation.ended;
  const [result] = operation.drain();
  if (result) return result as FormattedExecutionResult<T>;
  if (end.kind === 'error' && Array.isArray(end.error))
    return { errors: end.error as GraphQLFormattedError[] };
  throw new Error(`the operation ended without a result: ${JSON.stringify(end)}`);
}
