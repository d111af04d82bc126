import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('BriefAnswerInput')
export class BriefAnswerInput {
  @Field(() => ID) questionId!: string;
  @Field(() => String) text!: string;
}
