import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@ecw/domain';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { pageSize } from '../../core/graphql/connection.js';
import { EscalationEntryOutput, toEscalationEntryOutput } from '../dtos/escalation-entry.output.js';
import { ElectionService } from '../elections/election.service.js';
import { EscalationService } from './escalation.service.js';

@Resolver(() => EscalationEntryOutput)
@UseGuards(SignedInGuard)
export class EscalationResolver {
  constructor(
    private readonly escalationService: EscalationService,
    private readonly electionService: ElectionService,
  ) {}

  @Query(() => [EscalationEntryOutput], {
    description:
      'CRITICAL contacts of the ACTIVE relationships the viewer takes part in that concern the election (beyond the contract): those scoped to it, and general (unscoped) ones with its authority or between two organisations taking part in it. Only contacts valid today in the election’s zone: those whose validUntil has passed or whose validFrom has not come are left out. At most `first` (default and at most 100): the election’s own relationships come first, so a cut drops general channels before them.',
  })
  async escalation(
    @Args('electionId', { type: () => ID }) electionId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<EscalationEntryOutput[]> {
    const limit = first == null ? LIMITS.pageSizeMax : pageSize(first);
    const now = new Date();
    const views = await this.escalationService.criticalContacts(ctx, viewer, electionId, limit, now);
    const election = await this.electionService.get(electionId);
    const zones = { election: election.timeZone, viewer: viewer.timeZone };
    return views.map(({ contact, staleAfterDays }) =>
      toEscalationEntryOutput(contact, staleAfterDays, zones, now),
    );
  }
}
