import { Field, ID, InputType } from '@nestjs/graphql';

/** Puts a section's text back as a version froze it (and the section itself, if it was removed). */
@InputType('RestoreReviewSectionInput')
export class RestoreReviewSectionInput {
  @Field(() => ID) versionId!: string;
  @Field(() => ID) sectionId!: string;
}
