import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { ListPageArgs } from '../../core/pagination/list-page.js';
import { ReauthenticateInput } from './dtos/reauthenticate.input.js';
import { RevokeSessionInput } from './dtos/revoke-session.input.js';
import { SessionOutput, toSessionOutput } from './dtos/session.output.js';
import { SessionService } from './session.service.js';
import { SudoService } from './sudo.service.js';

@Resolver()
@UseGuards(SignedInGuard)
export class SessionResolver {
  constructor(
    private readonly browserSessions: SessionService,
    private readonly sudo: SudoService,
  ) {}

  @Query(() => [SessionOutput], {
    description: "The viewer's own live browser sessions, most recently used first",
  })
  async sessions(@CurrentViewer() viewer: Viewer, @Args() page: ListPageArgs): Promise<SessionOutput[]> {
    const live = await this.browserSessions.listLive(viewer.userId, page);
    return live.map((session) => toSessionOutput(session, this.browserSessions.endsAt(session), viewer));
  }

  @Mutation(() => Boolean)
  revokeSession(
    @Args('input', { type: () => RevokeSessionInput }) input: RevokeSessionInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.browserSessions.revokeOwn(viewer, input, ctx.res);
  }

  @Mutation(() => Boolean, {
    description:
      'Enters the password (and second factor) again: sensitive changes are allowed for 10 minutes.',
  })
  reauthenticate(
    @Args('input', { type: () => ReauthenticateInput }) input: ReauthenticateInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.sudo.reauthenticate(viewer, input, ctx);
  }
}
