import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';

/** Distinct operation texts kept parsed and validated; the oldest is forgotten first. */
const MAX_DOCUMENTS = 500;

/**
 * Gives a parse or validation error the code Apollo gives it over HTTP: clients see the same error
 * on both transports, and the error formatter passes it as a request error (not an unexpected one).
 */
export function requestError(
  error: GraphQLError,
  code: 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED',
  hideSchemaDetails = false,
): GraphQLError {
  // As Apollo's hideSchemaDetailsFromClientErrors does over HTTP: no "Did you mean …?" in production.
  const message = hideSchemaDetails ? error.message.replace(/ ?Did you mean .+\?$/, '') : error.message;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}

type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/**
 * Subscription documents parsed and validated once per operation text (Apollo does the same over
 * HTTP). A thousand sockets subscribing the same operation share one document, which is also what
 * lets their deliveries share one execution (SharedExecutions keys on the document).
 */
export class CheckedDocuments {
  private readonly byQuery = new Map<string, Checked>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly hideSchemaDetails: boolean,
  ) {}

  get(query: string): Checked {
    const known = this.byQuery.get(query);
    if (known) {
      // Most recently used last, so the first key is the one to forget.
      this.byQuery.delete(query);
      this.byQuery.set(query, known);
      return known;
    }
    const checked = this.check(query);
    this.byQuery.set(query, checked);
    if (this.byQuery.size > MAX_DOCUMENTS) this.byQuery.delete(this.byQuery.keys().next().value as string);
    return checked;
  }

  private check(query: string): Checked {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      const parseError = error instanceof GraphQLError ? error : new GraphQLError('Syntax error');
      return { errors: [requestError(parseError, 'GRAPHQL_PARSE_FAILED')] };
    }
    const errors = validate(this.schema, document, this.rules);
    if (errors.length)
      return {
        errors: errors.map((error) =>
          requestError(error, 'GRAPHQL_VALIDATION_FAILED', this.hideSchemaDetails),
        ),
      };
    return { document };
  }
}
