/** Reasons (`extensions.reason`) the organisations feature's errors carry, for clients that react to them. */
export enum OrganizationErrorReason {
  ALREADY_MEMBER = 'ORGANIZATION_ALREADY_MEMBER',
  LAST_OWNER = 'ORGANIZATION_LAST_OWNER',
  OWNER_ONLY = 'ORGANIZATION_OWNER_ONLY',
  INVITATION_FOR_ANOTHER_EMAIL = 'ORGANIZATION_INVITATION_FOR_ANOTHER_EMAIL',
}
