import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserOutput } from '../../accounts/dtos/user.output.js';
import { Ctx, SignedInGuard } from '../../core/auth/guards.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { notFound } from '../../core/errors/domain.exception.js';
import { OrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { ReviewAuthors } from '../review-authors.js';
import { ReviewVersionOutput, toReviewVersionOutput } from './dtos/review-version.output.js';
import { SignOffOutput } from './dtos/sign-off.output.js';
import { ReviewVersionReader } from './review-version.reader.js';

/** Fields of a sign-off, only ever reached through a report (or a signature) the viewer may read. */
@Resolver(() => SignOffOutput)
@UseGuards(SignedInGuard)
export class SignOffResolver {
  constructor(
    private readonly reader: ReviewVersionReader,
    private readonly authors: ReviewAuthors,
  ) {}

  @ResolveField('organization', () => OrganizationOutput)
  async organization(
    @Parent() signOff: SignOffOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput> {
    return (await this.authors.organization(ctx, signOff.organizationId)) ?? Promise.reject(notFound());
  }

  @ResolveField('user', () => UserOutput)
  async user(@Parent() signOff: SignOffOutput, @Ctx() ctx: RequestContext): Promise<UserOutput> {
    return (await this.authors.user(ctx, signOff.userId)) ?? Promise.reject(notFound());
  }

  @ResolveField('version', () => ReviewVersionOutput)
  async version(@Parent() signOff: SignOffOutput, @Ctx() ctx: RequestContext): Promise<ReviewVersionOutput> {
    const version = await this.reader.versionById(ctx, signOff.versionId);
    if (!version) throw notFound();
    return toReviewVersionOutput(version);
  }
}
