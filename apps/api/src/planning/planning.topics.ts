import { type ChangeKind } from '@ecw/domain';
import { type StoredChannel } from './contacts/contact-point.entity.js';

/** One relationship's contact changes; the relationship id is the scope (the tenant) of the channel. */
declare module '../core/pubsub/topics.js' {
  interface EventTopics {
    'planning.contacts': ContactChangedEvent;
  }
}

/** A contact point as it travels on the bus: its row after the change (null when removed or erased). */
export interface ContactSnapshot {
  id: string;
  relationshipId: string;
  organizationId: string;
  name: string;
  title: string | null;
  channels: StoredChannel[];
  languages: string[];
  timeZone: string | null;
  availability: string | null;
  escalationTier: string;
  validFrom: string | null;
  validUntil: string | null;
  lastVerifiedAt: string | null;
  updatedAt: string;
}

export interface ContactChangedEvent {
  kind: ChangeKind;
  relationshipId: string;
  contactPointId: string;
  contact: ContactSnapshot | null;
  staleAfterDays: number;
}
