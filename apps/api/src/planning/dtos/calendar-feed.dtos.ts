import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

@InputType('CreateCalendarFeedInput')
export class CreateCalendarFeedInput {
  @Field(() => ID, { nullable: true, description: 'An organisation the viewer belongs to' }) organizationId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Or an election' }) electionId?: string | null;
}

@InputType('RevokeCalendarFeedInput')
export class RevokeCalendarFeedInput {
  @Field(() => ID) id!: string;
}

@ObjectType('CalendarFeed')
export class CalendarFeedOutput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The secret address, shown only now' }) url!: string;
}
