import { AUTHENTICATION_GUARDS } from './guard-names.js';

/**
 * ecw/resolvers-must-be-guarded
 *
 * Every GraphQL resolver method (`@Query`, `@Mutation`, `@Subscription`, `@ResolveField`)
 * must be covered by `@UseGuards(...)` on the method itself or on its class, and at least one
 * argument of that `@UseGuards` must be an authentication guard from AUTHENTICATION_GUARDS
 * (see ./guard-names.js). Public endpoints say so explicitly with `PublicGuard`.
 *
 * A guard counts when it is passed as the class itself (`UseGuards(SignedInGuard)`) or as an
 * instance (`UseGuards(new SignedInGuard())`). Aliased imports, spreads and factory calls are
 * not recognised, on purpose: the rule only accepts what it can see.
 */

// Types only (JSDoc, checked by tsconfig.json's checkJs); nothing is imported at run time.
/** @typedef {import('@typescript-eslint/utils').TSESTree.Decorator} Decorator */
/** @typedef {import('@typescript-eslint/utils').TSESTree.MethodDefinition} MethodDefinition */
/** @typedef {import('@typescript-eslint/utils').TSESTree.ClassDeclaration} ClassDeclaration */
/** @typedef {import('@typescript-eslint/utils').TSESTree.ClassExpression} ClassExpression */
/** @typedef {import('@typescript-eslint/utils').TSESTree.CallExpressionArgument} CallExpressionArgument */
/** @typedef {import('@typescript-eslint/utils').TSESLint.SourceCode} SourceCode */
/** @typedef {'unguarded' | 'noAuthenticationGuard'} MessageIds */
/** @typedef {import('@typescript-eslint/utils').TSESLint.RuleModule<MessageIds, []>} RuleModule */

const RESOLVER_DECORATORS = ['Query', 'Mutation', 'Subscription', 'ResolveField'];
const USE_GUARDS = 'UseGuards';

/**
 * Name of the function a decorator calls: `@Query()` and `@Query` both give 'Query'.
 * @param {Decorator} decorator
 * @returns {string | null}
 */
function decoratorName(decorator) {
  const expression = decorator.expression;
  const target = expression.type === 'CallExpression' ? expression.callee : expression;
  return target.type === 'Identifier' ? target.name : null;
}

/**
 * Names of the guards passed to each `@UseGuards(...)` on a node (one array per decorator).
 * @param {MethodDefinition | ClassDeclaration | ClassExpression} node
 * @returns {string[][]}
 */
function useGuardsArguments(node) {
  /** @type {string[][]} */
  const result = [];
  for (const decorator of node.decorators ?? []) {
    const expression = decorator.expression;
    if (
      expression.type === 'CallExpression' &&
      expression.callee.type === 'Identifier' &&
      expression.callee.name === USE_GUARDS
    ) {
      result.push(expression.arguments.map(guardName).filter((name) => typeof name === 'string'));
    }
  }
  return result;
}

/**
 * `SignedInGuard` or `new SignedInGuard(...)` give 'SignedInGuard'; anything else gives null.
 * @param {CallExpressionArgument} argument
 * @returns {string | null}
 */
function guardName(argument) {
  if (argument.type === 'Identifier') {
    return argument.name;
  }
  if (argument.type === 'NewExpression' && argument.callee.type === 'Identifier') {
    return argument.callee.name;
  }
  return null;
}

/**
 * @param {MethodDefinition} node
 * @param {Readonly<SourceCode>} sourceCode
 * @returns {string}
 */
function methodName(node, sourceCode) {
  if (node.key.type === 'Identifier' && !node.computed) {
    return node.key.name;
  }
  if (node.key.type === 'PrivateIdentifier') {
    return `#${node.key.name}`;
  }
  if (node.key.type === 'Literal') {
    return String(node.key.value);
  }
  return sourceCode.getText(node.key);
}

const allowedGuards = AUTHENTICATION_GUARDS.join(', ');

/** @type {RuleModule} */
export const resolversMustBeGuarded = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require an authentication guard (@UseGuards on the method or its class) on every GraphQL resolver method.',
    },
    schema: [],
    messages: {
      unguarded:
        "Resolver method '{{method}}' (@{{decorator}}) has no @UseGuards on the method or its class. " +
        'Add @UseGuards(...) with one of the authentication guards: {{allowed}}.',
      noAuthenticationGuard:
        "Resolver method '{{method}}' (@{{decorator}}) has @UseGuards but no authentication guard " +
        '(found: {{found}}). Add one of: {{allowed}} (on the method or its class).',
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;
    const authGuards = new Set(AUTHENTICATION_GUARDS);

    return {
      MethodDefinition(node) {
        const decorator = (node.decorators ?? [])
          .map(decoratorName)
          .find((name) => name !== null && RESOLVER_DECORATORS.includes(name));
        if (decorator === undefined) {
          return;
        }

        // MethodDefinition -> ClassBody -> ClassDeclaration | ClassExpression
        const classNode = node.parent.parent;
        const guardLists = [...useGuardsArguments(node), ...useGuardsArguments(classNode)];
        if (guardLists.flat().some((name) => authGuards.has(name))) {
          return;
        }

        const data = { method: methodName(node, sourceCode), decorator, allowed: allowedGuards };
        if (guardLists.length === 0) {
          context.report({ node: node.key, messageId: 'unguarded', data });
          return;
        }
        const found = [...new Set(guardLists.flat())];
        context.report({
          node: node.key,
          messageId: 'noAuthenticationGuard',
          data: { ...data, found: found.length > 0 ? found.join(', ') : 'none' },
        });
      },
    };
  },
};
