import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startApi } from '../bootstrap.js';
import { parseConfig } from '../core/config/config.schema.js';
import { renderSchema } from '../core/graphql/emitted-schema.js';
import { createLogger } from '../core/logging/logger.js';

/**
 * `npm run schema`: starts the API on a throwaway port (and, without DATABASE_URL, a throwaway
 * embedded database), and writes the schema it serves to apps/api/schema.graphql.
 */
async function emitSchema(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ecw-schema-'));
  const env = parseConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  });
  const api = await startApi(env, createLogger(env.LOG_LEVEL));
  try {
    const target = resolve('apps/api/schema.graphql');
    await writeFile(target, renderSchema(api.app.get(GraphQLSchemaHost).schema));
    process.stdout.write(`wrote ${target}\n`);
  } finally {
    await api.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await emitSchema();
