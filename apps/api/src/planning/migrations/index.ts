import { CreateElectionTimelines17643000000000 } from './17643000000000-create-election-timelines.js';

/** The planning feature's migrations, oldest first (registered once in the core list). */
export const PLANNING_MIGRATIONS = [CreateElectionTimelines17643000000000];
