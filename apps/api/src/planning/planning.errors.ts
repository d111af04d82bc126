import { ErrorCode, PlanningErrorReason, RelationshipErrorReason } from '@ecw/domain';
import { defineErrors } from '../core/errors/domain.exception.js';

const PlanningError = defineErrors(PlanningErrorReason, {
  [PlanningErrorReason.NOT_AN_AUTHORITY_MEMBER]: ErrorCode.FORBIDDEN,
  [PlanningErrorReason.NEEDS_VERIFIED_MEMBERSHIP]: ErrorCode.FORBIDDEN,
  [PlanningErrorReason.TIMELINE_OWNER_ONLY]: ErrorCode.FORBIDDEN,
  [PlanningErrorReason.AUTHORITY_ONLY]: ErrorCode.FORBIDDEN,
  [PlanningErrorReason.NOT_TAKING_PART]: ErrorCode.FORBIDDEN,
});

export const notAuthorityMember = () =>
  PlanningError(PlanningErrorReason.NOT_AN_AUTHORITY_MEMBER, {
    messageKey: 'planning.field.notAuthorityMember',
    fieldErrors: [{ field: 'authorityOrganizationId', message: 'planning.field.notAuthorityMember' }],
  });

export const needsVerifiedMembership = () =>
  PlanningError(PlanningErrorReason.NEEDS_VERIFIED_MEMBERSHIP, {
    messageKey: 'planning.error.needsVerifiedMembership',
  });

/** The named authority is the creator's own but not verified yet: the verification refusal, on that field. */
export const unverifiedAuthority = () =>
  PlanningError(PlanningErrorReason.NEEDS_VERIFIED_MEMBERSHIP, {
    messageKey: 'planning.field.notVerifiedOrganization',
    fieldErrors: [{ field: 'authorityOrganizationId', message: 'planning.field.notVerifiedOrganization' }],
  });

export const timelineOwnerOnly = () =>
  PlanningError(PlanningErrorReason.TIMELINE_OWNER_ONLY, { messageKey: 'planning.error.timelineOwnerOnly' });

export const authorityOnly = () =>
  PlanningError(PlanningErrorReason.AUTHORITY_ONLY, { messageKey: 'planning.error.authorityOnly' });

export const notTakingPart = () =>
  PlanningError(PlanningErrorReason.NOT_TAKING_PART, {
    messageKey: 'planning.error.notTakingPart',
    fieldErrors: [{ field: 'organizationIds', message: 'planning.error.notTakingPart' }],
  });

const RelationshipError = defineErrors(RelationshipErrorReason, {
  [RelationshipErrorReason.ALREADY_EXISTS]: ErrorCode.CONFLICT,
  [RelationshipErrorReason.WRONG_STATUS]: ErrorCode.CONFLICT,
  [RelationshipErrorReason.RECIPIENT_ONLY]: ErrorCode.FORBIDDEN,
  [RelationshipErrorReason.ADMIN_ONLY]: ErrorCode.FORBIDDEN,
  [RelationshipErrorReason.OWN_SIDE_ONLY]: ErrorCode.FORBIDDEN,
});

export const relationshipExists = () =>
  RelationshipError(RelationshipErrorReason.ALREADY_EXISTS, {
    messageKey: 'planning.error.relationshipExists',
    fieldErrors: [{ field: 'toOrganizationId', message: 'planning.error.relationshipExists' }],
  });
export const wrongStatus = () =>
  RelationshipError(RelationshipErrorReason.WRONG_STATUS, {
    messageKey: 'planning.error.relationshipStatus',
  });
export const recipientOnly = () =>
  RelationshipError(RelationshipErrorReason.RECIPIENT_ONLY, { messageKey: 'planning.error.recipientOnly' });
export const relationshipAdminOnly = () =>
  RelationshipError(RelationshipErrorReason.ADMIN_ONLY, {
    messageKey: 'planning.error.relationshipAdminOnly',
  });
export const ownSideOnly = () =>
  RelationshipError(RelationshipErrorReason.OWN_SIDE_ONLY, { messageKey: 'planning.error.ownSideOnly' });
