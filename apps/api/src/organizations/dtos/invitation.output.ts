import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type InvitationEntity } from '../invitation.entity.js';
import { MembershipRole } from '../../core/graphql/shared-enums.js';

/** A new invitation, shown once to the inviter with its secret (to hand over out of band). */
@ObjectType('Invitation')
export class InvitationOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => String, { description: 'Shown this once; only its keyed hash is stored' })
  acceptToken!: string;
  organizationId!: string;
}

export function toInvitationOutput(invitation: InvitationEntity, acceptToken: string): InvitationOutput {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    acceptToken,
    organizationId: invitation.organizationId,
  };
}
