import { UseGuards } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, SignedInGuard } from '../core/auth/guards.js';
import { type RequestContext } from '../core/context/request-context.js';
import { OrganizationOutput, toOrganizationOutput } from '../organizations/dtos/organization.output.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ReviewSectionOutput } from './dtos/review-section.output.js';
import { ReviewMarkdownService } from './markdown/review-markdown.service.js';

/** Fields of a section, which is only ever reached through a report the viewer may read. */
@Resolver(() => ReviewSectionOutput)
@UseGuards(SignedInGuard)
export class ReviewSectionResolver {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly markdown: ReviewMarkdownService,
  ) {}

  @ResolveField('markdown', () => String, {
    description: "The section's current co-edited text, as Markdown",
  })
  sectionMarkdown(@Parent() section: ReviewSectionOutput, @Ctx() ctx: RequestContext): Promise<string> {
    return this.markdown.ofSection(ctx, section.reportId, section.id);
  }

  @ResolveField('leadOrganization', () => OrganizationOutput, { nullable: true })
  async leadOrganization(
    @Parent() section: ReviewSectionOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput | null> {
    if (!section.leadOrganizationId) return null;
    const organization = await this.organizations.visibleById(ctx, section.leadOrganizationId);
    return organization ? toOrganizationOutput(organization) : null;
  }
}
