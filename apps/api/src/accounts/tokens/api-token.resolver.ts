import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { ListPageArgs } from '../../core/pagination/list-page.js';
import { ApiTokenService } from './api-token.service.js';
import { ApiTokenOutput, toApiTokenOutput } from './dtos/api-token.output.js';
import { CreatedApiTokenOutput, toCreatedApiTokenOutput } from './dtos/created-api-token.output.js';

/** Contract operations: they keep the contract's argument shapes (`name`, `id`), not an `input`. */
@Resolver()
@UseGuards(SignedInGuard)
export class ApiTokenResolver {
  constructor(private readonly tokens: ApiTokenService) {}

  @Query(() => [ApiTokenOutput], { description: "The viewer's unrevoked API tokens, newest first" })
  async apiTokens(@CurrentViewer() viewer: Viewer, @Args() page: ListPageArgs): Promise<ApiTokenOutput[]> {
    return (await this.tokens.listOwn(viewer, page)).map(toApiTokenOutput);
  }

  @Mutation(() => CreatedApiTokenOutput)
  async createApiToken(
    @Args('name', { type: () => String }) name: string,
    @Args('expiresAt', {
      type: () => Date,
      nullable: true,
      description: 'When it stops working; at most a year ahead.',
    })
    expiresAt: Date | null,
    @Args('readOnly', { type: () => Boolean, nullable: true, description: 'Queries and subscriptions only.' })
    readOnly: boolean | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CreatedApiTokenOutput> {
    const { token, secret } = await this.tokens.create(viewer, { name, expiresAt, readOnly });
    return toCreatedApiTokenOutput(token, secret);
  }

  @Mutation(() => Boolean)
  revokeApiToken(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.tokens.revokeOwn(viewer, id);
  }
}
