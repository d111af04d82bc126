import { CreateElectionTimelines17643000000000 } from './17643000000000-create-election-timelines.js';
import { CreateRelationships17643000000100 } from './17643000000100-create-relationships.js';
import { CreateContactRegistries17643000000200 } from './17643000000200-create-contact-registries.js';
import { CreateCalendarFeeds17643000000300 } from './17643000000300-create-calendar-feeds.js';

/** The planning feature's migrations, oldest first (registered once in the core list). */
export const PLANNING_MIGRATIONS = [
  CreateElectionTimelines17643000000000,
  CreateRelationships17643000000100,
  CreateContactRegistries17643000000200,
  CreateCalendarFeeds17643000000300,
];
