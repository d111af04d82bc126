export enum OrganizationKind {
  TECH_COMPANY = 'TECH_COMPANY',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  ELECTION_AUTHORITY = 'ELECTION_AUTHORITY',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  ACADEMIC = 'ACADEMIC',
  OTHER = 'OTHER',
}

export enum MembershipRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
  VIEWER = 'VIEWER',
}

const ROLE_RANK: Record<MembershipRole, number> = {
  [MembershipRole.OWNER]: 4,
  [MembershipRole.ADMIN]: 3,
  [MembershipRole.MEMBER]: 2,
  [MembershipRole.VIEWER]: 1,
};

/** True when `role` is at least as strong as `required` (OWNER > ADMIN > MEMBER > VIEWER). */
export function roleAtLeast(role: MembershipRole | null | undefined, required: MembershipRole): boolean {
  return role != null && ROLE_RANK[role] >= ROLE_RANK[required];
}
