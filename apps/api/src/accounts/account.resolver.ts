import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, PublicGuard, SignedInGuard } from '../core/auth/guards.js';
import { type RequestContext } from '../core/context/request-context.js';
import { AccountService } from './account.service.js';
import { AuthPayloadOutput, MeOutput, toMeOutput } from './dtos/me.output.js';
import { SignInInput } from './dtos/sign-in.input.js';
import { SignUpInput } from './dtos/sign-up.input.js';

@Resolver()
export class AccountResolver {
  constructor(private readonly accounts: AccountService) {}

  @Query(() => MeOutput, { nullable: true, description: 'The signed-in account; null when signed out.' })
  @UseGuards(PublicGuard)
  async me(@Ctx() ctx: RequestContext): Promise<MeOutput | null> {
    return ctx.viewer ? toMeOutput(await this.accounts.me(ctx.viewer.userId)) : null;
  }

  @Mutation(() => AuthPayloadOutput)
  @UseGuards(PublicGuard)
  async signUp(@Args('input', { type: () => SignUpInput }) input: SignUpInput, @Ctx() ctx: RequestContext): Promise<AuthPayloadOutput> {
    return { me: toMeOutput(await this.accounts.signUp(input, ctx)) };
  }

  @Mutation(() => AuthPayloadOutput)
  @UseGuards(PublicGuard)
  async signIn(@Args('input', { type: () => SignInInput }) input: SignInInput, @Ctx() ctx: RequestContext): Promise<AuthPayloadOutput> {
    return { me: toMeOutput(await this.accounts.signIn(input, ctx)) };
  }

  @Mutation(() => Boolean)
  @UseGuards(SignedInGuard)
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.signOut(ctx);
  }
}
