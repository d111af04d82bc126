/** Reasons (`extensions.reason`) the accounts feature's errors carry, for clients that react to them. */
export enum AccountErrorReason {
  EMAIL_TAKEN = 'ACCOUNT_EMAIL_TAKEN',
  INVALID_CREDENTIALS = 'ACCOUNT_INVALID_CREDENTIALS',
  /** The shared reason clients switch on (ErrorReason.MFA_REQUIRED in @ecw/domain). */
  MFA_REQUIRED = 'MFA_REQUIRED',
  MFA_CODE_WRONG = 'ACCOUNT_MFA_CODE_WRONG',
  MFA_NOT_PENDING = 'ACCOUNT_MFA_NOT_PENDING',
  MFA_ALREADY_ENABLED = 'ACCOUNT_MFA_ALREADY_ENABLED',
  MFA_NOT_ENABLED = 'ACCOUNT_MFA_NOT_ENABLED',
  PASSWORD_WRONG = 'ACCOUNT_PASSWORD_WRONG',
  TOKEN_INVALID = 'ACCOUNT_TOKEN_INVALID',
  NOT_FOUND = 'ACCOUNT_NOT_FOUND',
  NEEDS_HTTP = 'ACCOUNT_NEEDS_HTTP',
  NEEDS_SESSION = 'ACCOUNT_NEEDS_SESSION',
  /** The action needs an e-mail address the account has proved it owns. */
  EMAIL_UNCONFIRMED = 'ACCOUNT_EMAIL_UNCONFIRMED',
  /** No mail server is configured: a platform admin, or an invitation link, confirms the address instead. */
  EMAIL_CONFIRMATION_UNAVAILABLE = 'ACCOUNT_EMAIL_CONFIRMATION_UNAVAILABLE',
  /** Sudo mode: enter the password again (reauthenticate), then retry. */
  SUDO_REQUIRED = 'ACCOUNT_SUDO_REQUIRED',
}
