import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { RecommendationStatus } from '../../dtos/graphql-enums.js';

/** Absent fields stay as they are; `null` clears the owner or the due date. */
@InputType('UpdateRecommendationInput')
export class UpdateRecommendationInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => ID, { nullable: true }) ownerOrganizationId?: string | null;
  @Field(() => RecommendationStatus, {
    nullable: true,
    description: 'OPEN → IN_PROGRESS → DONE / DROPPED; DONE and DROPPED are final',
  })
  status?: RecommendationStatus | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueOn?: string | null;
}
