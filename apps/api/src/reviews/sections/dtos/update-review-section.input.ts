import { Field, ID, InputType, Int } from '@nestjs/graphql';

/** Rename, move or change the lead of a section; absent fields stay, a null lead clears it. */
@InputType('UpdateReviewSectionInput')
export class UpdateReviewSectionInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => Int, { nullable: true, description: 'The new 0-based position among live sections' })
  position?: number | null;
  @Field(() => ID, { nullable: true }) leadOrganizationId?: string | null;
}
