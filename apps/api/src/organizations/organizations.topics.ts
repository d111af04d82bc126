import { type OrganizationMembersChanged } from './organization-events.js';

declare module '../core/pubsub/topics.js' {
  interface EventTopics {
    /** Scope: the organisation id. */
    'organization:members': OrganizationMembersChanged;
  }
}
