import { ErrorCode, PlanningErrorReason } from '@ecw/domain';
import { defineErrors } from '../core/errors/domain.exception.js';

export const PlanningError = defineErrors(PlanningErrorReason, {
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

export const timelineOwnerOnly = () =>
  PlanningError(PlanningErrorReason.TIMELINE_OWNER_ONLY, { messageKey: 'planning.error.timelineOwnerOnly' });

export const authorityOnly = () =>
  PlanningError(PlanningErrorReason.AUTHORITY_ONLY, { messageKey: 'planning.error.authorityOnly' });

export const notTakingPart = () =>
  PlanningError(PlanningErrorReason.NOT_TAKING_PART, {
    messageKey: 'planning.error.notTakingPart',
    fieldErrors: [{ field: 'organizationIds', message: 'planning.error.notTakingPart' }],
  });
