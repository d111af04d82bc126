import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type ReviewVersionEntity } from '../review-version.entity.js';
import { FrozenReviewSectionOutput, toFrozenReviewSectionOutput } from './frozen-review-section.output.js';

/** `createdBy` is a resolved field; its id stays server-side. */
@ObjectType('ReviewVersion')
export class ReviewVersionOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { description: 'SHA-256 hex of markdown (its UTF-8 bytes)' }) contentHash!: string;
  @Field(() => String, { description: 'The whole report frozen at this version' }) markdown!: string;
  @Field(() => [FrozenReviewSectionOutput], {
    description: 'The sections this version froze, by position; restoreReviewSection puts one back',
  })
  sections!: FrozenReviewSectionOutput[];
  createdById!: string | null;
}

export function toReviewVersionOutput(version: ReviewVersionEntity): ReviewVersionOutput {
  return {
    id: version.id,
    label: version.label,
    createdAt: version.createdAt,
    contentHash: version.contentHash,
    markdown: version.markdown,
    sections: [...version.sections].sort((a, b) => a.position - b.position).map(toFrozenReviewSectionOutput),
    createdById: version.createdBy,
  };
}
