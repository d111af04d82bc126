import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { type BlackoutWindowEntity } from '../elections/blackout-window.entity.js';

@ObjectType('BlackoutWindow', {
  description: 'A period in which the election authority has no capacity to engage.',
})
export class BlackoutWindowOutput {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLLocalDate) startsOn!: string;
  @Field(() => GraphQLLocalDate) endsOn!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

export function toBlackoutWindowOutput(window: BlackoutWindowEntity): BlackoutWindowOutput {
  return { id: window.id, startsOn: window.startsOn, endsOn: window.endsOn, reason: window.reason };
}
