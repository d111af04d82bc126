/**
 * Reasons (`extensions.reason`) the account-security rules give, for the web app to react to: the
 * API's `AccountErrorReason` uses the same strings.
 */
export enum AccountSecurityReason {
  /** The action needs an e-mail address the account has proved it owns. */
  EMAIL_UNCONFIRMED = 'ACCOUNT_EMAIL_UNCONFIRMED',
  /** No mail server is configured: a platform admin, or an invitation link, confirms the address instead. */
  EMAIL_CONFIRMATION_UNAVAILABLE = 'ACCOUNT_EMAIL_CONFIRMATION_UNAVAILABLE',
  /** Sudo mode: enter the password again (reauthenticate), then retry. */
  SUDO_REQUIRED = 'ACCOUNT_SUDO_REQUIRED',
  /** A read-only API token tried a mutation. */
  TOKEN_READ_ONLY = 'ACCOUNT_TOKEN_READ_ONLY',
}
