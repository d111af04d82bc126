import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type InvitationEntity } from '../invitation.entity.js';
import { MembershipRole } from '../../core/graphql/shared-enums.js';

/** An invitation addressed to the viewer, as their list of received invitations shows it: no token. */
@ObjectType('ReceivedInvitation')
export class ReceivedInvitationOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) organizationName!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field(() => Date) expiresAt!: Date;
}

export function toReceivedInvitationOutput(
  invitation: InvitationEntity,
  organizationName: string,
): ReceivedInvitationOutput {
  return { id: invitation.id, organizationName, role: invitation.role, expiresAt: invitation.expiresAt };
}
