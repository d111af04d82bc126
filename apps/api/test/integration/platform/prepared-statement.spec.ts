import { DataSource } from 'typeorm';
import '../../../src/features.js';
import { databaseOptions } from '../../../src/core/database/database-options.js';
import { plannedStatement, preparedStatement } from '../../../src/core/database/prepared-statement.js';
import { createTestDatabase } from '../../support/test-database.js';

describe('preparedStatement and plannedStatement', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    // One connection: every read meets the statements the reads before it prepared.
    dataSource = new DataSource({ ...databaseOptions(database.url), extra: { max: 1 } });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** The statements prepared on the connection whose text starts with `SELECT $1::int`, and how often each ran. */
  const preparedOnTheConnection = () =>
    preparedStatement<{ statement: string; runs: number }>(
      dataSource,
      `SELECT statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements
        WHERE statement LIKE 'SELECT $1::int%' ORDER BY statement`,
      [],
    );

  it('parses a text once per connection and runs it again with other values', async () => {
    for (const n of [1, 2, 3]) {
      expect(await preparedStatement(dataSource, 'SELECT $1::int AS n', [n])).toEqual([{ n }]);
    }
    expect(await preparedOnTheConnection()).toEqual([{ statement: 'SELECT $1::int AS n', runs: 3 }]);
  });

  it('gives another text a statement of its own', async () => {
    expect(await preparedStatement(dataSource, 'SELECT $1::int + 1 AS n', [1])).toEqual([{ n: 2 }]);
    expect(await preparedOnTheConnection()).toEqual([
      { statement: 'SELECT $1::int + 1 AS n', runs: 1 },
      { statement: 'SELECT $1::int AS n', runs: 3 },
    ]);
  });

  it('leaves a planned statement unprepared, so each run is planned for its own values', async () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      expect(await plannedStatement(dataSource, 'SELECT $1::int * 2 AS n', [n])).toEqual([{ n: n * 2 }]);
    }
    expect(await preparedOnTheConnection()).toEqual([
      { statement: 'SELECT $1::int + 1 AS n', runs: 1 },
      { statement: 'SELECT $1::int AS n', runs: 3 },
    ]);
  });
});
