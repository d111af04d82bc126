import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('CreateReviewReportInput')
export class CreateReviewReportInput {
  @Field(() => String) title!: string;
  @Field(() => ID, { nullable: true }) electionId?: string | null;
  @Field(() => ID) ownerOrganizationId!: string;
  @Field(() => [ID], { nullable: true }) coAuthorOrganizationIds?: string[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Default: the standard debrief template, in your language',
  })
  sectionTitles?: string[] | null;
}
