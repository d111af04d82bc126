/**
 * Starts and stops the embedded PostgreSQL once in DATA_DIR (argv[2]), in a process of its own, and
 * prints its log lines: tests that watch what the start writes run it here, outside Jest's sandboxed
 * `process.env`, exactly as the API runs it.
 */
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: embedded-postgres-once.ts <data dir>');
const database = await startEmbeddedPostgres(dataDir, (line) => console.log(line));
await database.stop();
