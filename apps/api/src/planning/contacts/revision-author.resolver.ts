import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AccountService } from '../../accounts/account.service.js';
import { toUserOutput, UserOutput } from '../../accounts/dtos/user.output.js';
import { Ctx, SignedInGuard } from '../../core/auth/guards.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { ContactRevisionOutput } from '../dtos/contact-revision.output.js';

const AUTHORS = Symbol('planning.revisionAuthors');

/** Who made a revision (display name only), batched per request. */
@Resolver(() => ContactRevisionOutput)
@UseGuards(SignedInGuard)
export class RevisionAuthorResolver {
  constructor(private readonly accounts: AccountService) {}

  @ResolveField('changedBy', () => UserOutput, { nullable: true })
  changedBy(
    @Parent() revision: ContactRevisionOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserOutput | null> {
    if (!revision.changedById) return Promise.resolve(null);
    const loader = ctx.loaders.get(
      AUTHORS,
      () =>
        new DataLoader<string, UserOutput | null>(async (ids) => {
          const found = new Map(
            (await this.accounts.findUsersByIds(ids)).map((user) => [user.id, toUserOutput(user)]),
          );
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
    return loader.load(revision.changedById);
  }
}
