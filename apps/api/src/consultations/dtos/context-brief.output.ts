import { Field, ID, ObjectType } from '@nestjs/graphql';
import { declareCarriedField } from '../../core/graphql/carried-fields.js';
import { connectionOf, type ConnectionShape } from '../../core/graphql/connection.js';
import { translate } from '../../core/i18n/translate.js';
import { OrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { can } from '../../core/policy/can.js';
import { mayAttribute, unattributedTime } from '../../core/policy/resources/consultation.policy.js';
import { type ConsultationRecord } from '../consultation.record.js';
import { type BriefOnPage } from '../brief.record.js';
import { ConsultationQuestionOutput } from './consultation.output.js';
import { BriefStatus, BriefTopic, RiskLevel } from './graphql-enums.js';

@ObjectType('BriefAnswer')
export class BriefAnswerOutput {
  @Field(() => ConsultationQuestionOutput) question!: ConsultationQuestionOutput;
  @Field(() => String) text!: string;
}

@ObjectType('BriefResponse')
export class BriefResponseOutput {
  @Field(() => String, { description: 'Markdown' }) body!: string;
  @Field(() => Date) respondedAt!: Date;
  @Field(() => OrganizationOutput, { description: 'The convenor' }) organization!: OrganizationOutput;
}

/** `consultation`, `answers` and `comments` are resolved fields (`answers` carried by a page's briefs). */
@ObjectType('ContextBrief')
export class ContextBriefOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Markdown' }) body!: string;
  @Field(() => [BriefTopic]) topics!: BriefTopic[];
  @Field(() => [String]) regions!: string[];
  @Field(() => [String], { description: 'BCP-47 of the content concerned' }) languages!: string[];
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => BriefStatus) status!: BriefStatus;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => OrganizationOutput, {
    nullable: true,
    description: 'Null where the attribution rule hides it from the viewer',
  })
  submitter!: OrganizationOutput | null;
  @Field(() => String, { description: 'The submitter’s name, or a neutral label' }) attribution!: string;
  @Field(() => BriefResponseOutput, { nullable: true }) response!: BriefResponseOutput | null;
  @Field(() => Boolean, { description: 'Whether the viewer may comment on this brief (addBriefComment)' })
  viewerCanComment!: boolean;
  /** Not a field: which consultation resolves `consultation` and the comments' attribution. */
  consultationId!: string;
  /**
   * Carried when the brief was read with a page (`briefPageSelect`): `answers` then answers without
   * its resolver, and `comments { totalCount }` without a query. Absent otherwise.
   */
  answers?: BriefAnswerOutput[];
  commentCount?: number;
}

// A page's statement reads the answers of each brief it shows (see BriefReader.list).
declareCarriedField('ContextBrief', 'answers');

/** The fields answered from a brief's content columns: a page reads those only when one is selected. */
export const BRIEF_CONTENT_FIELDS = [
  'summary',
  'body',
  'topics',
  'regions',
  'languages',
  'response',
] as const;

/** The fields answered from the submitting organisation: a page joins it only when one is selected. */
export const BRIEF_SUBMITTER_FIELDS = ['submitter', 'attribution'] as const;

export const ContextBriefConnection = connectionOf(ContextBriefOutput, 'ContextBrief');
export type ContextBriefConnection = ConnectionShape<ContextBriefOutput>;

/**
 * The one place a brief becomes what a viewer sees. Safe fields first; the submitting organisation
 * only when the attribution rule lets this viewer know it (ATTRIBUTED, or its own organisation).
 * Every path that shows a brief (queries, events, exports, search) goes through here.
 */
export function toBriefOutput(
  brief: BriefOnPage,
  consultation: ConsultationRecord,
  locale: string,
): ContextBriefOutput {
  const named = mayAttribute(consultation.facts, brief.organizationId);
  return {
    id: brief.id,
    consultationId: brief.consultationId,
    title: brief.title,
    summary: brief.summary,
    body: brief.body,
    topics: brief.topics,
    regions: brief.regions,
    languages: brief.languages,
    riskLevel: brief.riskLevel,
    status: brief.status,
    submittedAt:
      named || brief.submittedAt === null ? brief.submittedAt : unattributedTime(brief.submittedAt),
    // Undefined for a named brief whose page did not read the organisation (neither field selected),
    // as the content fields are: the non-null `attribution` fails loudly if asked for anyway.
    submitter: (named ? brief.organization : null) as OrganizationOutput | null,
    attribution: (named
      ? brief.organization?.name
      : translate(locale, 'consultations.attribution.organization')) as string,
    response:
      brief.responseBody !== null && brief.respondedAt !== null
        ? { body: brief.responseBody, respondedAt: brief.respondedAt, organization: consultation.convenor }
        : null,
    // The same rule addBriefComment enforces, so the web app offers the box only where it will work.
    viewerCanComment: can(consultation.subject, 'comment.create', {
      kind: 'comment',
      briefId: brief.id,
      consultation: consultation.facts,
      brief,
    }),
    answers: brief.answers,
    commentCount: brief.commentCount,
  };
}
