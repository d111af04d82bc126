import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Ctx, PlatformAdminGuard, PublicGuard, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { CreateOrganizationInput } from './dtos/create-organization.input.js';
import { MembershipRole } from '../core/graphql/shared-enums.js';
import { MembershipConnection } from './dtos/membership.output.js';
import { OrganizationFilter } from './dtos/organization-filter.input.js';
import {
  OrganizationConnection,
  OrganizationOutput,
  toOrganizationOutput,
} from './dtos/organization.output.js';
import { UpdateOrganizationInput } from './dtos/update-organization.input.js';
import { MembershipService } from './membership.service.js';
import { OrganizationService } from './organization.service.js';

@Resolver(() => OrganizationOutput)
export class OrganizationResolver {
  constructor(
    private readonly organizationService: OrganizationService,
    private readonly memberships: MembershipService,
  ) {}

  @Query(() => OrganizationOutput, {
    nullable: true,
    description: 'Null + NOT_FOUND when it does not exist or the viewer may not see it.',
  })
  @UseGuards(SignedInGuard)
  async organization(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OrganizationOutput> {
    return toOrganizationOutput(await this.organizationService.get(viewer, id));
  }

  @Query(() => OrganizationConnection, { description: 'Organisations the viewer may see, by name.' })
  @UseGuards(SignedInGuard)
  organizations(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => OrganizationFilter, nullable: true }) filter?: OrganizationFilter | null,
  ): Promise<OrganizationConnection> {
    return this.organizationService.list(viewer, first, after, filter);
  }

  @Mutation(() => OrganizationOutput)
  @UseGuards(SignedInGuard)
  async createOrganization(
    @Args('input', { type: () => CreateOrganizationInput }) input: CreateOrganizationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OrganizationOutput> {
    return toOrganizationOutput(await this.organizationService.create(viewer, input));
  }

  @Mutation(() => OrganizationOutput)
  @UseGuards(SignedInGuard)
  async updateOrganization(
    @Args('input', { type: () => UpdateOrganizationInput }) input: UpdateOrganizationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OrganizationOutput> {
    return toOrganizationOutput(await this.organizationService.update(viewer, input));
  }

  @Mutation(() => OrganizationOutput, { description: 'Platform admins only.' })
  @UseGuards(PlatformAdminGuard)
  async verifyOrganization(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<OrganizationOutput> {
    return toOrganizationOutput(await this.organizationService.verify(viewer, id));
  }

  // An Organization object is only ever handed to someone allowed to see it, including the `me`
  // of a sign-in's answer (which has no viewer yet): its member count is no more than that.
  // Parents that carry the count or role (the directory's) are answered before these run
  // (core/graphql/carried-fields.ts).
  @ResolveField('memberCount', () => Int)
  @UseGuards(PublicGuard)
  memberCount(@Parent() organization: OrganizationOutput, @Ctx() ctx: RequestContext): Promise<number> {
    return this.memberships.memberCount(ctx, organization.id);
  }

  @ResolveField('viewerRole', () => MembershipRole, {
    nullable: true,
    description: 'Null when the viewer is not a member.',
  })
  @UseGuards(PublicGuard)
  viewerRole(
    @Parent() organization: OrganizationOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<MembershipRole | null> {
    return this.memberships.viewerRole(ctx, organization.id);
  }

  @ResolveField('members', () => MembershipConnection, {
    description: 'Members only (FORBIDDEN for anyone else).',
  })
  @UseGuards(SignedInGuard)
  members(
    @Parent() organization: OrganizationOutput,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<MembershipConnection> {
    return this.memberships.members(ctx, organization, first, after);
  }
}
