import { CreateCoreSchema1764000000000 } from './1764000000000-create-core-schema.js';

/**
 * The core's migrations, oldest first (each feature lists its own in `<feature>/migrations/index.ts`).
 * Migrations are never edited once landed: add a new one.
 */
export const CORE_MIGRATIONS = [CreateCoreSchema1764000000000];
