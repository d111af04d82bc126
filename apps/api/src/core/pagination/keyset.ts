import { decodeCursor } from '../graphql/connection.js';
import { invalidInput } from '../errors/domain.exception.js';

/**
 * An instant as exact text (UTC, microseconds). PostgreSQL keeps microseconds and a JavaScript Date
 * only milliseconds, so keyset cursors carry this text to resume exactly where a page ended.
 */
export function exactInstantSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const EXACT_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export const isExactInstant = (value: unknown): value is string =>
  typeof value === 'string' && EXACT_INSTANT.test(value);
export const isText = (value: unknown): value is string => typeof value === 'string';
export const isRank = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value);

/**
 * Pairs each entity of `getRawAndEntities` with its raw row, which carries the sort keys. Without
 * joins TypeORM returns both in the same order, one raw row per entity.
 */
export function withRawRows<E, R>(entities: E[], raw: R[]): { entity: E; row: R }[] {
  return entities.map((entity, index) => {
    const row = raw[index];
    if (row === undefined) throw new Error('getRawAndEntities returned fewer raw rows than entities');
    return { entity, row };
  });
}

/**
 * Decodes an `after` cursor and checks each value's shape, so a forged cursor is a field error
 * and never reaches SQL as a value PostgreSQL would refuse.
 */
export function keysetPosition(
  after: string | null | undefined,
  shape: ((value: unknown) => boolean)[],
): (string | number)[] | null {
  const values = decodeCursor(after, shape.length);
  if (values && !shape.every((fits, index) => fits(values[index]))) {
    throw invalidInput([{ field: 'after', message: 'field.cursor' }]);
  }
  return values;
}
