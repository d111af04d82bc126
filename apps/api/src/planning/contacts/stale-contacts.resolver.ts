import { UseGuards } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { ContactPointOutput, toContactPointOutput } from '../dtos/contact-point.output.js';
import { StaleContactsService } from './stale-contacts.service.js';

@Resolver(() => ContactPointOutput)
@UseGuards(SignedInGuard)
export class StaleContactsResolver {
  constructor(private readonly stale: StaleContactsService) {}

  @Query(() => [ContactPointOutput], {
    description:
      'The organisation’s own contacts overdue for verification: STALE ones, and UNVERIFIED ones imported longer ago than staleAfterDays (they keep that status); longest unverified first (at most 100). Members only.',
  })
  async staleContacts(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ContactPointOutput[]> {
    const now = new Date();
    const views = await this.stale.list(viewer, organizationId, now);
    return views.map(({ contact, staleAfterDays }) => toContactPointOutput(contact, staleAfterDays, now));
  }
}
