import { MembershipRole, roleAtLeast } from '@ecw/domain';

/**
 * What the organisation page offers the viewer. The API enforces the same rules; these
 * only hide controls that would be refused anyway.
 */
export interface OrganizationPermissions {
  isMember: boolean;
  canManage: boolean;
}

export function organizationPermissions(viewerRole: MembershipRole | null): OrganizationPermissions {
  return {
    isMember: viewerRole !== null,
    canManage: roleAtLeast(viewerRole, MembershipRole.ADMIN),
  };
}
