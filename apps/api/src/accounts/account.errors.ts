import { AccountErrorReason, ErrorCode } from '@ecw/domain';
import { defineErrors } from '../core/errors/domain.exception.js';

export { AccountErrorReason };

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
});
