import { readFile } from 'node:fs/promises';
import { transformAsync, types, type PluginObj } from '@babel/core';
import { ClientSideBaseVisitor } from '@graphql-codegen/visitor-plugin-common';
import { buildSchema, parse } from 'graphql';
import type { Plugin } from 'vite';

const SOURCE_FILE = /\/apps\/web\/src\/(?!gql\/).*\.tsx?$/;
const VIRTUAL_PREFIX = 'virtual:ecw-graphql-document/';
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;

// Names documents exactly as the client preset does (`SignInDocument`, `X_YFragmentDoc`).
const naming = new ClientSideBaseVisitor(buildSchema('type Query { _: Int }'), [], {}, {});

/** Replaces each `graphql(`…`)` call by a default import of that document's own module. */
function documentImports(): PluginObj {
  return {
    name: 'ecw-graphql-document-imports',
    visitor: {
      CallExpression(path) {
        const {
          callee,
          arguments: [argument],
        } = path.node;
        if (!types.isIdentifier(callee, { name: 'graphql' }) || !types.isTemplateLiteral(argument)) return;
        const [definition] = parse(argument.quasis[0]?.value.raw ?? '').definitions;
        if (definition?.kind !== 'OperationDefinition' && definition?.kind !== 'FragmentDefinition') return;
        if (!definition.name) return;
        const name =
          definition.kind === 'OperationDefinition'
            ? naming.getOperationVariableName(definition)
            : naming.getFragmentVariableName(definition);
        const program = path.findParent((parent) => parent.isProgram());
        if (!program?.isProgram()) return;
        program.unshiftContainer(
          'body',
          types.importDeclaration(
            [types.importDefaultSpecifier(types.identifier(name))],
            types.stringLiteral(`${VIRTUAL_PREFIX}${name}`),
          ),
        );
        path.replaceWith(types.identifier(name));
      },
    },
  };
}

/** `export const XDocument = {…} as unknown as DocumentNode<…>;`: one line per document. */
async function documentsIn(generatedFile: string): Promise<Map<string, string>> {
  const documents = new Map<string, string>();
  const source = await readFile(generatedFile, 'utf8');
  for (const [, name, json] of source.matchAll(
    /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm,
  )) {
    if (name && json) documents.set(name, json);
  }
  return documents;
}

/**
 * Gives every generated GraphQL document a module of its own. The client preset's `graphql()`
 * looks documents up in `gql.ts`'s map, which references every document of every feature, and
 * even with direct imports `graphql.ts` stays one module, which the bundler keeps whole in the
 * first chunk. Rewriting each call into an import of a one-document module lets each document
 * land in the chunk of the screen that uses it (and in no chunk if none does).
 */
export function graphqlDocumentModules(generatedFile: string): Plugin {
  let documents: Promise<Map<string, string>> | undefined;
  return {
    name: 'ecw:graphql-document-modules',
    enforce: 'pre',
    buildStart() {
      documents = documentsIn(generatedFile);
    },
    resolveId(source) {
      return source.startsWith(VIRTUAL_PREFIX) ? `\0${source}` : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const name = id.slice(RESOLVED_PREFIX.length);
      const json = (await (documents ??= documentsIn(generatedFile))).get(name);
      if (!json) throw new Error(`${generatedFile} has no ${name}: run the web:codegen target`);
      return `export default ${json};`;
    },
    async transform(code, id) {
      if (!SOURCE_FILE.test(id) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        // Only parsed here: Vite's own pipeline compiles TypeScript and JSX afterwards.
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [documentImports],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
