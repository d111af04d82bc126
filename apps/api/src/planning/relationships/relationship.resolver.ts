import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { OrganizationOutput, toOrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { ElectionOutput } from '../dtos/election.output.js';
import { ProposeRelationshipInput } from '../dtos/propose-relationship.input.js';
import { RelationshipOutput, toRelationshipOutput } from '../dtos/relationship.output.js';
import { ElectionService } from '../elections/election.service.js';
import { RelationshipService } from './relationship.service.js';

@Resolver(() => RelationshipOutput)
@UseGuards(SignedInGuard)
export class RelationshipResolver {
  constructor(
    private readonly relationshipService: RelationshipService,
    private readonly organizationService: OrganizationService,
    private readonly electionService: ElectionService,
  ) {}

  @Query(() => RelationshipOutput, {
    nullable: true,
    description: 'Null + NOT_FOUND unless the viewer belongs to one of its two organisations.',
  })
  async relationship(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<RelationshipOutput> {
    return toRelationshipOutput(await this.relationshipService.readable(ctx, viewer, id));
  }

  @Query(() => [RelationshipOutput], {
    description: 'Members of the organisation only; newest first, at most 100.',
  })
  async relationships(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RelationshipOutput[]> {
    return (await this.relationshipService.listFor(viewer, organizationId)).map(toRelationshipOutput);
  }

  @Mutation(() => RelationshipOutput, { description: 'By an OWNER or ADMIN of fromOrganizationId.' })
  async proposeRelationship(
    @Args('input', { type: () => ProposeRelationshipInput }) input: ProposeRelationshipInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RelationshipOutput> {
    return toRelationshipOutput(await this.relationshipService.propose(viewer, input));
  }

  @Mutation(() => RelationshipOutput, { description: 'By an OWNER or ADMIN of the side that was asked.' })
  async acceptRelationship(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RelationshipOutput> {
    return toRelationshipOutput(await this.relationshipService.accept(viewer, id));
  }

  @Mutation(() => RelationshipOutput, { description: 'By an OWNER or ADMIN of either side.' })
  async endRelationship(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RelationshipOutput> {
    return toRelationshipOutput(await this.relationshipService.end(viewer, id));
  }

  @ResolveField('organizations', () => [OrganizationOutput], { description: 'Exactly two, proposer first' })
  async organizations(
    @Parent() relationship: RelationshipOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput[]> {
    const ids = [relationship.proposerOrganizationId, relationship.recipientOrganizationId];
    return Promise.all(ids.map((id) => this.organizationOf(ctx, id)));
  }

  @ResolveField('requestedBy', () => OrganizationOutput)
  requestedBy(
    @Parent() relationship: RelationshipOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput> {
    return this.organizationOf(ctx, relationship.proposerOrganizationId);
  }

  @ResolveField('election', () => ElectionOutput, { nullable: true, description: 'Optional scope' })
  election(
    @Parent() relationship: RelationshipOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<ElectionOutput | null> {
    return relationship.electionId
      ? this.electionService.outputById(ctx, relationship.electionId)
      : Promise.resolve(null);
  }

  @ResolveField('staleAfterDays', () => Int, {
    description:
      'Contacts not verified for longer are STALE: 90 days, 14 while its election is in ELECTION_PERIOD',
  })
  staleAfterDays(@Parent() relationship: RelationshipOutput, @Ctx() ctx: RequestContext): Promise<number> {
    return this.relationshipService.staleAfterDaysOf(ctx, relationship.electionId);
  }

  /** Both sides are verified organisations (checked when proposed), so every member may see both. */
  private async organizationOf(ctx: RequestContext, organizationId: string): Promise<OrganizationOutput> {
    const organization = await this.organizationService.visibleById(ctx, organizationId);
    if (!organization) throw new Error(`relationship organisation ${organizationId} is not visible`);
    return toOrganizationOutput(organization);
  }
}
