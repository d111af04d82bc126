import { Field, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { MilestoneKind } from './planning-enums.js';

@InputType('MilestoneInput')
export class MilestoneInput {
  @Field(() => MilestoneKind) kind!: MilestoneKind;
  @Field(() => String) title!: string;
  @Field(() => GraphQLLocalDate) startsOn!: string;
  @Field(() => GraphQLLocalDate, { description: 'On or after startsOn' }) endsOn!: string;
  @Field(() => String, { nullable: true }) notes?: string | null;
}
