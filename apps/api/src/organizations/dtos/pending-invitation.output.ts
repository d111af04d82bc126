import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type InvitationEntity } from '../invitation.entity.js';
import { MembershipRole } from '../../core/graphql/shared-enums.js';

/** An open invitation as its organisation's OWNERs and ADMINs list it: the token is never shown again. */
@ObjectType('PendingInvitation')
export class PendingInvitationOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Date) createdAt!: Date;
}

export function toPendingInvitationOutput(invitation: InvitationEntity): PendingInvitationOutput {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
  };
}
