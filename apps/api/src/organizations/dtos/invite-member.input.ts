import { Field, ID, InputType } from '@nestjs/graphql';
import { MembershipRole } from '../../core/graphql/shared-enums.js';

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) email!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
}
