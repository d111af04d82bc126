import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '../../core/graphql/connection.js';
import { reviewDocumentName } from '../collab/document-name.js';
import { type ReviewReportEntity } from '../review-report.entity.js';
import { ReviewStatus, ReviewVisibility } from './graphql-enums.js';

/** A report as anyone allowed to read it sees it; co-authors, sections and the rest are resolved fields. */
@ObjectType('ReviewReport')
export class ReviewReportOutput {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => ReviewStatus) status!: ReviewStatus;
  @Field(() => ReviewVisibility) visibility!: ReviewVisibility;
  @Field(() => String, { description: 'The document name to open at /collab' }) collabDocument!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  /** Resolved into `election`; the id itself stays server-side. */
  electionId!: string | null;
  /** Readers who are not co-authors see this version only, with its sign-offs. */
  publishedVersionId!: string | null;
}

export const ReviewReportConnection = connectionOf(ReviewReportOutput, 'ReviewReport');
export type ReviewReportConnection = InstanceType<typeof ReviewReportConnection>;

export function toReviewReportOutput(report: ReviewReportEntity): ReviewReportOutput {
  return {
    id: report.id,
    title: report.title,
    status: report.status,
    visibility: report.visibility,
    collabDocument: reviewDocumentName(report.id),
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
    electionId: report.electionId,
    publishedVersionId: report.publishedVersionId,
  };
}
