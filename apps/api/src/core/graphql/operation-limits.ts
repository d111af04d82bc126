import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { type ValidationRule } from 'graphql';

/** Bytes accepted in one HTTP body or one WebSocket message. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/**
 * Depth, cost and alias limits, applied before execution to HTTP operations (Apollo's
 * validationRules) and to WebSocket operations (the subscription server's onSubscribe) alike.
 * Depth 12 admits our deepest legitimate query (organization → members → edges → node → user → …)
 * with room to spare, and refuses anything nested 12 connections deep (≥ 24 levels).
 */
export const OPERATION_LIMIT_RULES: ValidationRule[] = [
  maxDepthRule({ n: 12, exposeLimits: true, flattenFragments: true }),
  costLimitRule({ maxCost: 5000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, exposeLimits: true }),
  maxAliasesRule({ n: 15, exposeLimits: true }),
] as unknown as ValidationRule[];
