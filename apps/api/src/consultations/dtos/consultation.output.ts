import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf, type ConnectionShape } from '../../core/graphql/connection.js';
import { OrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { can } from '../../core/policy/can.js';
import { consultationResource } from '../../core/policy/resources/consultation.policy.js';
import { acceptsSubmissions, type ConsultationRecord } from '../consultation.record.js';
import { AttributionRule, BriefVisibility, ConsultationStatus } from './graphql-enums.js';

@ObjectType('ConsultationQuestion')
export class ConsultationQuestionOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) prompt!: string;
  @Field(() => Int) position!: number;
}

@ObjectType('ConsultationOutcome')
export class ConsultationOutcomeOutput {
  @Field(() => String, { description: 'Markdown: "what we heard and what we will do"' }) summary!: string;
  @Field(() => Date) publishedAt!: Date;
}

/**
 * Built from a record read for one viewer: `questions` and `participants` (scoped to the viewer) come
 * with it; `briefs`, `election` and `dashboard` are resolved fields.
 */
@ObjectType('Consultation')
export class ConsultationOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Markdown' }) description!: string;
  @Field(() => OrganizationOutput) convenor!: OrganizationOutput;
  @Field(() => [String]) countryCodes!: string[];
  @Field(() => ConsultationStatus) status!: ConsultationStatus;
  @Field(() => AttributionRule) attributionRule!: AttributionRule;
  @Field(() => BriefVisibility) briefVisibility!: BriefVisibility;
  @Field(() => Date, { nullable: true }) opensAt!: Date | null;
  @Field(() => Date, { nullable: true }) closesAt!: Date | null;
  @Field(() => ConsultationOutcomeOutput, { nullable: true }) outcome!: ConsultationOutcomeOutput | null;
  @Field(() => Boolean, { description: 'Whether the viewer may submit a brief now' })
  viewerCanSubmit!: boolean;
  @Field(() => Int, {
    description: 'How many organisations are invited (a participant sees only its own in `participants`).',
  })
  participantCount!: number;
  @Field(() => [ConsultationQuestionOutput]) questions!: ConsultationQuestionOutput[];
  @Field(() => [OrganizationOutput], {
    description:
      'The convenor sees every invited organisation; a participant only its own (see participantCount).',
  })
  participants!: OrganizationOutput[];
  @Field(() => Date) createdAt!: Date;
  /** Not a field: resolves `election` through the planning feature. */
  electionId!: string | null;
}

export const ConsultationConnection = connectionOf(ConsultationOutput, 'Consultation');
export type ConsultationConnection = ConnectionShape<ConsultationOutput>;

export function toConsultationOutput(c: ConsultationRecord): ConsultationOutput {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    convenor: c.convenor,
    countryCodes: c.countryCodes,
    status: c.status,
    attributionRule: c.attributionRule,
    briefVisibility: c.briefVisibility,
    opensAt: c.opensAt,
    closesAt: c.closesAt,
    outcome:
      c.outcomeSummary !== null && c.outcomePublishedAt !== null
        ? { summary: c.outcomeSummary, publishedAt: c.outcomePublishedAt }
        : null,
    viewerCanSubmit:
      acceptsSubmissions(c) && can(c.subject, 'consultation.submit', consultationResource(c.id, c.facts)),
    participantCount: c.participantCount,
    questions: c.questions,
    participants: c.participants,
    createdAt: c.createdAt,
    electionId: c.electionId,
  };
}
