import { type PolicySubject } from './policy-subject.js';
import { accountRule, type AccountAction, type AccountResource } from './resources/account.policy.js';
import {
  invitationRule,
  type InvitationAction,
  type InvitationResource,
} from './resources/invitation.policy.js';
import {
  membershipRule,
  type MembershipAction,
  type MembershipResource,
} from './resources/membership.policy.js';
import {
  organizationRule,
  type OrganizationAction,
  type OrganizationResource,
} from './resources/organization.policy.js';
import {
  reviewReportRule,
  type ReviewReportAction,
  type ReviewReportResource,
} from './resources/review-report.policy.js';
import { userRule, type UserAction, type UserResource } from './resources/user.policy.js';
import {
  relationshipRule,
  type RelationshipAction,
  type RelationshipResource,
} from './resources/relationship.policy.js';
import {
  contactPointRule,
  type ContactPointAction,
  type ContactPointResource,
} from './resources/contact-point.policy.js';
import { electionRule, type ElectionAction, type ElectionResource } from './resources/election.policy.js';
import {
  engagementRule,
  type EngagementAction,
  type EngagementResource,
} from './resources/engagement.policy.js';
import {
  consultationRule,
  type ConsultationAction,
  type ConsultationResource,
} from './resources/consultation.policy.js';
import { briefRule, type BriefAction, type BriefResource } from './resources/brief.policy.js';
import { commentRule, type CommentAction, type CommentResource } from './resources/comment.policy.js';

/**
 * Every kind of resource the policy knows, with the actions on it. A new kind is one module in
 * `resources/<kind>.policy.ts` (its rule and, for listed resources, its SQL scope) plus one line here.
 */
interface PolicyKinds {
  organization: { resource: OrganizationResource; action: OrganizationAction };
  membership: { resource: MembershipResource; action: MembershipAction };
  account: { resource: AccountResource; action: AccountAction };
  invitation: { resource: InvitationResource; action: InvitationAction };
  user: { resource: UserResource; action: UserAction };
  report: { resource: ReviewReportResource; action: ReviewReportAction };
  relationship: { resource: RelationshipResource; action: RelationshipAction };
  contactPoint: { resource: ContactPointResource; action: ContactPointAction };
  election: { resource: ElectionResource; action: ElectionAction };
  engagement: { resource: EngagementResource; action: EngagementAction };
  consultation: { resource: ConsultationResource; action: ConsultationAction };
  brief: { resource: BriefResource; action: BriefAction };
  comment: { resource: CommentResource; action: CommentAction };
}

export type PolicyKind = keyof PolicyKinds;
export type PolicyResource = PolicyKinds[PolicyKind]['resource'];
export type PolicyAction<K extends PolicyKind = PolicyKind> = PolicyKinds[K]['action'];

/**
 * The one authorisation question: may `viewer` do `action` on `resource`? Pure; the caller loads
 * the facts a resource carries (in its transaction when it changes something).
 */
export function can<R extends PolicyResource>(
  viewer: PolicySubject,
  action: PolicyAction<R['kind']>,
  resource: R,
): boolean {
  const target: PolicyResource = resource;
  switch (target.kind) {
    case 'organization':
      return organizationRule(viewer, action as OrganizationAction, target.facts);
    case 'membership':
      return membershipRule(viewer, action as MembershipAction, target);
    case 'account':
      return accountRule(viewer, action as AccountAction, target);
    case 'invitation':
      return invitationRule(viewer, action as InvitationAction, target);
    case 'user':
      return userRule(viewer, action as UserAction, target);
    case 'report':
      return reviewReportRule(viewer, action as ReviewReportAction, target.facts);
    case 'relationship':
      return relationshipRule(viewer, action as RelationshipAction, target.facts);
    case 'contactPoint':
      return contactPointRule(viewer, action as ContactPointAction, target.facts);
    case 'election':
      return electionRule(viewer, action as ElectionAction, target.facts);
    case 'engagement':
      return engagementRule(viewer, action as EngagementAction, target.facts);
    case 'consultation':
      return consultationRule(viewer, action as ConsultationAction, target.facts);
    case 'brief':
      return briefRule(viewer, action as BriefAction, target);
    case 'comment':
      return commentRule(viewer, action as CommentAction, target);
  }
}
