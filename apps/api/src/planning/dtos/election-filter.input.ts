import { Field, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ElectionPhase } from './planning-enums.js';

@InputType('ElectionFilter')
export class ElectionFilter {
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) countryCode?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Election day on or after' }) from?:
    string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Election day on or before' }) to?:
    string | null;
  @Field(() => ElectionPhase, { nullable: true, description: 'The phase today (beyond the contract)' })
  phase?: ElectionPhase | null;
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, or the country code (beyond the contract)',
  })
  search?: string | null;
}
