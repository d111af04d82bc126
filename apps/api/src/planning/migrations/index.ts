import { CreateElectionTimelines1764300000000 } from './1764300000000-create-election-timelines.js';
import { CreateRelationships1764300000100 } from './1764300000100-create-relationships.js';
import { CreateContactRegistries1764300000200 } from './1764300000200-create-contact-registries.js';
import { CreateCalendarFeeds1764300000300 } from './1764300000300-create-calendar-feeds.js';

/** The planning feature's migrations, oldest first (registered once in the core list). */
export const PLANNING_MIGRATIONS = [
  CreateElectionTimelines1764300000000,
  CreateRelationships1764300000100,
  CreateContactRegistries1764300000200,
  CreateCalendarFeeds1764300000300,
];
