import { Field, ID, InputType } from '@nestjs/graphql';
import { BriefAnswerInput } from './brief-answer.input.js';
import { BriefTopic, RiskLevel } from './graphql-enums.js';

/** Absent fields stay as they are; `answers` replaces every answer. */
@InputType('UpdateBriefInput')
export class UpdateBriefInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => [BriefTopic], { nullable: true }) topics?: BriefTopic[] | null;
  @Field(() => [String], { nullable: true }) regions?: string[] | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => RiskLevel, { nullable: true }) riskLevel?: RiskLevel | null;
  @Field(() => [BriefAnswerInput], { nullable: true }) answers?: BriefAnswerInput[] | null;
}
