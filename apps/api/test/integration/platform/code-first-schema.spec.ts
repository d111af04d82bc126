import { type ApolloDriverConfig } from '@nestjs/apollo';
import { AbstractGraphQLDriver, GRAPHQL_MODULE_OPTIONS, GraphQLFactory } from '@nestjs/graphql';
import { type GraphQLField, type GraphQLSchema, isInterfaceType, isObjectType, printSchema } from 'graphql';
import { CodeFirstApolloDriver } from '../../../src/core/graphql/code-first-apollo-driver.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';

/** Which fields of the schema carry a `resolve` and a `subscribe`, by type and field. */
function resolverShape(schema: GraphQLSchema): Record<string, string> {
  const shape: Record<string, string> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      shape[`${type.name}.${field.name}`] =
        `resolve:${typeof field.resolve} subscribe:${typeof field.subscribe}`;
    }
  }
  return shape;
}

describe('the code-first schema given its resolvers directly (CodeFirstApolloDriver)', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(() => t.close());

  it("is the schema @nestjs/graphql's own print → parse → makeExecutableSchema round trip makes", async () => {
    const app = t.api.app;
    const options = app.get<ApolloDriverConfig>(GRAPHQL_MODULE_OPTIONS, { strict: false });
    const merged = { ...options, typeDefs: [] };
    const nests = await app.get(GraphQLFactory, { strict: false }).generateSchema(merged);
    const driver = app.get(AbstractGraphQLDriver, { strict: false });
    expect(driver).toBeInstanceOf(CodeFirstApolloDriver);
    const ours = await (driver as CodeFirstApolloDriver).generateSchema(merged);
    expect(printSchema(ours)).toBe(printSchema(nests));
    expect(resolverShape(ours)).toEqual(resolverShape(nests));
    // The root fields run the resolvers Nest found, not graphql-js's default (property) resolver.
    expect(ours.getQueryType()?.getFields()['me']?.resolve).toEqual(expect.any(Function));
  });
});
