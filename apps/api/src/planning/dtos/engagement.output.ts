import { Field, ID, ObjectType } from '@nestjs/graphql';
import { type EngagementEntity } from '../elections/engagement.entity.js';
import { EngagementKind } from './planning-enums.js';

/** An engagement, shown only to members of the organisations taking part; relations are resolved fields. */
@ObjectType('Engagement')
export class EngagementOutput {
  @Field(() => ID) id!: string;
  @Field(() => EngagementKind) kind!: EngagementKind;
  @Field(() => String) title!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date) endsAt!: Date;
  electionId!: string;
}

export function toEngagementOutput(engagement: EngagementEntity): EngagementOutput {
  return {
    id: engagement.id,
    kind: engagement.kind,
    title: engagement.title,
    startsAt: engagement.startsAt,
    endsAt: engagement.endsAt,
    electionId: engagement.electionId,
  };
}
