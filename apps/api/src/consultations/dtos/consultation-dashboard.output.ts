import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ContextBriefOutput } from './context-brief.output.js';
import { BriefStatus, BriefTopic, RiskLevel } from './graphql-enums.js';

@ObjectType('BriefStatusCount')
export class BriefStatusCountOutput {
  @Field(() => BriefStatus) status!: BriefStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('BriefTopicCount')
export class BriefTopicCountOutput {
  @Field(() => BriefTopic) topic!: BriefTopic;
  @Field(() => Int) count!: number;
}

@ObjectType('RiskLevelCount')
export class RiskLevelCountOutput {
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => Int) count!: number;
}

/** The convenor's overview of submitted briefs; counts carry no organisation. */
@ObjectType('ConsultationDashboard')
export class ConsultationDashboardOutput {
  @Field(() => [BriefStatusCountOutput]) byStatus!: BriefStatusCountOutput[];
  @Field(() => [BriefTopicCountOutput]) byTopic!: BriefTopicCountOutput[];
  @Field(() => [RiskLevelCountOutput]) byRiskLevel!: RiskLevelCountOutput[];
  @Field(() => [ContextBriefOutput], {
    description:
      'Submitted or acknowledged briefs without a response, highest risk first, then oldest (at most 20)',
  })
  unanswered!: ContextBriefOutput[];
}
