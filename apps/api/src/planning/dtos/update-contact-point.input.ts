import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ContactChannelInput } from './contact-channel.input.js';
import { EscalationTier } from './planning-enums.js';

@InputType('UpdateContactPointInput')
export class UpdateContactPointInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => [ContactChannelInput], { nullable: true }) channels?: ContactChannelInput[] | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => String, { nullable: true }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) availability?: string | null;
  @Field(() => EscalationTier, { nullable: true }) escalationTier?: EscalationTier | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) validFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) validUntil?: string | null;
}
