import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A file for the convenor to save: the briefs as shown on screen, redacted the same way. */
@ObjectType('BriefExport')
export class BriefExportOutput {
  @Field(() => String) filename!: string;
  @Field(() => String, { description: 'text/csv or text/html' }) contentType!: string;
  @Field(() => String) content!: string;
  @Field(() => Int, { description: 'How many briefs it holds' }) briefCount!: number;
}
