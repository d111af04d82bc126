import { ConsultationErrorReason, ErrorCode } from '@ecw/domain';
import { defineErrors } from '../core/errors/domain.exception.js';
import { type MessageKey } from '../core/i18n/messages.js';

const ConsultationError = defineErrors(ConsultationErrorReason, {
  [ConsultationErrorReason.NOT_OPEN]: ErrorCode.CONFLICT,
  [ConsultationErrorReason.WRONG_STATUS]: ErrorCode.CONFLICT,
  [ConsultationErrorReason.ATTRIBUTION_FROZEN]: ErrorCode.CONFLICT,
  [ConsultationErrorReason.BRIEF_VISIBILITY_FROZEN]: ErrorCode.CONFLICT,
  [ConsultationErrorReason.NOT_INVITED]: ErrorCode.FORBIDDEN,
  [ConsultationErrorReason.BRIEF_WRONG_STATUS]: ErrorCode.CONFLICT,
  [ConsultationErrorReason.OWN_BRIEF]: ErrorCode.FORBIDDEN,
});

const MESSAGE: Record<ConsultationErrorReason, MessageKey> = {
  [ConsultationErrorReason.NOT_OPEN]: 'consultations.error.notOpen',
  [ConsultationErrorReason.WRONG_STATUS]: 'consultations.error.wrongStatus',
  [ConsultationErrorReason.ATTRIBUTION_FROZEN]: 'consultations.error.attributionFrozen',
  [ConsultationErrorReason.BRIEF_VISIBILITY_FROZEN]: 'consultations.error.briefVisibilityFrozen',
  [ConsultationErrorReason.NOT_INVITED]: 'consultations.error.notInvited',
  [ConsultationErrorReason.BRIEF_WRONG_STATUS]: 'consultations.error.briefWrongStatus',
  [ConsultationErrorReason.OWN_BRIEF]: 'consultations.error.ownBrief',
};

/** Messages name no organisation or person: an error is seen by whoever caused it, under any attribution rule. */
export const consultationError = (reason: ConsultationErrorReason) =>
  ConsultationError(reason, { messageKey: MESSAGE[reason] });
