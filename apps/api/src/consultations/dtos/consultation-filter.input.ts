import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsultationStatus } from './graphql-enums.js';

@InputType('ConsultationFilter')
export class ConsultationFilter {
  @Field(() => ConsultationStatus, { nullable: true }) status?: ConsultationStatus | null;
  @Field(() => ID, { nullable: true }) electionId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) countryCode?: string | null;
}
