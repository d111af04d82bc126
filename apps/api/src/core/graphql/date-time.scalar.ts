import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * An instant in ISO 8601 (the contract's `DateTime`): a date, a time to the minute or finer, and a
 * `Z` or an offset. Nest's own scalar turns anything into a `Date`, so `true` became a millisecond
 * after 1970 and a number literal became `null`, which on an optional field cleared it without a word.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

function instantFrom(value: unknown): Date {
  if (typeof value !== 'string') {
    throw new TypeError(`DateTime must be a string such as "2027-06-01T09:00:00Z", not ${describe(value)}.`);
  }
  const instant = new Date(value);
  if (!INSTANT.test(value) || Number.isNaN(instant.getTime())) {
    throw new TypeError(`"${value.slice(0, 40)}" is not an ISO 8601 instant such as "2027-06-01T09:00:00Z".`);
  }
  return instant;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function instantFromLiteral(ast: ValueNode): Date {
  if (ast.kind !== Kind.STRING) {
    throw new TypeError(`DateTime must be a string such as "2027-06-01T09:00:00Z", not ${ast.kind}.`);
  }
  return instantFrom(ast.value);
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  parseValue: instantFrom,
  parseLiteral: instantFromLiteral,
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
});
