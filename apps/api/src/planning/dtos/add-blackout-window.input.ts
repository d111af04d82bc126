import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

@InputType('AddBlackoutWindowInput')
export class AddBlackoutWindowInput {
  @Field(() => ID) electionId!: string;
  @Field(() => GraphQLLocalDate) startsOn!: string;
  @Field(() => GraphQLLocalDate) endsOn!: string;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
