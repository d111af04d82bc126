import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { ReviewVisibility } from '../dtos/graphql-enums.js';
import { ReviewReportOutput, toReviewReportOutput } from '../dtos/review-report.output.js';
import { ReviewAuthors } from '../review-authors.js';
import { ReviewVersionOutput, toReviewVersionOutput } from './dtos/review-version.output.js';
import { SignOffOutput, toSignOffOutput } from './dtos/sign-off.output.js';
import { ReviewVersionReader } from './review-version.reader.js';
import { ReviewVersionService } from './review-version.service.js';
import { UserOutput } from '../../accounts/dtos/user.output.js';

/** Versions, sign-off and publication of a report, and the report's `versions` and `signOffs`. */
@Resolver(() => ReviewReportOutput)
@UseGuards(SignedInGuard)
export class ReviewVersionResolver {
  constructor(
    private readonly versions: ReviewVersionService,
    private readonly reader: ReviewVersionReader,
    private readonly authors: ReviewAuthors,
  ) {}

  @Mutation(() => ReviewVersionOutput, {
    description: 'Freezes the whole report as Markdown (contentHash = its SHA-256) with its Yjs state.',
  })
  async createReviewVersion(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('label', { type: () => String }) label: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewVersionOutput> {
    return toReviewVersionOutput(await this.versions.create(viewer, reportId, label));
  }

  @Mutation(() => ReviewReportOutput, {
    description: 'Asks every co-author organisation to sign this version (the latest, unchanged since).',
  })
  async requestSignOff(
    @Args('versionId', { type: () => ID }) versionId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewReportOutput> {
    return toReviewReportOutput(await this.versions.requestSignOff(viewer, versionId));
  }

  @Mutation(() => SignOffOutput, {
    description: 'Signs the version for one of your co-author organisations (once per organisation).',
  })
  async signOff(
    @Args('versionId', { type: () => ID }) versionId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<SignOffOutput> {
    return toSignOffOutput(await this.versions.signOff(viewer, versionId));
  }

  @Mutation(() => ReviewReportOutput, {
    description: 'Publishes the latest version once every co-author organisation has signed it. Final.',
  })
  async publishReview(
    @Args('reportId', { type: () => ID }) reportId: string,
    @Args('visibility', { type: () => ReviewVisibility }) visibility: ReviewVisibility,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReviewReportOutput> {
    return toReviewReportOutput(await this.versions.publish(viewer, reportId, visibility));
  }

  @ResolveField('versions', () => [ReviewVersionOutput], {
    description: 'Newest first. Readers outside the co-authors see the published version only.',
  })
  async reportVersions(
    @Parent() report: ReviewReportOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReviewVersionOutput[]> {
    return (await this.reader.versionsOf(ctx, report)).map(toReviewVersionOutput);
  }

  @ResolveField('signOffs', () => [SignOffOutput], {
    description: 'Oldest first. Readers outside the co-authors see those of the published version only.',
  })
  async reportSignOffs(
    @Parent() report: ReviewReportOutput,
    @Ctx() ctx: RequestContext,
  ): Promise<SignOffOutput[]> {
    const signOffs = (await this.reader.signOffsOf(ctx, report)).map(toSignOffOutput);
    // Like coAuthors: a sign-off shows when its organisation and signer can be shown to this viewer.
    const shown = await Promise.all(
      signOffs.map(
        async (signOff) =>
          (await this.authors.organization(ctx, signOff.organizationId)) !== null &&
          (await this.authors.user(ctx, signOff.userId)) !== null,
      ),
    );
    return signOffs.filter((_, index) => shown[index]);
  }
}

/** Who froze a version. */
@Resolver(() => ReviewVersionOutput)
@UseGuards(SignedInGuard)
export class ReviewVersionFieldsResolver {
  constructor(private readonly authors: ReviewAuthors) {}

  @ResolveField('createdBy', () => UserOutput, { nullable: true })
  createdBy(@Parent() version: ReviewVersionOutput, @Ctx() ctx: RequestContext): Promise<UserOutput | null> {
    return this.authors.user(ctx, version.createdById);
  }
}
