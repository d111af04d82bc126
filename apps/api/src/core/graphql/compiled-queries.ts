import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { type DocumentNode, type GraphQLSchema } from 'graphql';

/** How many compiled operations are kept; the web app sends a few dozen distinct ones. */
const MAX_COMPILED_QUERIES = 500;

/** Remembered for an operation graphql-jit cannot compile, so it is not tried on every request. */
const NOT_COMPILABLE = 'not compilable';

/**
 * graphql-jit's compiled operations, least recently used evicted first, keyed by the query's hash
 * and the operation's name (Apollo hashes the query text before parsing it). Compiled against one
 * schema: a different schema empties the cache.
 */
export class CompiledQueries {
  private readonly entries = new Map<string, CompiledQuery | typeof NOT_COMPILABLE>();
  private schema: GraphQLSchema | undefined;

  constructor(private readonly limit = MAX_COMPILED_QUERIES) {}

  /** The compiled operation, or null when graphql-jit cannot compile it (graphql-js then runs it). */
  get(
    schema: GraphQLSchema,
    document: DocumentNode,
    queryHash: string,
    operationName: string | null,
  ): CompiledQuery | null {
    if (schema !== this.schema) {
      this.entries.clear();
      this.schema = schema;
    }
    const key = `${queryHash}\u0000${operationName ?? ''}`;
    let entry = this.entries.get(key);
    if (entry !== undefined) {
      // Map keeps insertion order: moving the entry to the end marks it most recently used.
      this.entries.delete(key);
    } else {
      entry = compile(schema, document, operationName);
      if (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(key, entry);
    return entry === NOT_COMPILABLE ? null : entry;
  }

  get size(): number {
    return this.entries.size;
  }
}

function compile(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
): CompiledQuery | typeof NOT_COMPILABLE {
  // Stacks never leave the API (formatError drops them) and resolvers' own errors keep theirs.
  const compiled = compileQuery(schema, document, operationName ?? undefined, {
    disablingCapturingStackErrors: true,
  });
  return isCompiledQuery(compiled) ? compiled : NOT_COMPILABLE;
}
