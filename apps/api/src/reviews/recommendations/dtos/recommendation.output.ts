import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { connectionOf } from '../../../core/graphql/connection.js';
import { RecommendationStatus } from '../../dtos/graphql-enums.js';
import { type ReviewRecommendationEntity } from '../review-recommendation.entity.js';

/** `owner` and `report` are resolved fields; their ids stay server-side. */
@ObjectType('Recommendation')
export class RecommendationOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) text!: string;
  @Field(() => RecommendationStatus) status!: RecommendationStatus;
  @Field(() => GraphQLLocalDate, { nullable: true }) dueOn!: string | null;
  ownerOrganizationId!: string | null;
  reportId!: string;
}

export const RecommendationConnection = connectionOf(RecommendationOutput, 'Recommendation');
export type RecommendationConnection = InstanceType<typeof RecommendationConnection>;

export function toRecommendationOutput(recommendation: ReviewRecommendationEntity): RecommendationOutput {
  return {
    id: recommendation.id,
    text: recommendation.text,
    status: recommendation.status,
    dueOn: recommendation.dueOn,
    ownerOrganizationId: recommendation.ownerOrganizationId,
    reportId: recommendation.reportId,
  };
}
