import { CreateCoreSchema1764000000000 } from './1764000000000-create-core-schema.js';
import { REVIEW_MIGRATIONS } from '../../../reviews/migrations/index.js';

/** Every migration, oldest first. Migrations are never edited once landed: add a new one. */
export const MIGRATIONS = [CreateCoreSchema1764000000000, ...REVIEW_MIGRATIONS];
