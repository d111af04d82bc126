import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('ProposeRelationshipInput')
export class ProposeRelationshipInput {
  @Field(() => ID, { description: 'An organisation the proposer is OWNER or ADMIN of' })
  fromOrganizationId!: string;
  @Field(() => ID) toOrganizationId!: string;
  @Field(() => ID, { nullable: true }) electionId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Sent to the other side's OWNERs and ADMINs in their notification of the proposal; not kept on the relationship",
  })
  note?: string | null;
}
