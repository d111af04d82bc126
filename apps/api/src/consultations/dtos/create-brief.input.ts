import { Field, ID, InputType } from '@nestjs/graphql';
import { BriefAnswerInput } from './brief-answer.input.js';
import { BriefTopic, RiskLevel } from './graphql-enums.js';

@InputType('CreateBriefInput')
export class CreateBriefInput {
  @Field(() => ID) consultationId!: string;
  @Field(() => ID, { description: 'The submitting organisation' }) organizationId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Markdown' }) body!: string;
  @Field(() => [BriefTopic]) topics!: BriefTopic[];
  @Field(() => [String], { nullable: true }) regions?: string[] | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => [BriefAnswerInput], { nullable: true }) answers?: BriefAnswerInput[] | null;
}
