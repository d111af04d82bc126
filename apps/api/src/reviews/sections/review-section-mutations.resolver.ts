import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { ReviewReportOutput, toReviewReportOutput } from '../dtos/review-report.output.js';
import { ReviewSectionOutput, toReviewSectionOutput } from '../dtos/review-section.output.js';
import { RemoveReviewSectionInput } from './dtos/remove-review-section.input.js';
import { RestoreReviewSectionInput } from './dtos/restore-review-section.input.js';
import { UpdateReviewSectionInput } from './dtos/update-review-section.input.js';
import { ReviewSectionService } from './review-section.service.js';

/** Rename, move, remove and restore sections (beyond the contract; one `input` each). */
@Resolver(() => ReviewSectionOutput)
@UseGuards(SignedInGuard)
export class ReviewSectionMutationsResolver {
  constructor(private readonly sections: ReviewSectionService) {}

  @Mutation(() => ReviewSectionOutput, { description: 'Rename, move or change the lead of a section.' })
  async updateReviewSection(
    @Args('input', { type: () => UpdateReviewSectionInput }) input: UpdateReviewSectionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewSectionOutput> {
    return toReviewSectionOutput(await this.sections.update(viewer, input));
  }

  @Mutation(() => ReviewReportOutput, {
    description: 'Removes a section from the report; its text stays in the versions made before.',
  })
  async removeReviewSection(
    @Args('input', { type: () => RemoveReviewSectionInput }) input: RemoveReviewSectionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewReportOutput> {
    return toReviewReportOutput(await this.sections.remove(viewer, input.id));
  }

  @Mutation(() => ReviewSectionOutput, {
    description: "Puts a section's text back as a version froze it (a removed section comes back, last).",
  })
  async restoreReviewSection(
    @Args('input', { type: () => RestoreReviewSectionInput }) input: RestoreReviewSectionInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewSectionOutput> {
    return toReviewSectionOutput(await this.sections.restore(viewer, input));
  }
}
