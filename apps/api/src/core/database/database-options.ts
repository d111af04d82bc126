import pg from 'pg';
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
    // TypeORM would `require('pg')` at run time, out of the bundler's sight: the bundled API then
    // loaded a second copy of pg from node_modules at every start, outside the code cache.
    driver: pg,
    url,
    migrations: [...CORE_MIGRATIONS, ...featureMigrations()],
    // Run by MigrationGate under an advisory lock, never implicitly.
    migrationsRun: false,
    synchronize: false,
    extra: { max: 20, application_name: 'election-workspace' },
  };
}
