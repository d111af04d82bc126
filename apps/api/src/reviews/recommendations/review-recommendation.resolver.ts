import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { OrganizationOutput } from '../../organizations/dtos/organization.output.js';
import { ReviewReportOutput, toReviewReportOutput } from '../dtos/review-report.output.js';
import { ReviewAuthors } from '../review-authors.js';
import { ReviewReportService } from '../review-report.service.js';
import { AddRecommendationInput } from './dtos/add-recommendation.input.js';
import {
  RecommendationConnection,
  RecommendationOutput,
  toRecommendationOutput,
} from './dtos/recommendation.output.js';
import { UpdateRecommendationInput } from './dtos/update-recommendation.input.js';
import { ReviewRecommendationService } from './review-recommendation.service.js';

/** Recommendations: add and follow up (also after publication), and an organisation's list. */
@Resolver(() => RecommendationOutput)
@UseGuards(SignedInGuard)
export class ReviewRecommendationResolver {
  constructor(
    private readonly recommendations: ReviewRecommendationService,
    private readonly reports: ReviewReportService,
    private readonly authors: ReviewAuthors,
  ) {}

  @Mutation(() => RecommendationOutput)
  async addRecommendation(
    @Args('input', { type: () => AddRecommendationInput }) input: AddRecommendationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecommendationOutput> {
    return toRecommendationOutput(await this.recommendations.add(viewer, input));
  }

  @Mutation(() => RecommendationOutput)
  async updateRecommendation(
    @Args('input', { type: () => UpdateRecommendationInput }) input: UpdateRecommendationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RecommendationOutput> {
    return toRecommendationOutput(await this.recommendations.update(viewer, input));
  }

  @Query(() => RecommendationConnection, {
    description:
      'Recommendations an organisation owns across the reports you may read, overdue first, then by due date. Members only.',
  })
  async organizationRecommendations(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<RecommendationConnection> {
    const page = await this.recommendations.ownedBy(viewer, organizationId, first, after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toRecommendationOutput(edge.node) })),
    };
  }

  @ResolveField('owner', () => OrganizationOutput, { nullable: true })
  owner(
    @Parent() recommendation: RecommendationOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationOutput | null> {
    return this.authors.organization(ctx, recommendation.ownerOrganizationId);
  }

  @ResolveField('report', () => ReviewReportOutput, { description: 'The report that made it.' })
  async report(
    @Parent() recommendation: RecommendationOutput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewReportOutput> {
    return toReviewReportOutput(await this.reports.get(viewer, recommendation.reportId));
  }
}

/** `ReviewReport.recommendations`. */
@Resolver(() => ReviewReportOutput)
@UseGuards(SignedInGuard)
export class ReportRecommendationsResolver {
  constructor(private readonly recommendations: ReviewRecommendationService) {}

  @ResolveField('recommendations', () => [RecommendationOutput], { description: 'Oldest first.' })
  async reportRecommendations(
    @Parent() report: ReviewReportOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecommendationOutput[]> {
    return (await this.recommendations.ofReport(ctx, report.id)).map(toRecommendationOutput);
  }
}
