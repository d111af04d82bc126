import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ContactChannelInput } from './contact-channel.input.js';
import { EscalationTier } from './planning-enums.js';

@InputType('AddContactPointInput')
export class AddContactPointInput {
  @Field(() => ID) relationshipId!: string;
  @Field(() => ID, { description: 'The viewer’s own side' }) organizationId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => [ContactChannelInput]) channels!: ContactChannelInput[];
  @Field(() => [String], { nullable: true, description: 'BCP-47' }) languages?: string[] | null;
  @Field(() => String, { nullable: true, description: 'IANA' }) timeZone?: string | null;
  @Field(() => String, { nullable: true }) availability?: string | null;
  @Field(() => EscalationTier) escalationTier!: EscalationTier;
  @Field(() => GraphQLLocalDate, { nullable: true }) validFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) validUntil?: string | null;
}
