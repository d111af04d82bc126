import { type DataSourceOptions } from 'typeorm';
import { featureMigrations } from '../feature/feature-registry.js';
import { CORE_MIGRATIONS } from './migrations/index.js';

/**
 * One source of truth for how we talk to PostgreSQL: used by the app, the CLI tools and tests.
 * The features must be registered (import `features.ts`) so their migrations are included.
 */
export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: [...CORE_MIGRATIONS, ...featureMigrations()],
    // Run by MigrationGate under an advisory lock, never implicitly.
    migrationsRun: false,
    synchronize: false,
    extra: { max: 20, application_name: 'election-workspace' },
  };
}
