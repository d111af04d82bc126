import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

const HEADER = '# Emitted by the API (npm run schema); do not edit. Checked against ../shared/contract.\n\n';

/** The text of apps/api/schema.graphql (checked against ../shared/contract). Sorted, so the file changes only when the API surface does. */
export function renderSchema(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
