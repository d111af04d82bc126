import { readFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { fileURLToPath } from 'node:url';
import { renderSchema } from '../../src/core/graphql/emitted-schema.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const EMITTED_SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

describe('apps/api/schema.graphql', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it('is exactly the schema the API serves (run `npm run schema` after changing the API surface)', async () => {
    const committed = await readFile(EMITTED_SCHEMA_PATH, 'utf8');
    expect(committed).toBe(renderSchema(t.api.app.get(GraphQLSchemaHost).schema));
  });
});
