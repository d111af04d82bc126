import { BriefVisibility } from '@ecw/domain';
import { type PolicySubject } from '../policy-subject.js';
import { type BriefFacts, briefRule, briefResource } from './brief.policy.js';
import { type ConsultationFacts, consultationRule, writableParticipants } from './consultation.policy.js';

/**
 * Comments on a brief: who may write one, and for which organisation. Reading follows the brief
 * (`brief.read`: comments are listed only under a visible brief); whose name travels with a comment
 * is `mayAttribute`, applied by the output mapper.
 */
export type CommentAction = 'comment.create';

export interface CommentResource {
  kind: 'comment';
  /** The brief the comment goes under. */
  briefId: string;
  consultation: ConsultationFacts;
  brief: BriefFacts;
}

export function commentRule(
  subject: PolicySubject,
  action: CommentAction,
  resource: CommentResource,
): boolean {
  switch (action) {
    case 'comment.create':
      return commentingOrganization(subject, resource) !== null;
  }
}

/**
 * The organisation a subject comments for, or null when it may not comment: the brief's organisation,
 * else the convenor, else (ALL_PARTICIPANTS) another invited organisation. MEMBER or above.
 */
export function commentingOrganization(subject: PolicySubject, resource: CommentResource): string | null {
  const { consultation, brief } = resource;
  const onBrief = briefResource(resource.briefId, consultation, brief);
  if (!briefRule(subject, 'brief.read', onBrief)) return null;
  if (briefRule(subject, 'brief.edit', onBrief)) return brief.organizationId;
  if (consultationRule(subject, 'consultation.manage', consultation))
    return consultation.convenorOrganizationId;
  if (consultation.briefVisibility !== BriefVisibility.ALL_PARTICIPANTS) return null;
  return writableParticipants(consultation)[0] ?? null;
}
