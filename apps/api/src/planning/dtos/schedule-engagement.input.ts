import { Field, ID, InputType } from '@nestjs/graphql';
import { EngagementKind } from './planning-enums.js';

@InputType('ScheduleEngagementInput')
export class ScheduleEngagementInput {
  @Field(() => ID) electionId!: string;
  @Field(() => EngagementKind) kind!: EngagementKind;
  @Field(() => String) title!: string;
  @Field(() => Date) startsAt!: Date;
  @Field(() => Date, { description: 'After startsAt' }) endsAt!: Date;
  @Field(() => [ID], { description: 'The scheduler belongs to at least one of them' })
  organizationIds!: string[];
}
