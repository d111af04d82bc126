import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { OrganizationOutput, toOrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { AddContactPointInput } from '../dtos/add-contact-point.input.js';
import { ContactPointOutput, toContactPointOutput } from '../dtos/contact-point.output.js';
import { ContactRevisionOutput, toContactRevisionOutput } from '../dtos/contact-revision.output.js';
import { EraseContactPointInput } from '../dtos/erase-contact-point.input.js';
import { RelationshipOutput, toRelationshipOutput } from '../dtos/relationship.output.js';
import { UpdateContactPointInput } from '../dtos/update-contact-point.input.js';
import { RelationshipService } from '../relationships/relationship.service.js';
import { ContactPointService, type ContactView } from './contact-point.service.js';

const toOutput = ({ contact, staleAfterDays }: ContactView) =>
  toContactPointOutput(contact, staleAfterDays, new Date());

@Resolver(() => ContactPointOutput)
@UseGuards(SignedInGuard)
export class ContactPointResolver {
  constructor(
    private readonly contactService: ContactPointService,
    private readonly relationshipService: RelationshipService,
    private readonly organizationService: OrganizationService,
  ) {}

  @Mutation(() => ContactPointOutput, { description: 'To the viewer’s own side, as MEMBER or above.' })
  async addContactPoint(
    @Args('input', { type: () => AddContactPointInput }) input: AddContactPointInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactPointOutput> {
    return toOutput(await this.contactService.add(ctx, viewer, input));
  }

  @Mutation(() => ContactPointOutput)
  async updateContactPoint(
    @Args('input', { type: () => UpdateContactPointInput }) input: UpdateContactPointInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactPointOutput> {
    return toOutput(await this.contactService.update(ctx, viewer, input));
  }

  @Mutation(() => ContactPointOutput)
  async verifyContactPoint(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactPointOutput> {
    return toOutput(await this.contactService.verify(ctx, viewer, id));
  }

  @Mutation(() => Boolean, { description: 'Its revisions stay for the audit trail.' })
  removeContactPoint(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.contactService.remove(ctx, viewer, id);
  }

  @Mutation(() => Boolean, {
    description:
      'OWNER/ADMIN of its side: removes it and the personal data in its revisions (beyond the contract).',
  })
  eraseContactPoint(
    @Args('input', { type: () => EraseContactPointInput }) input: EraseContactPointInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.contactService.erase(viewer, input.contactPointId);
  }

  @ResolveField('relationship', () => RelationshipOutput)
  async relationship(
    @Parent() contact: ContactPointOutput,
    @Ctx() ctx: RequestContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RelationshipOutput> {
    const relationship = await this.relationshipService.visibleById(ctx, viewer, contact.relationshipId);
    // The contact was only handed to a member of one side, who sees the relationship too.
    if (!relationship) throw new Error(`relationship of contact ${contact.id} is not visible`);
    return toRelationshipOutput(relationship);
  }

  @ResolveField('organization', () => OrganizationOutput, { description: 'The side this contact belongs to' })
  async organization(
    @Parent() contact: ContactPointOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput> {
    const organization = await this.organizationService.visibleById(ctx, contact.organizationId);
    if (!organization) throw new Error(`organisation of contact ${contact.id} is not visible`);
    return toOrganizationOutput(organization);
  }

  @ResolveField('revisions', () => [ContactRevisionOutput], { description: 'Newest first' })
  async revisions(
    @Parent() contact: ContactPointOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<ContactRevisionOutput[]> {
    return (await this.contactService.revisionsOf(ctx, contact.id)).map(toContactRevisionOutput);
  }
}
