import { Injectable, type Type } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type AutoSchemaFileValue } from '@nestjs/graphql';
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { attachResolvers, type ExploredResolvers } from './resolver-attachment.js';

/** The parts of `@nestjs/graphql`'s GraphQLFactory this driver uses (private there, not exported on their own). */
interface SchemaFactoryParts {
  resolversExplorerService: { explore(): ExploredResolvers; getAllCtors(): Type<unknown>[] };
  gqlSchemaBuilder: {
    build(
      autoSchemaFile: AutoSchemaFileValue,
      options: ApolloDriverConfig,
      ctors: Type<unknown>[],
    ): Promise<GraphQLSchema>;
  };
}

/** Options of Nest's own schema generation that this driver does not carry out. */
const UNSUPPORTED = [
  'schema',
  'resolvers',
  'transformResolvers',
  'inheritResolversFromInterfaces',
  'typePaths',
] as const;

/**
 * Apollo, with the code-first schema given its resolvers directly (`attachResolvers`) instead of
 * through Nest's print → parse → `makeExecutableSchema` → copy-back round trip, which built the
 * schema's text and a second schema only to copy functions from one to the other.
 * `code-first-apollo-driver.spec.ts` fails when the two ways give different schemas.
 */
@Injectable()
export class CodeFirstApolloDriver extends ApolloDriver {
  override async generateSchema(options: ApolloDriverConfig): Promise<GraphQLSchema> {
    if (!options.autoSchemaFile) throw new Error('CodeFirstApolloDriver builds code-first schemas only');
    const unsupported = UNSUPPORTED.filter((name) => options[name] !== undefined);
    if (unsupported.length) throw new Error(`CodeFirstApolloDriver does not apply ${unsupported.join(', ')}`);
    const factory = this.graphQlFactory as unknown as SchemaFactoryParts;
    const explorer = factory.resolversExplorerService;
    const resolvers = explorer.explore();
    const schema = await factory.gqlSchemaBuilder.build(
      options.autoSchemaFile,
      options,
      explorer.getAllCtors(),
    );
    attachResolvers(schema, resolvers);
    const transformed = options.transformSchema ? await options.transformSchema(schema) : schema;
    return options.sortSchema ? lexicographicSortSchema(transformed) : transformed;
  }
}
