import { Field, ObjectType } from '@nestjs/graphql';
import { CommentOutput } from './comment.output.js';
import { ContextBriefOutput } from './context-brief.output.js';
import { BriefEventKind } from './graphql-enums.js';

/** Built per subscriber through the same mappers as queries. */
@ObjectType('BriefEvent')
export class BriefEventOutput {
  @Field(() => BriefEventKind) kind!: BriefEventKind;
  @Field(() => ContextBriefOutput) brief!: ContextBriefOutput;
  @Field(() => CommentOutput, { nullable: true, description: 'Set for COMMENTED' })
  comment!: CommentOutput | null;
}
