import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { OrganizationOutput, toOrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { BlackoutWindowOutput, toBlackoutWindowOutput } from '../dtos/blackout-window.output.js';
import { ElectionOutput, toElectionOutput } from '../dtos/election.output.js';
import { EngagementOutput, toEngagementOutput } from '../dtos/engagement.output.js';
import { ScheduleEngagementInput } from '../dtos/schedule-engagement.input.js';
import { ElectionService } from './election.service.js';
import { EngagementService } from './engagement.service.js';

@Resolver(() => EngagementOutput)
@UseGuards(SignedInGuard)
export class EngagementResolver {
  constructor(
    private readonly engagements: EngagementService,
    private readonly elections: ElectionService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Mutation(() => EngagementOutput, {
    description: 'By a MEMBER or above of one of the organisations taking part.',
  })
  async scheduleEngagement(
    @Args('input', { type: () => ScheduleEngagementInput }) input: ScheduleEngagementInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<EngagementOutput> {
    return toEngagementOutput(await this.engagements.schedule(viewer, input));
  }

  @ResolveField('election', () => ElectionOutput)
  async election(
    @Parent() engagement: EngagementOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<ElectionOutput> {
    const election = await this.elections.byId(ctx, engagement.electionId);
    // An engagement's election is never deleted before it (ON DELETE CASCADE).
    if (!election) throw new Error(`engagement ${engagement.id} has no election`);
    return toElectionOutput(election, new Date());
  }

  @ResolveField('organizations', () => [OrganizationOutput])
  async organizations(
    @Parent() engagement: EngagementOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput[]> {
    const ids = await this.engagements.organizationIdsOf(ctx, engagement.id);
    const found = await Promise.all(ids.map((id) => this.organizationService.visibleById(ctx, id)));
    return found.flatMap((organization) => (organization ? [toOrganizationOutput(organization)] : []));
  }

  @ResolveField('conflicts', () => [BlackoutWindowOutput], {
    description: 'Blackout windows it overlaps (whole days in the election’s time zone); empty when clear',
  })
  async conflicts(
    @Parent() engagement: EngagementOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<BlackoutWindowOutput[]> {
    return (await this.engagements.conflictsOf(ctx, engagement.id)).map(toBlackoutWindowOutput);
  }
}
