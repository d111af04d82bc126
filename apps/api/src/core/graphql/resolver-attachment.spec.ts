import { buildSchema, type GraphQLObjectType } from 'graphql';
import { attachResolvers } from './resolver-attachment.js';

const SDL = `
  interface Named { name: String }
  type Person implements Named { name: String, age: Int }
  type Place implements Named { name: String }
  type Query { person: Person }
  type Subscription { personChanged: Person }
`;

const fieldOf = (schema: ReturnType<typeof buildSchema>, type: string, field: string) =>
  (schema.getType(type) as GraphQLObjectType).getFields()[field];

describe('attachResolvers', () => {
  it('gives root fields their resolvers, a subscription both its functions', () => {
    const schema = buildSchema(SDL);
    const subscribe = () => undefined;
    const resolve = () => 'changed';
    attachResolvers(schema, {
      Query: { person: () => ({ age: 1 }) },
      Subscription: { personChanged: { subscribe, resolve } },
    });
    expect(fieldOf(schema, 'Query', 'person')?.resolve?.(null, {}, null, null as never)).toEqual({ age: 1 });
    expect(fieldOf(schema, 'Subscription', 'personChanged')?.subscribe).toBe(subscribe);
    expect(fieldOf(schema, 'Subscription', 'personChanged')?.resolve).toBe(resolve);
  });

  it("resolves an object's field through its interface's resolver unless the object has its own", () => {
    const schema = buildSchema(SDL);
    attachResolvers(schema, { Named: { name: () => 'named' }, Person: { name: () => 'person' } });
    const run = (type: string) => fieldOf(schema, type, 'name')?.resolve?.(null, {}, null, null as never);
    expect(run('Place')).toBe('named');
    expect(run('Person')).toBe('person');
    expect(fieldOf(schema, 'Person', 'age')?.resolve).toBeUndefined();
  });

  it('refuses a resolver for a field or type the schema does not declare', () => {
    expect(() => attachResolvers(buildSchema(SDL), { Person: { height: () => 1 } })).toThrow(
      'Person.height defined in resolvers, but not in schema',
    );
    expect(() => attachResolvers(buildSchema(SDL), { Animal: { name: () => 'cat' } })).toThrow(
      '"Animal" defined in resolvers, but not in schema',
    );
  });
});
