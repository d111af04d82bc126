import { Field, ObjectType } from '@nestjs/graphql';
import { type InvitationEntity } from '../invitation.entity.js';
import { MembershipRole } from '../../core/graphql/shared-enums.js';

/** What the accept-invitation page shows to whoever holds the link: no ids, no inviter, no members. */
@ObjectType('InvitationPreview')
export class InvitationPreviewOutput {
  @Field(() => String) organizationName!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => String) email!: string;
  @Field(() => Date) expiresAt!: Date;
}

export function toInvitationPreviewOutput(
  invitation: InvitationEntity,
  organizationName: string,
): InvitationPreviewOutput {
  return {
    organizationName,
    role: invitation.role,
    email: invitation.email,
    expiresAt: invitation.expiresAt,
  };
}
