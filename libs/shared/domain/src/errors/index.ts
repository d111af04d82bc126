import { AccountErrorReason } from './accounts.js';
import { CoreErrorReason } from './core.js';
import { OrganizationErrorReason } from './organizations.js';

export { AccountErrorReason, CoreErrorReason, OrganizationErrorReason };

/**
 * Every reason a client may switch on (`extensions.reason`): the union of each feature's
 * reasons. A feature adds its enum in `errors/<feature>.ts` and one entry to each list below.
 */
export type ErrorReason = CoreErrorReason | AccountErrorReason | OrganizationErrorReason;

const ERROR_REASONS: ReadonlySet<string> = new Set<string>([
  ...Object.values(CoreErrorReason),
  ...Object.values(AccountErrorReason),
  ...Object.values(OrganizationErrorReason),
]);

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && ERROR_REASONS.has(value);
}
