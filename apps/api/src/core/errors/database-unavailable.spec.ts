import { isDatabaseUnavailable } from './database-unavailable.js';

/** Errors as node-postgres and TypeORM raise them, built by hand (no database needed to classify). */
function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    [
      'an administrator shutdown (57P01)',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300')],
    ['a connection that died mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'TypeORM wrapping it',
      Object.assign(new Error('query failed'), { driverError: withCode('x', '57P01') }),
    ],
    [
      'GraphQL wrapping it',
      Object.assign(new Error('wrapped'), { originalError: withCode('x', 'ECONNREFUSED') }),
    ],
    ['an AggregateError of attempts', new AggregateError([withCode('x', 'ECONNREFUSED')], 'all failed')],
    ['a plain object from another realm', { message: 'connect ECONNREFUSED', code: 'ECONNREFUSED' }],
  ])('is true for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a missing table (42P01)', withCode('relation "users" does not exist', '42P01')],
    ['a unique violation (23505)', withCode('duplicate key value violates unique constraint', '23505')],
    ['a bad byte sequence (22021)', withCode('invalid byte sequence for encoding "UTF8": 0x00', '22021')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('is false for %s', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
