import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { type FrozenSection } from '../review-version.entity.js';

/**
 * A section as a version froze it, also one removed since: what restoring it needs. Its title is in
 * the version's Markdown already; the lead organisation stays server-side.
 */
@ObjectType('FrozenReviewSection')
export class FrozenReviewSectionOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => Int) position!: number;
}

export function toFrozenReviewSectionOutput(section: FrozenSection): FrozenReviewSectionOutput {
  return { id: section.id, title: section.title, position: section.position };
}
