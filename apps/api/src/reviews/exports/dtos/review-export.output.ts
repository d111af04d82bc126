import { Field, ObjectType } from '@nestjs/graphql';

/** A file to save: one version of a report, as frozen and signed. */
@ObjectType('ReviewExport')
export class ReviewExportOutput {
  @Field(() => String) filename!: string;
  @Field(() => String, { description: 'text/markdown or text/html' }) contentType!: string;
  @Field(() => String) content!: string;
  @Field(() => String, { description: 'SHA-256 hex of the version’s Markdown' }) contentHash!: string;
}
