import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { MilestoneInput } from './milestone.input.js';
import { ElectionType } from './planning-enums.js';

@InputType('CreateElectionInput')
export class CreateElectionInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2' }) countryCode!: string;
  @Field(() => ElectionType) type!: ElectionType;
  @Field(() => GraphQLLocalDate) electionDay!: string;
  @Field(() => String, { description: 'An IANA time zone, e.g. Africa/Nairobi' }) timeZone!: string;
  @Field(() => ID, { nullable: true, description: 'An election authority the creator belongs to' })
  authorityOrganizationId?: string | null;
  @Field(() => [MilestoneInput], { nullable: true }) milestones?: MilestoneInput[] | null;
}
