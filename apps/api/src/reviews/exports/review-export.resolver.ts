import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { ExportReviewReportInput } from './dtos/export-review-report.input.js';
import { ReviewExportOutput } from './dtos/review-export.output.js';
import { ReviewExportService } from './review-export.service.js';

@Resolver()
@UseGuards(SignedInGuard)
export class ReviewExportResolver {
  constructor(private readonly exports: ReviewExportService) {}

  @Mutation(() => ReviewExportOutput, {
    description:
      'A version of a report (the published one by default) as Markdown or printable HTML with its sign-off page. Audited.',
  })
  exportReviewReport(
    @Args('input', { type: () => ExportReviewReportInput }) input: ExportReviewReportInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewExportOutput> {
    return this.exports.export(viewer, input, ctx.locale);
  }
}
