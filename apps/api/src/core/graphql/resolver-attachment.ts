import {
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  type GraphQLObjectType,
} from 'graphql';

/** A field's resolver as Nest's resolver explorer gives it: a function, or a subscription's pair. */
export type ExploredResolver =
  | GraphQLFieldResolver<unknown, unknown>
  | { resolve?: GraphQLFieldResolver<unknown, unknown>; subscribe?: GraphQLFieldResolver<unknown, unknown> };

/** Type name → field name → resolver (ResolversExplorerService.explore()). */
export type ExploredResolvers = Record<string, Record<string, ExploredResolver>>;

/**
 * Puts the resolvers Nest found onto the schema its code-first builder made, in place: what
 * `@nestjs/graphql` gets by printing that schema, parsing the text again, making it executable with
 * the resolvers and copying their functions back (a fifth of a start's CPU). The same result:
 * root fields take `resolve` and `subscribe`, other object fields `resolve`, first from the
 * interfaces they implement, then their own. A resolver for a type or field the schema lacks fails,
 * as `makeExecutableSchema` does.
 */
export function attachResolvers(schema: GraphQLSchema, resolvers: ExploredResolvers): void {
  for (const [typeName, fields] of Object.entries(resolvers)) assertDeclared(schema, typeName, fields);
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (roots.has(type)) attachRootResolvers(type, resolvers[type.name] ?? {});
    else attachFieldResolvers(type, resolvers);
  }
}

function assertDeclared(
  schema: GraphQLSchema,
  typeName: string,
  fields: Record<string, ExploredResolver>,
): void {
  const type = schema.getType(typeName);
  if (!type) throw new Error(`"${typeName}" defined in resolvers, but not in schema`);
  if (!isObjectType(type) && !isInterfaceType(type)) return;
  const declared = type.getFields();
  for (const fieldName of Object.keys(fields)) {
    if (!fieldName.startsWith('__') && !declared[fieldName])
      throw new Error(`${typeName}.${fieldName} defined in resolvers, but not in schema`);
  }
}

function attachRootResolvers(type: GraphQLObjectType, resolvers: Record<string, ExploredResolver>): void {
  for (const [fieldName, field] of Object.entries(type.getFields())) {
    const resolver = resolvers[fieldName];
    if (!resolver) continue;
    if (typeof resolver === 'function') field.resolve = resolver.bind(resolvers);
    else {
      field.resolve = resolver.resolve;
      field.subscribe = resolver.subscribe;
    }
  }
}

function attachFieldResolvers(type: GraphQLObjectType, resolvers: ExploredResolvers): void {
  const fields = type.getFields();
  const owners = [...type.getInterfaces().map((iface) => iface.name), type.name];
  for (const owner of owners) {
    for (const [fieldName, resolver] of Object.entries(resolvers[owner] ?? {})) {
      const field = fields[fieldName];
      const resolve = typeof resolver === 'function' ? resolver.bind(resolvers[owner]) : resolver.resolve;
      if (field && resolve) field.resolve = resolve;
    }
  }
}
