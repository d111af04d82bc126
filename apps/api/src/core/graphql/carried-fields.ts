import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

/**
 * Resolved fields whose parent object may already carry the answer, because the statement that
 * found the parent computed it too (the directory's member counts and viewer roles). For those
 * parents the answer is read straight off the object, as graphql-js would for a plain field,
 * instead of going through Nest's per-call wrapper (guards, filters, parameter decorators) and a
 * promise: 100 such calls were a third of a directory request's CPU. Parents without the value
 * still go through the full resolver.
 *
 * Only declare a field whose guard is `PublicGuard` or `SignedInGuard` and whose value is the
 * viewer's own (computed in the same request, under the viewer's scope): skipping the wrapper then
 * skips nothing, since the value is only there when a root field behind the same guard computed
 * it, and that guard has already refused read-only tokens on mutations.
 */
const carried = new Map<string, Set<string>>();

export function declareCarriedField(typeName: string, fieldName: string): void {
  const fields = carried.get(typeName) ?? new Set<string>();
  fields.add(fieldName);
  carried.set(typeName, fields);
}

/** `transformSchema` step: the declared fields answer from the parent when it carries a value. */
export function withCarriedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, fieldNames] of carried) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`carried field on ${typeName}, which is not an object type`);
    const fields = type.getFields();
    for (const fieldName of fieldNames) {
      const field = fields[fieldName];
      if (!field?.resolve) throw new Error(`carried field ${typeName}.${fieldName} has no resolver`);
      field.resolve = carriedOr(fieldName, field.resolve);
    }
  }
  return schema;
}

function carriedOr(
  fieldName: string,
  resolve: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const value = (source as Record<string, unknown> | null)?.[fieldName];
    return value !== undefined ? value : resolve(source, args, context, info);
  };
}
