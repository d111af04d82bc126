import { Field, ObjectType } from '@nestjs/graphql';
import { ReviewEventKind } from './graphql-enums.js';
import { ReviewReportOutput } from './review-report.output.js';

/** What happened, and the report as the subscriber may see it now (clients refetch what they show). */
@ObjectType('ReviewEvent')
export class ReviewEventOutput {
  @Field(() => ReviewEventKind) kind!: ReviewEventKind;
  @Field(() => ReviewReportOutput) report!: ReviewReportOutput;
}
