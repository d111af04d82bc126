import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, PublicGuard, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { AccountService } from './account.service.js';
import { ChangePasswordInput } from './password/dtos/change-password.input.js';
import { AuthPayloadOutput, MeOutput, toMeOutput } from './dtos/me.output.js';
import { SignInInput } from './dtos/sign-in.input.js';
import { SignUpInput } from './dtos/sign-up.input.js';
import { UpdateProfileInput } from './dtos/update-profile.input.js';
import { PasswordService } from './password/password.service.js';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly passwords: PasswordService,
  ) {}

  @Query(() => MeOutput, { nullable: true, description: 'The signed-in account; null when signed out.' })
  @UseGuards(PublicGuard)
  async me(@Ctx() ctx: RequestContext): Promise<MeOutput | null> {
    return ctx.viewer ? toMeOutput(await this.accounts.me(ctx.viewer.userId)) : null;
  }

  @Mutation(() => AuthPayloadOutput)
  @UseGuards(PublicGuard)
  async signUp(
    @Args('input', { type: () => SignUpInput }) input: SignUpInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayloadOutput> {
    return { me: toMeOutput(await this.accounts.signUp(input, ctx)) };
  }

  @Mutation(() => AuthPayloadOutput)
  @UseGuards(PublicGuard)
  async signIn(
    @Args('input', { type: () => SignInInput }) input: SignInInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayloadOutput> {
    return { me: toMeOutput(await this.accounts.signIn(input, ctx)) };
  }

  @Mutation(() => Boolean)
  @UseGuards(SignedInGuard)
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.signOut(ctx);
  }

  @Mutation(() => MeOutput)
  @UseGuards(SignedInGuard)
  async updateProfile(
    @Args('input', { type: () => UpdateProfileInput }) input: UpdateProfileInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MeOutput> {
    return toMeOutput(await this.accounts.updateProfile(viewer, input));
  }

  @Mutation(() => Boolean, { description: 'Ends every other session of the account' })
  @UseGuards(SignedInGuard)
  changePassword(
    @Args('input', { type: () => ChangePasswordInput }) input: ChangePasswordInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.passwords.change(viewer, input, ctx);
  }
}
