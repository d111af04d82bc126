import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type ReviewVersionEntity } from '../review-version.entity.js';

/** `createdBy` is a resolved field; its id stays server-side. */
@ObjectType('ReviewVersion')
export class ReviewVersionOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) label!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String, { description: 'SHA-256 hex of markdown (its UTF-8 bytes)' }) contentHash!: string;
  @Field(() => String, { description: 'The whole report frozen at this version' }) markdown!: string;
  createdById!: string | null;
}

export function toReviewVersionOutput(version: ReviewVersionEntity): ReviewVersionOutput {
  return {
    id: version.id,
    label: version.label,
    createdAt: version.createdAt,
    contentHash: version.contentHash,
    markdown: version.markdown,
    createdById: version.createdBy,
  };
}
