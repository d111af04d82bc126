import { AccountErrorReason } from './errors/accounts.js';
import { ConsultationErrorReason } from './errors/consultations.js';
import { CoreErrorReason } from './errors/core.js';
import { OrganizationErrorReason } from './errors/organizations.js';
import { PlanningErrorReason } from './errors/planning.js';
import { ReviewErrorReason } from './errors/reviews.js';

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

/**
 * Every finer reason an error may carry in `extensions.reason`, keyed by its own value, for clients
 * that react to them (`ErrorReason.MFA_REQUIRED`, `ErrorReason.ORGANIZATION_LAST_OWNER`...). Each
 * feature keeps its reasons in `errors/<feature>.ts`; add a new feature's enum to this list.
 */
const FEATURE_REASONS = [
  CoreErrorReason,
  AccountErrorReason,
  OrganizationErrorReason,
  PlanningErrorReason,
  ConsultationErrorReason,
  ReviewErrorReason,
] as const;
type ValueOf<T> = T extends unknown ? T[keyof T] : never;
export type ErrorReason = ValueOf<(typeof FEATURE_REASONS)[number]>;
export const ErrorReason = Object.fromEntries(
  FEATURE_REASONS.flatMap((reasons) => Object.values(reasons).map((reason) => [reason, reason])),
) as { readonly [R in ErrorReason]: R };

export interface FieldError {
  field: string;
  message: string;
}
