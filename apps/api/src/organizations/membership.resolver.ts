import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { toUserOutput, UserOutput } from '../accounts/dtos/user.output.js';
import { CurrentViewer, Ctx, PublicGuard, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { MembershipRole } from '../core/graphql/shared-enums.js';
import { MembershipOutput, toMembershipOutput } from './dtos/membership.output.js';
import { OrganizationOutput, toOrganizationOutput } from './dtos/organization.output.js';
import { orNotFound } from '../core/errors/or-not-found.js';
import { MembershipService } from './membership.service.js';
import { type OrganizationMembersChanged } from './organization-events.js';
import { OrganizationService } from './organization.service.js';
import { UserDirectory } from '../core/users/user-directory.js';

@Resolver(() => MembershipOutput)
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly organizations: OrganizationService,
    private readonly users: UserDirectory,
  ) {}

  @Mutation(() => MembershipOutput, {
    description: 'OWNER/ADMIN; only an OWNER grants OWNER or changes an OWNER.',
  })
  @UseGuards(SignedInGuard)
  async changeMemberRole(
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @Args('role', { type: () => MembershipRole }) role: MembershipRole,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MembershipOutput> {
    return toMembershipOutput(await this.memberships.changeRole(viewer, membershipId, role));
  }

  @Mutation(() => Boolean, {
    description: 'OWNER/ADMIN remove others; your own membership id means leaving.',
  })
  @UseGuards(SignedInGuard)
  removeMember(
    @Args('membershipId', { type: () => ID }) membershipId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.memberships.remove(viewer, membershipId);
  }

  @Subscription(() => ID, {
    description:
      'Members only: the id of the organisation each time its member list changes (join, role change, removal, leaving); refetch the members. Ends when the viewer stops being a member.',
    resolve: (event: OrganizationMembersChanged) => event.organizationId,
  })
  @UseGuards(SignedInGuard)
  organizationMembersChanged(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<OrganizationMembersChanged>> {
    return this.memberships.watchMembers(viewer, organizationId);
  }

  // A Membership object is only handed to someone allowed to see it (a member of its organisation,
  // or its own member, also in a sign-in's answer before there is a viewer); these fields add the
  // member's public profile and the organisation, nothing more.
  @ResolveField('user', () => UserOutput)
  @UseGuards(PublicGuard)
  async user(@Parent() membership: MembershipOutput, @Ctx() ctx: RequestContext): Promise<UserOutput> {
    return toUserOutput(orNotFound(await this.users.profile(ctx, membership.userId)));
  }

  @ResolveField('organization', () => OrganizationOutput)
  @UseGuards(PublicGuard)
  async organization(
    @Parent() membership: MembershipOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput> {
    return toOrganizationOutput(
      orNotFound(await this.organizations.visibleById(ctx, membership.organizationId)),
    );
  }
}
