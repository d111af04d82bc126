import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { type GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/** Bytes accepted in one HTTP body or one WebSocket message. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/**
 * graphql-armor throws a rejection out of `validate` by default: Apollo then answers 500 and
 * graphql-ws closes the socket with the message as reason. Reported, it is an ordinary validation
 * error (400 GRAPHQL_VALIDATION_FAILED over HTTP, an `error` message over WebSocket).
 */
const REPORT_REJECTION = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/**
 * Depth, cost and alias limits, applied before execution to HTTP operations (Apollo's
 * validationRules) and to WebSocket operations (the subscription server's onSubscribe) alike.
 * Depth 12 admits our deepest legitimate query (organization → members → edges → node → user → …)
 * with room to spare, and refuses anything nested 12 connections deep (≥ 24 levels).
 */
export const OPERATION_LIMIT_RULES: ValidationRule[] = [
  maxDepthRule({ n: 12, exposeLimits: true, flattenFragments: true, ...REPORT_REJECTION }),
  costLimitRule({
    maxCost: 5000,
    objectCost: 2,
    scalarCost: 1,
    depthCostFactor: 1.5,
    exposeLimits: true,
    ...REPORT_REJECTION,
  }),
  maxAliasesRule({ n: 15, exposeLimits: true, ...REPORT_REJECTION }),
] as unknown as ValidationRule[];
