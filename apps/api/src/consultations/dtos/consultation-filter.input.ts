import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsultationStanding, ConsultationStatus } from './graphql-enums.js';

@InputType('ConsultationFilter')
export class ConsultationFilter {
  @Field(() => ConsultationStatus, { nullable: true }) status?: ConsultationStatus | null;
  @Field(() => ID, { nullable: true }) electionId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) countryCode?: string | null;
  @Field(() => ConsultationStanding, {
    nullable: true,
    description:
      'Only those the viewer convenes (CONVENING) or is invited to (INVITED) through its organisations; both when null (beyond the contract).',
  })
  standing?: ConsultationStanding | null;
}
