import { CoreErrorReason, ErrorCode } from '@ecw/domain';
import { type MessageKey } from '../i18n/messages.js';
import { type MessageParams } from '../i18n/translate.js';

/** A field-level problem; `message` is rendered in the viewer's locale by the error filter. */
export interface FieldProblem {
  field: string;
  message: MessageKey;
  params?: MessageParams;
}

/**
 * The one exception type rules throw. Each feature names its reasons in a string enum and maps
 * every reason to a public `ErrorCode` with an exhaustive table (see `defineErrors`), so an
 * unmapped reason is a compile error and clients can switch on `extensions.code`.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly messageKey: MessageKey,
    readonly details: {
      params?: MessageParams;
      fieldErrors?: FieldProblem[];
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(reason);
    this.name = 'DomainException';
  }
}

const DEFAULT_MESSAGE: Record<ErrorCode, MessageKey> = {
  [ErrorCode.UNAUTHENTICATED]: 'error.unauthenticated',
  [ErrorCode.FORBIDDEN]: 'error.forbidden',
  [ErrorCode.NOT_FOUND]: 'error.notFound',
  [ErrorCode.BAD_USER_INPUT]: 'error.badInput',
  [ErrorCode.CONFLICT]: 'error.conflict',
  [ErrorCode.RATE_LIMITED]: 'error.rateLimited',
  [ErrorCode.INTERNAL_SERVER_ERROR]: 'error.internal',
};

/**
 * Builds a feature's exception factory from its reason enum and an exhaustive reason → code table.
 *
 *   export const AccountError = defineErrors(AccountErrorReason, { [AccountErrorReason.EMAIL_TAKEN]: ErrorCode.CONFLICT, ... });
 *   throw AccountError(AccountErrorReason.EMAIL_TAKEN, { fieldErrors: [...] });
 */
export function defineErrors<R extends string>(_reasons: Record<string, R>, codes: Record<R, ErrorCode>) {
  return (reason: R, details: DomainException['details'] & { messageKey?: MessageKey } = {}): DomainException => {
    const code = codes[reason];
    const { messageKey, ...rest } = details;
    return new DomainException(code, reason, messageKey ?? DEFAULT_MESSAGE[code], rest);
  };
}

export { CoreErrorReason };

export const CoreError = defineErrors(CoreErrorReason, {
  [CoreErrorReason.UNAUTHENTICATED]: ErrorCode.UNAUTHENTICATED,
  [CoreErrorReason.FORBIDDEN]: ErrorCode.FORBIDDEN,
  [CoreErrorReason.NOT_FOUND]: ErrorCode.NOT_FOUND,
  [CoreErrorReason.INVALID_INPUT]: ErrorCode.BAD_USER_INPUT,
  [CoreErrorReason.RATE_LIMITED]: ErrorCode.RATE_LIMITED,
});

export const notFound = () => CoreError(CoreErrorReason.NOT_FOUND);
export const forbidden = () => CoreError(CoreErrorReason.FORBIDDEN);
export const unauthenticated = () => CoreError(CoreErrorReason.UNAUTHENTICATED);
export const invalidInput = (fieldErrors: FieldProblem[]) => CoreError(CoreErrorReason.INVALID_INPUT, { fieldErrors });
export const rateLimited = (retryAfterSeconds: number) =>
  CoreError(CoreErrorReason.RATE_LIMITED, { retryAfterSeconds, params: { seconds: retryAfterSeconds } });
