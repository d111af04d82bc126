import { ErrorCode } from '@ecw/domain';
import { defineErrors } from '../core/errors/domain.exception.js';

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
  /** Same strings as AccountSecurityReason in @ecw/domain, which the web app switches on. */
  EMAIL_UNCONFIRMED = 'ACCOUNT_EMAIL_UNCONFIRMED',
  EMAIL_CONFIRMATION_UNAVAILABLE = 'ACCOUNT_EMAIL_CONFIRMATION_UNAVAILABLE',
  SUDO_REQUIRED = 'ACCOUNT_SUDO_REQUIRED',
}

export const AccountError = defineErrors(AccountErrorReason, {
  [AccountErrorReason.EMAIL_TAKEN]: ErrorCode.CONFLICT,
  [AccountErrorReason.INVALID_CREDENTIALS]: ErrorCode.UNAUTHENTICATED,
  [AccountErrorReason.MFA_REQUIRED]: ErrorCode.BAD_USER_INPUT,
  [AccountErrorReason.MFA_CODE_WRONG]: ErrorCode.BAD_USER_INPUT,
  [AccountErrorReason.MFA_NOT_PENDING]: ErrorCode.CONFLICT,
  [AccountErrorReason.MFA_ALREADY_ENABLED]: ErrorCode.CONFLICT,
  [AccountErrorReason.MFA_NOT_ENABLED]: ErrorCode.CONFLICT,
  [AccountErrorReason.PASSWORD_WRONG]: ErrorCode.BAD_USER_INPUT,
  [AccountErrorReason.TOKEN_INVALID]: ErrorCode.BAD_USER_INPUT,
  [AccountErrorReason.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [AccountErrorReason.NEEDS_HTTP]: ErrorCode.BAD_USER_INPUT,
  [AccountErrorReason.NEEDS_SESSION]: ErrorCode.FORBIDDEN,
  [AccountErrorReason.EMAIL_UNCONFIRMED]: ErrorCode.FORBIDDEN,
  [AccountErrorReason.EMAIL_CONFIRMATION_UNAVAILABLE]: ErrorCode.CONFLICT,
  [AccountErrorReason.SUDO_REQUIRED]: ErrorCode.FORBIDDEN,
});
