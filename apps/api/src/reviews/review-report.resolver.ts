import { UseGuards } from '@nestjs/common';
import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { deliverWithFreshLoaders } from '../core/context/fresh-loaders.js';
import { ReviewEventOutput } from './dtos/review-event.output.js';
import { LiveReviewEvents } from './live-review-events.service.js';
import { Ctx, CurrentViewer, SignedInGuard } from '../core/auth/guards.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { OrganizationOutput, toOrganizationOutput } from '../organizations/dtos/organization.output.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ElectionOutput } from '../planning/dtos/election.output.js';
import { ElectionService } from '../planning/elections/election.service.js';
import { AddReviewSectionInput } from './dtos/add-review-section.input.js';
import { CreateReviewReportInput } from './dtos/create-review-report.input.js';
import {
  ReviewReportConnection,
  ReviewReportOutput,
  toReviewReportOutput,
} from './dtos/review-report.output.js';
import { ReviewSectionOutput, toReviewSectionOutput } from './dtos/review-section.output.js';
import { ReviewReportService } from './review-report.service.js';

@Resolver(() => ReviewReportOutput)
@UseGuards(SignedInGuard)
export class ReviewReportResolver {
  constructor(
    private readonly reports: ReviewReportService,
    private readonly organizations: OrganizationService,
    private readonly elections: ElectionService,
    private readonly live: LiveReviewEvents,
  ) {}

  @Subscription(() => ReviewEventOutput, {
    description:
      'Section, version, sign-off, publication, recommendation and co-author events, live to co-authors.',
    resolve: deliverWithFreshLoaders,
  })
  reviewEvents(
    @Args('reportId', { type: () => ID }) reportId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<ReviewEventOutput>> {
    return this.live.subscribe(viewer, reportId);
  }

  @Query(() => ReviewReportOutput, {
    nullable: true,
    description: 'Null + NOT_FOUND when it does not exist or the viewer may not read it.',
  })
  async reviewReport(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewReportOutput> {
    return toReviewReportOutput(await this.reports.get(viewer, id));
  }

  @Query(() => ReviewReportConnection, {
    description: 'Reports the viewer co-authors or that are published, newest first.',
  })
  async reviewReports(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ReviewReportConnection> {
    const page = await this.reports.list(viewer, first, after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toReviewReportOutput(edge.node) })),
    };
  }

  @Mutation(() => ReviewReportOutput)
  async createReviewReport(
    @Args('input', { type: () => CreateReviewReportInput }) input: CreateReviewReportInput,
    @Ctx() ctx: RequestContext,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewReportOutput> {
    return toReviewReportOutput(await this.reports.create(viewer, ctx.locale, input));
  }

  @Mutation(() => ReviewReportOutput)
  async addReviewCoAuthor(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewReportOutput> {
    return toReviewReportOutput(await this.reports.addCoAuthor(viewer, reportId, organizationId));
  }

  @Mutation(() => ReviewSectionOutput)
  async addReviewSection(
    @Args('input', { type: () => AddReviewSectionInput }) input: AddReviewSectionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewSectionOutput> {
    return toReviewSectionOutput(await this.reports.addSection(viewer, input));
  }

  @ResolveField('coAuthors', () => [OrganizationOutput], { description: 'The owner organisation first.' })
  async coAuthors(
    @Parent() report: ReviewReportOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput[]> {
    // Scoped like every organisation reference: an unverified co-author shows to its own members only.
    const ids = await this.reports.coAuthorIds(ctx, report.id);
    const organizations = await Promise.all(ids.map((id) => this.organizations.visibleById(ctx, id)));
    return organizations.flatMap((organization) =>
      organization ? [toOrganizationOutput(organization)] : [],
    );
  }

  @ResolveField('election', () => ElectionOutput, {
    nullable: true,
    description: 'The election reviewed, when one is named.',
  })
  election(@Parent() report: ReviewReportOutput, @Ctx() ctx: RequestContext): Promise<ElectionOutput | null> {
    return report.electionId ? this.elections.outputById(ctx, report.electionId) : Promise.resolve(null);
  }

  @ResolveField('sections', () => [ReviewSectionOutput], { description: 'Ordered by position.' })
  async sections(
    @Parent() report: ReviewReportOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewSectionOutput[]> {
    return (await this.reports.sectionsOf(ctx, report.id)).map(toReviewSectionOutput);
  }
}
