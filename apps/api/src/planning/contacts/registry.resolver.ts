import { UseGuards } from '@nestjs/common';
import { LIMITS } from '@ecw/domain';
import { type GraphQLResolveInfo } from 'graphql';
import { Args, ID, Info, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { pageSize } from '../../core/graphql/connection.js';
import { selectsField } from '../../core/graphql/field-selection.js';
import {
  type OrganizationOutput,
  toOrganizationOutput,
} from '../../organizations/dtos/organization.output.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { ContactPointOutput, toContactPointOutput } from '../dtos/contact-point.output.js';
import { RelationshipOutput } from '../dtos/relationship.output.js';
import { ContactPointService } from './contact-point.service.js';

/** `Relationship.contacts`: the registry, read by members of either side and audited for both. */
@Resolver(() => RelationshipOutput)
@UseGuards(SignedInGuard)
export class RegistryResolver {
  constructor(
    private readonly contactService: ContactPointService,
    private readonly organizationService: OrganizationService,
  ) {}

  @ResolveField('contacts', () => [ContactPointOutput], {
    description: 'Both sides, or one; strongest tier first; at most `first` (default and max 100). Audited.',
  })
  async contacts(
    @Parent() relationship: RelationshipOutput,
    @Ctx() ctx: RequestContext,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<ContactPointOutput[]> {
    const limit = first == null ? LIMITS.pageSizeMax : pageSize(first);
    const now = new Date();
    const [views, sides] = await Promise.all([
      this.contactService.registry(ctx, viewer, relationship, organizationId ?? null, limit),
      selectsField(info, 'organization')
        ? this.sidesOf(ctx, relationship)
        : new Map<string, OrganizationOutput>(),
    ]);
    return views.map(({ contact, staleAfterDays }) => ({
      ...toContactPointOutput(contact, staleAfterDays, now),
      organization: sides.get(contact.organizationId),
    }));
  }

  /**
   * The two sides as the viewer may see them, to carry on each contact (`ContactPoint.organization`)
   * instead of one guarded field resolver call per contact; `relationship(id)` has usually read them
   * already. One the viewer may not see is left out, so that contact's field resolver answers as before.
   */
  private async sidesOf(
    ctx: RequestContext,
    relationship: RelationshipOutput,
  ): Promise<Map<string, OrganizationOutput>> {
    const ids = [relationship.proposerOrganizationId, relationship.recipientOrganizationId];
    const found = await Promise.all(ids.map((id) => this.organizationService.visibleById(ctx, id)));
    const sides = new Map<string, OrganizationOutput>();
    for (const organization of found) {
      if (organization) sides.set(organization.id, toOrganizationOutput(organization));
    }
    return sides;
  }
}
