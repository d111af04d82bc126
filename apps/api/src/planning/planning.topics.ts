import { type ChangeKind } from '@ecw/domain';
import { type StoredChannel } from './contacts/contact-point.entity.js';

/** The topic of contact changes; its scope is the relationship (the tenant of a registry). */
export const CONTACT_TOPIC = 'planning.contacts';

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
