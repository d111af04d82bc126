import { defineFeature } from '../core/feature/define-feature.js';
import { PLANNING_MIGRATIONS } from './migrations/index.js';
import { PlanningModule } from './planning.module.js';
import { PLANNING_MESSAGES } from './planning.messages.js';

/** Election planning: the election calendar, bilateral relationships and their contact registries. */
export const planningFeature = defineFeature({
  name: 'planning',
  module: PlanningModule,
  messages: PLANNING_MESSAGES,
  auditActions: [
    'election.created',
    'election.milestone_added',
    'election.blackout_window_added',
    'engagement.scheduled',
    'relationship.proposed',
    'relationship.accepted',
    'relationship.ended',
    'contact.created',
    'contact.updated',
    'contact.verified',
    'contact.removed',
    'contact.erased',
    'contacts.read',
    'contacts.exported',
    'contacts.imported',
    'contacts.marked_stale',
  ],
  notificationKinds: {
    'planning.relationshipProposed': { message: 'notification.planning.relationshipProposed' },
    'planning.relationshipAccepted': { message: 'notification.planning.relationshipAccepted' },
    'planning.relationshipEnded': { message: 'notification.planning.relationshipEnded' },
    'planning.contactsStale': { message: 'notification.planning.contactsStale' },
  },
  migrations: PLANNING_MIGRATIONS,
});
