import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RevokeInvitationInput')
export class RevokeInvitationInput {
  @Field(() => ID) id!: string;
}
