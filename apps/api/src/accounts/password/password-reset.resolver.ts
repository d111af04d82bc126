import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, PlatformAdminGuard, PublicGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { CreatePasswordResetLinkInput } from './dtos/create-password-reset-link.input.js';
import { RequestPasswordResetInput } from './dtos/request-password-reset.input.js';
import { ResetPasswordInput } from './dtos/reset-password.input.js';
import { PasswordResetService } from './password-reset.service.js';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, { description: 'Always true: never reveals whether the address has an account' })
  @UseGuards(PublicGuard)
  requestPasswordReset(
    @Args('input', { type: () => RequestPasswordResetInput }) input: RequestPasswordResetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.resets.request(input, ctx);
  }

  @Mutation(() => Boolean)
  @UseGuards(PublicGuard)
  resetPassword(
    @Args('input', { type: () => ResetPasswordInput }) input: ResetPasswordInput,
  ): Promise<boolean> {
    return this.resets.reset(input);
  }

  @Mutation(() => String, {
    description: 'Platform admins: a one-hour reset link to hand over when no mail is configured',
  })
  @UseGuards(PlatformAdminGuard)
  createPasswordResetLink(
    @Args('input', { type: () => CreatePasswordResetLinkInput }) input: CreatePasswordResetLinkInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return this.resets.createLink(viewer, input, ctx);
  }
}
