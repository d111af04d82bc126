import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorCode, ErrorReason, type FieldError } from '@ecw/domain';
import type { GraphQLFormattedError } from 'graphql';

/** What the UI needs to know about a failed operation, read from the API's error conventions. */
export interface GraphQLProblem {
  /** `extensions.code`; null when the request never got a GraphQL answer (network, 5xx). */
  code: ErrorCode | null;
  /** `extensions.reason`, any feature's reason from `@ecw/domain`; null when absent or unknown. */
  reason: ErrorReason | null;
  /** The server's message (already in the viewer's language); empty for network failures. */
  message: string;
  /** Field errors with their whole path from the operation's input (`contacts.2.phone`). */
  fieldErrors: FieldError[];
  retryAfterSeconds: number | null;
}

const ERROR_CODES = new Set<string>(Object.values(ErrorCode));

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && ERROR_CODES.has(value);
}

/** Any feature's reason: `ErrorReason` in @ecw/domain gathers every `errors/<feature>.ts`. */
function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(ErrorReason, value);
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, message } = entry as Record<string, unknown>;
    return typeof field === 'string' && typeof message === 'string' ? [{ field, message }] : [];
  });
}

function readRetryAfter(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.ceil(value) : null;
}

function fromGraphQLErrors(errors: ReadonlyArray<GraphQLFormattedError>): GraphQLProblem {
  const first = errors[0];
  const extensions = first?.extensions ?? {};
  return {
    code: isErrorCode(extensions.code) ? extensions.code : null,
    reason: isErrorReason(extensions.reason) ? extensions.reason : null,
    message: first?.message ?? '',
    fieldErrors: errors.flatMap((error) => readFieldErrors(error.extensions?.fieldErrors)),
    retryAfterSeconds: readRetryAfter(extensions.retryAfterSeconds),
  };
}

/** Reads an error from an Apollo hook or a rejected mutation; null when there is none. */
export function readGraphQLProblem(error: unknown): GraphQLProblem | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  return { code: null, reason: null, message: '', fieldErrors: [], retryAfterSeconds: null };
}
