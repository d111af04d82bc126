import { ConfirmEmailAddresses1764200000000 } from './1764200000000-confirm-email-addresses.js';
import { RememberWhenSessionsEnteredPassword1764200000001 } from './1764200000001-remember-when-sessions-entered-password.js';
import { GiveApiTokensExpiryAndScope1764200000002 } from './1764200000002-give-api-tokens-expiry-and-scope.js';
import { MakeMailedSignUpsWaitForConfirmation1764700000000 } from './1764700000000-make-mailed-sign-ups-wait-for-confirmation.js';
import { RecordPendingEmailChanges1764705000000 } from './1764705000000-record-pending-email-changes.js';

/** The accounts feature's migrations, oldest first (the core schema creates its tables). Never edit a landed one. */
export const ACCOUNT_MIGRATIONS = [
  ConfirmEmailAddresses1764200000000,
  RememberWhenSessionsEnteredPassword1764200000001,
  GiveApiTokensExpiryAndScope1764200000002,
  MakeMailedSignUpsWaitForConfirmation1764700000000,
  RecordPendingEmailChanges1764705000000,
];
