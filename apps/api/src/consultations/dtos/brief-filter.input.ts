import { Field, InputType } from '@nestjs/graphql';
import { BriefStatus, BriefTopic, RiskLevel } from './graphql-enums.js';

/** Narrows a consultation's briefs; every condition is served by an index. */
@InputType('BriefFilter')
export class BriefFilter {
  @Field(() => BriefStatus, { nullable: true }) status?: BriefStatus | null;
  @Field(() => BriefTopic, { nullable: true }) topic?: BriefTopic | null;
  @Field(() => RiskLevel, { nullable: true }) riskLevel?: RiskLevel | null;
  @Field(() => String, { nullable: true, description: 'One of the brief’s regions, exactly' }) region?:
    string | null;
  @Field(() => String, { nullable: true, description: 'BCP-47, e.g. "sw"' }) language?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over title, summary and body (web-search syntax), in the brief’s and the reader’s language',
  })
  search?: string | null;
}
