import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { type ReviewSectionEntity } from '../review-section.entity.js';

/** `leadOrganization` and `markdown` are resolved fields; the lead's id stays server-side. */
@ObjectType('ReviewSection')
export class ReviewSectionOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) position!: number;
  reportId!: string;
  leadOrganizationId!: string | null;
}

export function toReviewSectionOutput(section: ReviewSectionEntity): ReviewSectionOutput {
  return {
    id: section.id,
    title: section.title,
    position: section.position,
    reportId: section.reportId,
    leadOrganizationId: section.leadOrganizationId,
  };
}
