import { GraphQLSchema } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * The contract declares `LocalDate` (a calendar date in an election's own time zone) for the parts
 * that come next (planning); code-first schemas drop scalars no field uses yet, so add it here.
 */
export function withContractScalars(schema: GraphQLSchema): GraphQLSchema {
  if (schema.getType(GraphQLLocalDate.name)) return schema;
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, GraphQLLocalDate] });
}
