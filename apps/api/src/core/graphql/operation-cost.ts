import { type ApolloServerPlugin } from '@apollo/server';
import { LIMITS } from '@ecw/domain';
import {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isObjectType,
  isInterfaceType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The most rows-and-fields one operation may ask for, page sizes multiplied through. */
export const MAX_OPERATION_COST = 5000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * Each field costs 1 plus what it selects; a paginated field (one with a `first` argument) multiplies
 * what it selects by its page size, the default when none is given. Page sizes given as variables
 * count the same as literals: the cost is computed once the variables are known, on the operation
 * that runs (our own walk, in the same graphql realm as the schema).
 */
function selectionCost(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment)
        cost += selectionCost(
          walk,
          fragment.selectionSet,
          walk.schema.getType(fragment.typeCondition.name.value),
        );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      cost += selectionCost(walk, selection.selectionSet, type);
    } else {
      const field =
        parent && (isObjectType(parent) || isInterfaceType(parent))
          ? parent.getFields()[selection.name.value]
          : undefined;
      const children =
        selection.selectionSet && field
          ? selectionCost(walk, selection.selectionSet, getNamedType(field.type))
          : 0;
      if (!field?.args.some((arg) => arg.name === 'first')) {
        cost += 1 + children;
        continue;
      }
      const first = getArgumentValues(field, selection, walk.variables)['first'];
      cost += 1 + children * (typeof first === 'number' && first >= 0 ? first : LIMITS.pageSizeDefault);
    }
  }
  return cost;
}

/**
 * A validation error when the operation would cost more than MAX_OPERATION_COST, else null. Runs
 * after the document is validated and before execution, on both transports. Variables that do not
 * coerce are left for execution to report.
 */
export function operationCostError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName
    ? operations.find((o) => o.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  let cost: number;
  try {
    cost = selectionCost(
      { schema, fragments, variables: coerced.coerced },
      operation.selectionSet,
      schema.getRootType(operation.operation) ?? undefined,
    );
  } catch (error) {
    // getArgumentValues throws on an argument that does not coerce: execution reports it.
    if (error instanceof GraphQLError) return null;
    throw error;
  }
  if (cost <= MAX_OPERATION_COST) return null;
  return new GraphQLError(
    `Cost limit of ${MAX_OPERATION_COST} exceeded, found ${cost} (page sizes included).`,
    {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
    },
  );
}

/** The same limit over HTTP: Apollo knows the variables once the operation is resolved. */
export const operationCostPlugin: ApolloServerPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      didResolveOperation: ({ schema, document, request }) => {
        const error = operationCostError(schema, document, request.operationName, request.variables);
        return error ? Promise.reject(error) : Promise.resolve();
      },
    }),
};
