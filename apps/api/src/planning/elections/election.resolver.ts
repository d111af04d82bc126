import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { OrganizationOutput, toOrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { AddBlackoutWindowInput } from '../dtos/add-blackout-window.input.js';
import { BlackoutWindowOutput, toBlackoutWindowOutput } from '../dtos/blackout-window.output.js';
import { CreateElectionInput } from '../dtos/create-election.input.js';
import { ElectionFilter } from '../dtos/election-filter.input.js';
import { ElectionConnection, ElectionOutput, toElectionOutput } from '../dtos/election.output.js';
import { EngagementOutput, toEngagementOutput } from '../dtos/engagement.output.js';
import { MilestoneInput } from '../dtos/milestone.input.js';
import { MilestoneOutput, toMilestoneOutput } from '../dtos/milestone.output.js';
import { ElectionService } from './election.service.js';
import { EngagementService } from './engagement.service.js';

@Resolver(() => ElectionOutput)
@UseGuards(SignedInGuard)
export class ElectionResolver {
  constructor(
    private readonly electionService: ElectionService,
    private readonly engagementService: EngagementService,
    private readonly organizations: OrganizationService,
  ) {}

  @Query(() => ElectionOutput, { nullable: true, description: 'Null + NOT_FOUND when it does not exist.' })
  async election(@Args('id', { type: () => ID }) id: string): Promise<ElectionOutput> {
    return toElectionOutput(await this.electionService.get(id), new Date());
  }

  @Query(() => ElectionConnection, { description: 'The public election calendar, by election day.' })
  elections(
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => ElectionFilter, nullable: true }) filter?: ElectionFilter | null,
  ): Promise<ElectionConnection> {
    return this.electionService.list(first, after, filter, new Date());
  }

  @Mutation(() => ElectionOutput)
  async createElection(
    @Args('input', { type: () => CreateElectionInput }) input: CreateElectionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ElectionOutput> {
    return toElectionOutput(await this.electionService.create(viewer, input), new Date());
  }

  @Mutation(() => MilestoneOutput)
  async addMilestone(
    @Args('electionId', { type: () => ID }) electionId: string,
    @Args('input', { type: () => MilestoneInput }) input: MilestoneInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<MilestoneOutput> {
    return toMilestoneOutput(await this.electionService.addMilestone(viewer, electionId, input));
  }

  @Mutation(() => BlackoutWindowOutput, { description: 'Members of the election authority only.' })
  async addBlackoutWindow(
    @Args('input', { type: () => AddBlackoutWindowInput }) input: AddBlackoutWindowInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<BlackoutWindowOutput> {
    return toBlackoutWindowOutput(await this.electionService.addBlackoutWindow(viewer, input));
  }

  @ResolveField('authority', () => OrganizationOutput, {
    nullable: true,
    description: 'The election authority running it, when on the platform',
  })
  async authority(
    @Parent() election: ElectionOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput | null> {
    if (!election.authorityOrganizationId) return null;
    const organization = await this.organizations.visibleById(ctx, election.authorityOrganizationId);
    return organization ? toOrganizationOutput(organization) : null;
  }

  @ResolveField('milestones', () => [MilestoneOutput], { description: 'Ordered by startsOn' })
  async milestones(
    @Parent() election: ElectionOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<MilestoneOutput[]> {
    return (await this.electionService.milestonesOf(ctx, election.id)).map(toMilestoneOutput);
  }

  @ResolveField('blackoutWindows', () => [BlackoutWindowOutput])
  async blackoutWindows(
    @Parent() election: ElectionOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<BlackoutWindowOutput[]> {
    return (await this.electionService.blackoutWindowsOf(ctx, election.id)).map(toBlackoutWindowOutput);
  }

  @ResolveField('engagements', () => [EngagementOutput], {
    description: 'Those the viewer’s organisations take part in',
  })
  async engagements(
    @Parent() election: ElectionOutput,
    @Ctx() ctx: RequestContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<EngagementOutput[]> {
    return (await this.engagementService.visibleFor(ctx, viewer, election.id)).map(toEngagementOutput);
  }
}
