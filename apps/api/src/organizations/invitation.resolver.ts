import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Ctx, PublicGuard, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { InvitationPreviewOutput, toInvitationPreviewOutput } from './dtos/invitation-preview.output.js';
import { InvitationOutput, toInvitationOutput } from './dtos/invitation.output.js';
import { InviteMemberInput } from './dtos/invite-member.input.js';
import { MembershipOutput, toMembershipOutput } from './dtos/membership.output.js';
import { OrganizationOutput, toOrganizationOutput } from './dtos/organization.output.js';
import { PendingInvitationOutput, toPendingInvitationOutput } from './dtos/pending-invitation.output.js';
import { RevokeInvitationInput } from './dtos/revoke-invitation.input.js';
import { orNotFound } from '../core/errors/or-not-found.js';
import { InvitationService } from './invitation.service.js';
import { OrganizationService } from './organization.service.js';

@Resolver(() => InvitationOutput)
export class InvitationResolver {
  constructor(
    private readonly invitations: InvitationService,
    private readonly organizations: OrganizationService,
  ) {}

  @Mutation(() => InvitationOutput, { description: 'OWNER/ADMIN; acceptToken is shown this once.' })
  @UseGuards(SignedInGuard)
  async inviteMember(
    @Args('input', { type: () => InviteMemberInput }) input: InviteMemberInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<InvitationOutput> {
    const { invitation, acceptToken } = await this.invitations.invite(viewer, input);
    return toInvitationOutput(invitation, acceptToken);
  }

  @Query(() => InvitationPreviewOutput, {
    nullable: true,
    description: 'Null + NOT_FOUND when unknown, expired, used or revoked.',
  })
  @UseGuards(PublicGuard)
  async invitation(
    @Args('token', { type: () => String }) token: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InvitationPreviewOutput> {
    const { invitation, organizationName } = await this.invitations.preview(ctx, token);
    return toInvitationPreviewOutput(invitation, organizationName);
  }

  @Mutation(() => MembershipOutput, { description: 'Only by the account the invitation was sent to, once.' })
  @UseGuards(SignedInGuard)
  async acceptInvitation(
    @Args('token', { type: () => String }) token: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MembershipOutput> {
    return toMembershipOutput(await this.invitations.accept(viewer, token));
  }

  @Query(() => [PendingInvitationOutput], { description: 'OWNER/ADMIN of that organisation.' })
  @UseGuards(SignedInGuard)
  async pendingInvitations(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PendingInvitationOutput[]> {
    return (await this.invitations.pending(viewer, organizationId)).map(toPendingInvitationOutput);
  }

  @Mutation(() => Boolean, { description: 'OWNER/ADMIN of the invitation’s organisation.' })
  @UseGuards(SignedInGuard)
  revokeInvitation(
    @Args('input', { type: () => RevokeInvitationInput }) input: RevokeInvitationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.invitations.revoke(viewer, input.id);
  }

  @ResolveField('organization', () => OrganizationOutput)
  @UseGuards(SignedInGuard)
  async organization(
    @Parent() invitation: InvitationOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput> {
    return toOrganizationOutput(orNotFound(await this.organizations.visibleById(ctx, invitation.organizationId)));
  }
}
