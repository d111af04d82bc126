import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('RemoveReviewSectionInput')
export class RemoveReviewSectionInput {
  @Field(() => ID) id!: string;
}
