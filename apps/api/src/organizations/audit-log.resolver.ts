import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toUserOutput, UserOutput } from '../accounts/dtos/user.output.js';
import { CurrentViewer, Ctx, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { AuditEventConnection, AuditEventOutput } from './dtos/audit-event.output.js';
import { OrganizationOutput, toOrganizationOutput } from './dtos/organization.output.js';
import { OrganizationAuditService } from './organization-audit.service.js';
import { OrganizationService } from './organization.service.js';
import { UserDirectory } from '../core/users/user-directory.js';

@Resolver(() => AuditEventOutput)
@UseGuards(SignedInGuard)
export class AuditLogResolver {
  constructor(
    private readonly auditTrail: OrganizationAuditService,
    private readonly organizations: OrganizationService,
    private readonly users: UserDirectory,
  ) {}

  @Query(() => AuditEventConnection, { description: 'OWNER/ADMIN of that organisation; newest first.' })
  auditLog(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    return this.auditTrail.page(viewer, organizationId, first, after);
  }

  @ResolveField('actor', () => UserOutput, { nullable: true })
  async actor(@Parent() event: AuditEventOutput, @Ctx() ctx: RequestContext): Promise<UserOutput | null> {
    const profile = event.actorId ? await this.users.profile(ctx, event.actorId) : null;
    return profile ? toUserOutput(profile) : null;
  }

  @ResolveField('organization', () => OrganizationOutput, { nullable: true })
  async organization(
    @Parent() event: AuditEventOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput | null> {
    const organization = event.organizationId
      ? await this.organizations.visibleById(ctx, event.organizationId)
      : null;
    return organization ? toOrganizationOutput(organization) : null;
  }
}
