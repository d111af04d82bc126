import { defineFeature } from '../core/feature/define-feature.js';
import { AccountsModule } from './accounts.module.js';
import { ACCOUNT_MESSAGES } from './accounts.messages.js';
import { ACCOUNT_MIGRATIONS } from './migrations/index.js';

/** Accounts: sign-up and sign-in, sessions, API tokens, second factor, password reset, platform admins. */
export const accountsFeature = defineFeature({
  name: 'accounts',
  module: AccountsModule,
  messages: ACCOUNT_MESSAGES,
  auditActions: [
    'account.signed_up',
    'account.signed_in',
    'account.sign_in_failed',
    'account.signed_out',
    'account.password_changed',
    'account.password_reset_requested',
    'account.password_reset',
    'account.session_revoked',
    'account.mfa_enabled',
    'account.mfa_disabled',
    'account.platform_admin_granted',
    'account.platform_admin_revoked',
    'api_token.created',
    'api_token.revoked',
    'account.email_confirmation_sent',
    'account.email_confirmed',
    'account.email_change_requested',
    'account.email_changed',
  ],
  notificationKinds: {
    passwordResetLinkIssued: { message: 'notification.passwordResetLinkIssued' },
  },
  migrations: ACCOUNT_MIGRATIONS,
});
