import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('AddReviewSectionInput')
export class AddReviewSectionInput {
  @Field(() => ID) reportId!: string;
  @Field(() => String) title!: string;
  @Field(() => Int, { nullable: true, description: 'Default: after the last section' }) position?:
    number | null;
  @Field(() => ID, { nullable: true }) leadOrganizationId?: string | null;
}
