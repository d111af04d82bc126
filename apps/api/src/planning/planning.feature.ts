import { defineFeature } from '../core/feature/define-feature.js';
import { PLANNING_MIGRATIONS } from './migrations/index.js';
import { PlanningModule } from './planning.module.js';
import { PLANNING_MESSAGES } from './planning.messages.js';

/** Election planning: the public election calendar, authority blackout windows and engagements. */
export const planningFeature = defineFeature({
  name: 'planning',
  module: PlanningModule,
  messages: PLANNING_MESSAGES,
  auditActions: ['election.created', 'election.milestone_added', 'election.blackout_window_added', 'engagement.scheduled'],
  migrations: PLANNING_MIGRATIONS,
});
