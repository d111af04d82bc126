import { type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

/** One source of truth for how we talk to PostgreSQL: used by the app, the CLI tools and tests. */
export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    // Run by MigrationGate under an advisory lock, never implicitly.
    migrationsRun: false,
    synchronize: false,
    extra: { max: 20, application_name: 'election-workspace' },
  };
}
