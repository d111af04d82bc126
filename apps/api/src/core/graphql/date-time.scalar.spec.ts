import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { DateTimeScalar } from './date-time.scalar.js';

/** A schema with one field taking a DateTime, answering the instant it was given. */
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: {
        type: GraphQLString,
        args: { at: { type: DateTimeScalar } },
        resolve: (_, { at }: { at: Date | null | undefined }) =>
          at === undefined ? 'absent' : String(at?.toISOString()),
      },
    },
  }),
});

async function echoVariable(at: unknown) {
  return graphql({ schema, source: 'query ($at: DateTime) { echo(at: $at) }', variableValues: { at } });
}

describe('DateTime', () => {
  it.each([
    '2027-06-01T09:00:00Z',
    '2027-06-01T11:00:00.250+02:00',
    '2027-06-01T09:00Z',
    '2027-06-01T09:00:00+0200',
  ])('accepts the instant %s', async (value) => {
    const result = await echoVariable(value);
    expect(result.errors).toBeUndefined();
    expect(result.data?.['echo']).toBe(new Date(value).toISOString());
  });

  it.each([
    [true, 'not a boolean'],
    [1_780_000_000_000, 'not a number'],
    [{ at: 1 }, 'not an object'],
    [['2027-06-01T09:00:00Z'], 'not a list'],
    ['2027-06-01', 'is not an ISO 8601 instant'],
    ['2027-06-01T09:00:00', 'is not an ISO 8601 instant'],
    ['June 1, 2027', 'is not an ISO 8601 instant'],
    ['2027-13-01T09:00:00Z', 'is not an ISO 8601 instant'],
    ['-004713-11-23T23:59:59.999Z', 'is not an ISO 8601 instant'],
  ])('refuses %j, naming the variable', async (value, reason) => {
    const result = await echoVariable(value);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toContain('Variable "$at" got invalid value');
    expect(result.errors?.[0]?.message).toContain(reason);
  });

  it('refuses a literal that is not a string instead of reading it as null', async () => {
    const result = await graphql({ schema, source: '{ echo(at: 1780000000000) }' });
    expect(result.errors?.[0]?.message).toContain('DateTime must be a string');
    expect(result.data).toBeUndefined();
  });

  it('answers instants in UTC', async () => {
    const result = await graphql({ schema, source: '{ echo(at: "2027-06-01T11:00:00+02:00") }' });
    expect(result.data?.['echo']).toBe('2027-06-01T09:00:00.000Z');
  });
});
