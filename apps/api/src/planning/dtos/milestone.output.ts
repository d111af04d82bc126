import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { type MilestoneEntity } from '../elections/milestone.entity.js';
import { MilestoneKind } from './planning-enums.js';

@ObjectType('Milestone')
export class MilestoneOutput {
  @Field(() => ID) id!: string;
  @Field(() => MilestoneKind) kind!: MilestoneKind;
  @Field(() => String) title!: string;
  @Field(() => GraphQLLocalDate) startsOn!: string;
  @Field(() => GraphQLLocalDate) endsOn!: string;
  @Field(() => String, { nullable: true }) notes!: string | null;
}

export function toMilestoneOutput(milestone: MilestoneEntity): MilestoneOutput {
  return {
    id: milestone.id,
    kind: milestone.kind,
    title: milestone.title,
    startsOn: milestone.startsOn,
    endsOn: milestone.endsOn,
    notes: milestone.notes,
  };
}
