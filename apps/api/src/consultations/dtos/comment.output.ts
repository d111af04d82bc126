import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionOf, type ConnectionShape } from '../../core/graphql/connection.js';
import { translate } from '../../core/i18n/translate.js';
import { UserOutput } from '../../accounts/dtos/user.output.js';
import { mayAttribute, unattributedTime } from '../../core/policy/resources/consultation.policy.js';
import { type ConsultationRecord } from '../consultation.record.js';
import { type CommentRecord } from '../brief.record.js';

@ObjectType('Comment')
export class CommentOutput {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Markdown' }) body!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => UserOutput, { nullable: true, description: 'Null where the attribution rule hides it' })
  author!: UserOutput | null;
  @Field(() => String) attribution!: string;
}

export const CommentConnection = connectionOf(CommentOutput, 'Comment');
export type CommentConnection = ConnectionShape<CommentOutput>;

/**
 * A comment as one viewer sees it. Outside the author's organisation under CHATHAM_HOUSE: no author,
 * a label that says only whether the convenor or a participant spoke, and the hour it was written.
 */
export function toCommentOutput(
  comment: CommentRecord,
  consultation: ConsultationRecord,
  locale: string,
): CommentOutput {
  const base = { id: comment.id, body: comment.body };
  if (mayAttribute(consultation.facts, comment.organizationId)) {
    const author =
      comment.authorId !== null && comment.authorName !== null
        ? { id: comment.authorId, displayName: comment.authorName }
        : null;
    return {
      ...base,
      createdAt: comment.createdAt,
      author,
      attribution: `${comment.authorName ?? '—'} · ${comment.organizationName}`,
    };
  }
  const byConvenor = comment.organizationId === consultation.facts.convenorOrganizationId;
  const label = byConvenor ? 'consultations.attribution.convenor' : 'consultations.attribution.participant';
  return {
    ...base,
    createdAt: unattributedTime(comment.createdAt),
    author: null,
    attribution: translate(locale, label),
  };
}
