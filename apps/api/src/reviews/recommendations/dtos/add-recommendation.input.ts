import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@InputType('AddRecommendationInput')
export class AddRecommendationInput {
  @Field(() => ID) reportId!: string;
  @Field(() => String) text!: string;
  @Field(() => ID, { nullable: true, description: 'One of the report’s co-author organisations' })
  ownerOrganizationId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueOn?: string | null;
}
