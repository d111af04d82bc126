import { PLANNING_AUDIT_ACTIONS } from '@ecw/domain';
import { defineFeature } from '../core/feature/define-feature.js';
import { PLANNING_MIGRATIONS } from './migrations/index.js';
import { PlanningModule } from './planning.module.js';
import { PLANNING_MESSAGES } from './planning.messages.js';

/** Election planning: the election calendar, bilateral relationships and their contact registries. */
export const planningFeature = defineFeature({
  name: 'planning',
  module: PlanningModule,
  messages: PLANNING_MESSAGES,
  auditActions: PLANNING_AUDIT_ACTIONS,
  notificationKinds: {
    'planning.relationshipProposed': { message: 'notification.planning.relationshipProposed' },
    'planning.relationshipAccepted': { message: 'notification.planning.relationshipAccepted' },
    'planning.relationshipEnded': { message: 'notification.planning.relationshipEnded' },
    'planning.contactsStale': { message: 'notification.planning.contactsStale' },
  },
  migrations: PLANNING_MIGRATIONS,
});
