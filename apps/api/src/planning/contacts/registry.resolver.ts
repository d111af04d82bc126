import { UseGuards } from '@nestjs/common';
import { LIMITS } from '@ecw/domain';
import { Args, ID, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { pageSize } from '../../core/graphql/connection.js';
import { ContactPointOutput, toContactPointOutput } from '../dtos/contact-point.output.js';
import { RelationshipOutput } from '../dtos/relationship.output.js';
import { ContactPointService } from './contact-point.service.js';

/** `Relationship.contacts`: the registry, read by members of either side and audited for both. */
@Resolver(() => RelationshipOutput)
@UseGuards(SignedInGuard)
export class RegistryResolver {
  constructor(private readonly contactService: ContactPointService) {}

  @ResolveField('contacts', () => [ContactPointOutput], {
    description: 'Both sides, or one; strongest tier first; at most `first` (default and max 100). Audited.',
  })
  async contacts(
    @Parent() relationship: RelationshipOutput,
    @Ctx() ctx: RequestContext,
    @CurrentViewer() viewer: Viewer,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<ContactPointOutput[]> {
    const limit = first == null ? LIMITS.pageSizeMax : pageSize(first);
    const now = new Date();
    const views = await this.contactService.registry(
      ctx,
      viewer,
      relationship,
      organizationId ?? null,
      limit,
    );
    return views.map(({ contact, staleAfterDays }) => toContactPointOutput(contact, staleAfterDays, now));
  }
}
