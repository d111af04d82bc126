import { CONSULTATION_MIGRATIONS } from '../../../consultations/migrations/index.js';
import { CreateCoreSchema1764000000000 } from './1764000000000-create-core-schema.js';
import { PLANNING_MIGRATIONS } from '../../../planning/migrations/index.js';

/** Every migration, oldest first. Migrations are never edited once landed: add a new one. */
export const MIGRATIONS = [CreateCoreSchema1764000000000, ...PLANNING_MIGRATIONS, ...CONSULTATION_MIGRATIONS];
