import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('ProposeRelationshipInput')
export class ProposeRelationshipInput {
  @Field(() => ID, { description: 'An organisation the proposer is OWNER or ADMIN of' })
  fromOrganizationId!: string;
  @Field(() => ID) toOrganizationId!: string;
  @Field(() => ID, { nullable: true }) electionId?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Sent to the other side with the proposal, not stored',
  })
  note?: string | null;
}
