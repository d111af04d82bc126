import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum ReviewExportFormat {
  MARKDOWN = 'MARKDOWN',
  HTML = 'HTML',
}
registerEnumType(ReviewExportFormat, { name: 'ReviewExportFormat' });

@InputType('ExportReviewReportInput')
export class ExportReviewReportInput {
  @Field(() => ID) reportId!: string;
  @Field(() => ID, { nullable: true, description: 'Default: the published version' }) versionId?:
    string | null;
  @Field(() => ReviewExportFormat, { description: 'HTML is printable, with the sign-off page' })
  format!: ReviewExportFormat;
}
