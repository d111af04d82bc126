import { CreateCoreSchema1764000000000 } from './1764000000000-create-core-schema.js';
import { ConfirmEmailAddresses1764200000000 } from './1764200000000-confirm-email-addresses.js';
import { GiveApiTokensExpiryAndScope1764200000002 } from './1764200000002-give-api-tokens-expiry-and-scope.js';
import { RememberWhenSessionsEnteredPassword1764200000001 } from './1764200000001-remember-when-sessions-entered-password.js';

/** Every migration, oldest first. Migrations are never edited once landed: add a new one. */
export const MIGRATIONS = [
  CreateCoreSchema1764000000000,
  ConfirmEmailAddresses1764200000000,
  RememberWhenSessionsEnteredPassword1764200000001,
  GiveApiTokensExpiryAndScope1764200000002,
];
