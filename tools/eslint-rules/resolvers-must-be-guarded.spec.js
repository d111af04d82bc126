import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';

import { AUTHENTICATION_GUARDS } from './guard-names.js';
import plugin from './index.js';
import { resolversMustBeGuarded } from './resolvers-must-be-guarded.js';

const ruleTester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
});

const allowed = AUTHENTICATION_GUARDS.join(', ');

describe('ecw plugin', () => {
  it('exports the rule under its public name', () => {
    expect(plugin.rules['resolvers-must-be-guarded']).toBe(resolversMustBeGuarded);
  });

  it('takes its guard names from guard-names.js', () => {
    expect(AUTHENTICATION_GUARDS.length).toBeGreaterThan(0);
    for (const name of AUTHENTICATION_GUARDS) {
      expect(name).toMatch(/^[A-Z][A-Za-z0-9]*Guard$/);
    }
  });
});

// typescript-eslint's RuleModule type and ESLint's RuleTester type describe the same object differently.
const rule = /** @type {import('eslint').Rule.RuleModule} */ (
  /** @type {unknown} */ (resolversMustBeGuarded)
);

ruleTester.run('resolvers-must-be-guarded', rule, {
  valid: [
    // Method guard: every name in the constant is accepted.
    ...AUTHENTICATION_GUARDS.map((guard) => ({
      name: `method guard ${guard}`,
      code: `
        @Resolver(() => Brief)
        export class BriefResolver {
          @Query(() => Brief)
          @UseGuards(${guard})
          brief(@Args('id') id: string) { return this.briefs.get(id); }
        }
      `,
    })),
    {
      name: 'class guard covers Query, Mutation, Subscription and ResolveField',
      code: `
        @UseGuards(SignedInGuard)
        @Resolver(() => Comment)
        export class CommentResolver {
          @Query(() => [Comment]) comments() { return []; }
          @Mutation(() => Comment) addComment(@Args('input') input: AddCommentInput) { return input; }
          @Subscription(() => Comment) commentAdded() { return this.pubsub.asyncIterableIterator('x'); }
          @ResolveField(() => Member, { nullable: true }) author(@Parent() c: Comment) { return c.author; }
        }
      `,
    },
    {
      name: 'authentication guard alongside a permission guard factory',
      code: `
        export class CommentResolver {
          @Mutation(() => Comment)
          @UseGuards(SignedInGuard, OrgRoleGuard('consultation:comment'))
          addComment() {}
        }
      `,
    },
    {
      name: 'guard passed as an instance',
      code: `
        export class R {
          @Query(() => String)
          @UseGuards(new PlatformAdminGuard())
          stats() {}
        }
      `,
    },
    {
      name: 'non-auth guard on the method, auth guard on the class',
      code: `
        @UseGuards(SignedInGuard)
        export class R {
          @Mutation(() => Boolean)
          @UseGuards(RateLimitGuard)
          requestCode() {}
        }
      `,
    },
    {
      name: 'auth guard in a second @UseGuards on the same method',
      code: `
        export class R {
          @Mutation(() => Boolean)
          @UseGuards(RateLimitGuard)
          @UseGuards(PublicGuard)
          signIn() {}
        }
      `,
    },
    {
      name: 'ResolveField with a method guard',
      code: `
        @Resolver(() => Member)
        export class MemberResolver {
          @ResolveField(() => String)
          @UseGuards(SignedInGuard)
          email(@Parent() m: Member) { return m.email; }
        }
      `,
    },
    {
      name: 'Subscription with a method guard',
      code: `
        export class NotificationResolver {
          @Subscription(() => Notification, { resolve: (p: Notification) => p })
          @UseGuards(SignedInGuard)
          notificationAdded() {}
        }
      `,
    },
    {
      name: 'decorator without call parentheses',
      code: `
        @UseGuards(PublicGuard)
        export class R { @Query health() {} }
      `,
    },
    {
      name: 'methods without resolver decorators are ignored',
      code: `
        export class R {
          constructor(private readonly svc: Service) {}
          helper() {}
          @Other() decorated() {}
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'Query without any guard (message names the method and the allowed guards)',
      code: `
        export class BriefResolver {
          @Query(() => Brief)
          brief() {}
        }
      `,
      errors: [
        {
          message:
            "Resolver method 'brief' (@Query) has no @UseGuards on the method or its class. " +
            `Add @UseGuards(...) with one of the authentication guards: ${allowed}.`,
          line: 4,
        },
      ],
    },
    {
      name: 'Mutation without any guard',
      code: `
        export class R {
          @Mutation(() => Boolean)
          closeConsultation() {}
        }
      `,
      errors: [
        { messageId: 'unguarded', data: { method: 'closeConsultation', decorator: 'Mutation', allowed } },
      ],
    },
    {
      name: 'Subscription without any guard',
      code: `
        export class R {
          @Subscription(() => BriefEvent)
          briefEvents() {}
        }
      `,
      errors: [
        { messageId: 'unguarded', data: { method: 'briefEvents', decorator: 'Subscription', allowed } },
      ],
    },
    {
      name: 'ResolveField on a class that has no guard',
      code: `
        @Resolver(() => Comment)
        export class CommentResolver {
          @ResolveField(() => Member, { nullable: true })
          author() {}
        }
      `,
      errors: [{ messageId: 'unguarded', data: { method: 'author', decorator: 'ResolveField', allowed } }],
    },
    {
      name: 'non-auth guard only, on the method',
      code: `
        export class R {
          @Query(() => String)
          @UseGuards(RateLimitGuard, OrgRoleGuard('x'))
          brief() {}
        }
      `,
      errors: [
        {
          message:
            "Resolver method 'brief' (@Query) has @UseGuards but no authentication guard (found: RateLimitGuard). " +
            `Add one of: ${allowed} (on the method or its class).`,
        },
      ],
    },
    {
      name: 'non-auth guard only, on the class',
      code: `
        @UseGuards(OrgRoleGuard('consultation:read'))
        export class R {
          @Subscription(() => String)
          briefEvents() {}
        }
      `,
      errors: [
        {
          messageId: 'noAuthenticationGuard',
          data: { method: 'briefEvents', decorator: 'Subscription', found: 'none', allowed },
        },
      ],
    },
    {
      name: 'empty @UseGuards()',
      code: `
        export class R {
          @Mutation(() => Boolean)
          @UseGuards()
          go() {}
        }
      `,
      errors: [{ messageId: 'noAuthenticationGuard' }],
    },
    {
      name: 'a renamed or aliased guard does not count',
      code: `
        import { SignedInGuard as Auth } from './auth';
        export class R {
          @Query(() => String) @UseGuards(Auth) a() {}
          @Query(() => String) @UseGuards(SignedInGuardV2) b() {}
          @Query(() => String) @UseGuards(...GUARDS) c() {}
        }
      `,
      errors: [
        {
          messageId: 'noAuthenticationGuard',
          data: { method: 'a', decorator: 'Query', found: 'Auth', allowed },
        },
        {
          messageId: 'noAuthenticationGuard',
          data: { method: 'b', decorator: 'Query', found: 'SignedInGuardV2', allowed },
        },
        {
          messageId: 'noAuthenticationGuard',
          data: { method: 'c', decorator: 'Query', found: 'none', allowed },
        },
      ],
    },
    {
      name: 'a guard on one method does not cover its neighbour',
      code: `
        export class R {
          @Query(() => String) @UseGuards(SignedInGuard) guarded() {}
          @Mutation(() => String) unguarded() {}
          @ResolveField(() => String) field() {}
        }
      `,
      errors: [
        { messageId: 'unguarded', data: { method: 'unguarded', decorator: 'Mutation', allowed } },
        { messageId: 'unguarded', data: { method: 'field', decorator: 'ResolveField', allowed } },
      ],
    },
    {
      name: "another class's guard does not count",
      code: `
        @UseGuards(SignedInGuard)
        export class A { @Query(() => String) a() {} }
        export class B { @Query(() => String) b() {} }
      `,
      errors: [{ messageId: 'unguarded', data: { method: 'b', decorator: 'Query', allowed } }],
    },
    {
      name: 'class expression',
      code: `
        export const R = class {
          @Query(() => String) q() {}
        };
      `,
      errors: [{ messageId: 'unguarded' }],
    },
  ],
});
