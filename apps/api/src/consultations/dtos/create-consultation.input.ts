import { Field, ID, InputType } from '@nestjs/graphql';
import { AttributionRule, BriefVisibility } from './graphql-enums.js';

@InputType('CreateConsultationInput')
export class CreateConsultationInput {
  @Field(() => ID) convenorOrganizationId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Markdown' }) description!: string;
  @Field(() => ID, { nullable: true }) electionId?: string | null;
  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes, 1 to 60' }) countryCodes!: string[];
  @Field(() => AttributionRule) attributionRule!: AttributionRule;
  @Field(() => BriefVisibility) briefVisibility!: BriefVisibility;
  @Field(() => Date, { nullable: true }) opensAt?: Date | null;
  @Field(() => Date, { nullable: true }) closesAt?: Date | null;
  @Field(() => [String], { nullable: true, description: 'Prompts, in order' }) questions?: string[] | null;
}
