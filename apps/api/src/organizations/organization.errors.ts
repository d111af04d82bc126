import { ErrorCode, OrganizationErrorReason } from '@ecw/domain';
import { defineErrors } from '../core/errors/domain.exception.js';

export { OrganizationErrorReason };

export const OrganizationError = defineErrors(OrganizationErrorReason, {
  [OrganizationErrorReason.ALREADY_MEMBER]: ErrorCode.CONFLICT,
  [OrganizationErrorReason.LAST_OWNER]: ErrorCode.CONFLICT,
  [OrganizationErrorReason.OWNER_ONLY]: ErrorCode.FORBIDDEN,
  [OrganizationErrorReason.INVITATION_FOR_ANOTHER_EMAIL]: ErrorCode.FORBIDDEN,
});

/** Only an OWNER grants OWNER or touches an OWNER's membership; the field says which input was refused. */
export const ownerOnly = (field: string) =>
  OrganizationError(OrganizationErrorReason.OWNER_ONLY, {
    messageKey: 'field.ownerOnly',
    fieldErrors: [{ field, message: 'field.ownerOnly' }],
  });

export const lastOwner = (field: string) =>
  OrganizationError(OrganizationErrorReason.LAST_OWNER, {
    messageKey: 'field.lastOwner',
    fieldErrors: [{ field, message: 'field.lastOwner' }],
  });
