import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('AcceptReceivedInvitationInput')
export class AcceptReceivedInvitationInput {
  @Field(() => ID) id!: string;
}
