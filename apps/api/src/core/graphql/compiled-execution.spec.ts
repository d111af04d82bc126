import { ApolloServer } from '@apollo/server';
import {
  GraphQLBoolean,
  GraphQLID,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
} from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { pino } from 'pino';
import { toGraphQLError } from '../errors/domain-exception.filter.js';
import { forbidden, invalidInput } from '../errors/domain.exception.js';
import { createErrorFormatter } from '../errors/format-error.js';
import { compiledExecutionPlugin } from './compiled-execution.js';
import { CompiledQueries } from './compiled-queries.js';

/**
 * The compiled executor must answer exactly as graphql-js does behind the same Apollo server: same
 * data, same errors (code, message, path, locations, locale), same HTTP status. Each case runs on
 * two real Apollo servers over one schema, with and without the plugin.
 */
const DateTime = DateTimeResolver;
const Node = new GraphQLInterfaceType({
  name: 'Node',
  fields: { id: { type: new GraphQLNonNull(GraphQLID) } },
  resolveType: (value: { kind: string }) => value.kind,
});
const Person = new GraphQLObjectType({
  name: 'Person',
  interfaces: [Node],
  fields: { id: { type: new GraphQLNonNull(GraphQLID) }, name: { type: GraphQLString } },
});
const Place = new GraphQLObjectType({
  name: 'Place',
  interfaces: [Node],
  fields: { id: { type: new GraphQLNonNull(GraphQLID) }, at: { type: DateTime } },
});
const Found = new GraphQLUnionType({
  name: 'Found',
  types: [Person, Place],
  resolveType: (value: { kind: string }) => value.kind,
});
const items = [
  { kind: 'Person', id: '1', name: 'Ada' },
  { kind: 'Place', id: '2', at: new Date('2026-03-01T10:00:00Z') },
];
// What Nest's exception filter hands graphql back: a returned (not thrown) coded GraphQLError.
const returnedDomainError = (_: unknown, __: unknown, context: { locale: string }) =>
  toGraphQLError(forbidden(), context.locale);

const Query = new GraphQLObjectType({
  name: 'Query',
  fields: {
    found: { type: new GraphQLList(Found), resolve: () => items },
    nodes: { type: new GraphQLList(Node), resolve: () => items, args: {} },
    when: { type: DateTime, resolve: () => Promise.resolve(new Date('2026-01-02T03:04:05Z')) },
    badDate: { type: DateTime, resolve: () => 'not a date' },
    forbidden: { type: GraphQLString, resolve: returnedDomainError },
    forbiddenDeep: {
      type: new GraphQLObjectType({
        name: 'Deep',
        fields: { secret: { type: new GraphQLNonNull(GraphQLString), resolve: returnedDomainError } },
      }),
      resolve: () => ({}),
    },
    invalid: {
      type: GraphQLString,
      resolve: async (_, __, context: { locale: string }) =>
        toGraphQLError(invalidInput([{ field: 'name', message: 'error.badInput' }]), context.locale),
    },
    crash: {
      type: GraphQLString,
      resolve: () => {
        throw new Error('SELECT secret FROM somewhere');
      },
    },
    missing: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
    echo: {
      type: GraphQLString,
      args: { text: { type: new GraphQLNonNull(GraphQLString) }, loud: { type: GraphQLBoolean } },
      resolve: (_, args: { text: string; loud?: boolean }) =>
        args.loud ? args.text.toUpperCase() : args.text,
    },
  },
});
const Mutation = new GraphQLObjectType({
  name: 'Mutation',
  fields: { touch: { type: GraphQLString, resolve: () => 'touched' } },
});
const schema = new GraphQLSchema({ query: Query, mutation: Mutation, types: [Person, Place] });

const formatError = createErrorFormatter(pino({ level: 'silent' }));
const compiled = new CompiledQueries(2);
const interpreted = new ApolloServer({ schema, formatError });
const jit = new ApolloServer({
  schema,
  formatError,
  plugins: [compiledExecutionPlugin(formatError, compiled)],
});

beforeAll(async () => {
  await Promise.all([interpreted.start(), jit.start()]);
});
afterAll(async () => {
  await Promise.all([interpreted.stop(), jit.stop()]);
});

async function both(query: string, variables?: Record<string, unknown>, locale = 'en') {
  const answer = async (server: ApolloServer) => {
    const response = await server.executeOperation({ query, variables }, { contextValue: { locale } });
    // Internal errors carry a fresh correlation id each time; everything else must match exactly.
    const body = JSON.parse(JSON.stringify(response.body).replace(/[0-9a-f-]{36}/g, '<id>')) as {
      singleResult?: { errors?: { path?: unknown }[] };
    };
    // The order of several errors is not specified (graphql-jit lists non-null fields' errors last).
    body.singleResult?.errors?.sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
    return { status: response.http.status, body };
  };
  const [fromJs, fromJit] = await Promise.all([answer(interpreted), answer(jit)]);
  expect(fromJit).toEqual(fromJs);
  return fromJit;
}

describe('compiled execution', () => {
  it('answers data like graphql-js: abstract types, custom scalars, @skip/@include, fragments, variables', async () => {
    const { body } = await both(
      `query Q($loud: Boolean!, $text: String!) {
        found { __typename ... on Person { name } ... on Place { at } }
        nodes { id ... on Person { name @include(if: $loud) } ... on Place { at @skip(if: $loud) } }
        when
        echo(text: $text, loud: $loud)
        ...Extra
      }
      fragment Extra on Query { again: echo(text: "x") }`,
      { loud: true, text: 'hi' },
    );
    expect(body).toMatchObject({ singleResult: { data: { when: '2026-01-02T03:04:05.000Z', echo: 'HI' } } });
    // …and it was the compiled operation that answered.
    expect(compiled.size).toBe(1);
  });

  it('answers coded domain errors in the viewer’s locale, with path and locations', async () => {
    for (const locale of ['en', 'fr']) {
      const { body } = await both(`{ forbidden invalid forbiddenDeep { secret } }`, undefined, locale);
      expect(body).toMatchObject({
        singleResult: {
          errors: [
            { path: ['forbidden'], extensions: { code: 'FORBIDDEN' } },
            { path: ['forbiddenDeep', 'secret'], extensions: { code: 'FORBIDDEN' } },
            { path: ['invalid'], extensions: { code: 'BAD_USER_INPUT' } },
          ],
        },
      });
    }
  });

  it('hides internal errors, scalar failures and nulls in non-null fields behind a correlation id', async () => {
    const { body } = await both(`{ crash badDate when }`);
    expect(JSON.stringify(body)).not.toContain('SELECT');
    await both(`{ missing }`);
  });

  it('leaves variables that do not coerce, and mutations, to graphql-js', async () => {
    await both(`query Q($text: String!) { echo(text: $text) }`, { text: 5 });
    const before = compiled.size;
    await both(`mutation { touch }`);
    expect(compiled.size).toBe(before);
  });

  it('keeps at most its limit of compiled operations', async () => {
    for (const text of ['a', 'b', 'c']) await both(`{ echo(text: "${text}") }`);
    expect(compiled.size).toBe(2);
  });
});
