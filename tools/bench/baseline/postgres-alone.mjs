#!/usr/bin/env node
// Baseline for the startup row: a Node process that starts only the embedded PostgreSQL on DATA_DIR,
// with the API's own compiled startEmbeddedPostgres, and prints "ready" once it answers a query.
// Stops the server on SIGTERM.
import pg from 'pg';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const { DATA_DIR, API_DIST } = process.env;
if (!DATA_DIR || !API_DIST) throw new Error('DATA_DIR and API_DIST are required');
const { startEmbeddedPostgres } = await import(
  pathToFileURL(join(API_DIST, 'core/database/embedded-postgres.js')).href
);

const server = await startEmbeddedPostgres(DATA_DIR, () => undefined);
const client = new pg.Client({ connectionString: server.url('postgres') });
await client.connect();
await client.query('SELECT 1');
await client.end();
console.log('ready');

process.once('SIGTERM', () => {
  server.stop().then(() => process.exit(0));
});
