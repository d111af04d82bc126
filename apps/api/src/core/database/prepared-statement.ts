import { createHash } from 'node:crypto';
import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** Names already derived, by text: the set of texts is bounded (see preparedStatement). */
const statementNames = new Map<string, string>();

/**
 * The statement's name on every pooled connection: derived from its text, so the same text is
 * parsed once per connection and two texts never share a name. Hashed once per text: hashing on
 * every call was 40 of the 53 ms that preparedStatement spent in a profile of 700 co-edited keystrokes.
 */
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `ecw_${createHash('sha1').update(text).digest('base64url')}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a statement that every request of a kind sends (same text, different values) as a named
 * prepared statement, straight on TypeORM's pool: each connection parses it once, and PostgreSQL plans it
 * once for good when a generic plan costs no more than a custom one (a consultation's read spent
 * ≈ 0.8 ms a request planning). Only where one plan suits every value (not a search: see
 * plannedStatement), and only for statements whose text is built from a bounded set of
 * shapes, values always bound: every distinct text stays prepared on each connection it ran on.
 * Outside any transaction: a read, or a write that is a transaction of its own (autocommit: a
 * review document's appended updates, 0.3 ms of a keystroke's ~1.5 ms write). Statements inside a
 * transaction go through its EntityManager as before.
 */
export async function preparedStatement<Row>(
  dataSource: DataSource,
  text: string,
  values: readonly unknown[],
): Promise<Row[]> {
  const { rows } = await poolOf(dataSource).query<Row & Record<string, unknown>>({
    name: statementName(text),
    text,
    values: [...values],
  });
  return rows;
}

/**
 * The same straight read on TypeORM's pool, as an unnamed statement: PostgreSQL plans it for these
 * values on every call. For statements whose best plan depends on the values, which a generic plan
 * cannot see: a search's page (how many briefs the consultation has, how rare the words are) read
 * with the generic plan walked the whole consultation's page index beside the words' GIN index
 * (3.6 ms instead of 0.6 ms over 20,000 briefs), a cost that planning each call (≈ 0.4 ms) avoids.
 */
export async function plannedStatement<Row>(
  dataSource: DataSource,
  text: string,
  values: readonly unknown[],
): Promise<Row[]> {
  const { rows } = await poolOf(dataSource).query<Row & Record<string, unknown>>(text, [...values]);
  return rows;
}

function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}
