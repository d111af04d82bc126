import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PlanningModule } from '../planning/planning.module.js';
import { CollabServer } from './collab/collab.server.js';
import { ReviewDocumentStore } from './review-document.store.js';
import { ReviewMarkdownService } from './markdown/review-markdown.service.js';
import { ReviewCoAuthorEntity } from './review-co-author.entity.js';
import { ReviewReportEntity } from './review-report.entity.js';
import { ReviewReportResolver } from './review-report.resolver.js';
import { ReviewReportService } from './review-report.service.js';
import { ReviewSectionEntity } from './review-section.entity.js';
import { ReviewSectionResolver } from './review-section.resolver.js';
import { ReviewAuthors } from './review-authors.js';
import { ReviewExportResolver } from './exports/review-export.resolver.js';
import { ReviewExportService } from './exports/review-export.service.js';
import { ReviewSectionMutationsResolver } from './sections/review-section-mutations.resolver.js';
import { ReviewSectionService } from './sections/review-section.service.js';
import { ReviewRecommendationEntity } from './recommendations/review-recommendation.entity.js';
import {
  ReportRecommendationsResolver,
  ReviewRecommendationResolver,
} from './recommendations/review-recommendation.resolver.js';
import { ReviewRecommendationService } from './recommendations/review-recommendation.service.js';
import { ReviewEvents } from './review-events.js';
import { LiveReviewEvents } from './live-review-events.service.js';
import { ReviewSignOffEntity } from './versions/review-sign-off.entity.js';
import { ReviewVersionEntity } from './versions/review-version.entity.js';
import { ReviewVersionReader } from './versions/review-version.reader.js';
import { ReviewVersionFieldsResolver, ReviewVersionResolver } from './versions/review-version.resolver.js';
import { ReviewVersionService } from './versions/review-version.service.js';
import { SignOffResolver } from './versions/sign-off.resolver.js';

/** Post-election reviews: reports, co-authors, sections, and their co-edited document at /collab. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ReviewReportEntity,
      ReviewSectionEntity,
      ReviewCoAuthorEntity,
      ReviewVersionEntity,
      ReviewSignOffEntity,
      ReviewRecommendationEntity,
    ]),
    AccountsModule,
    OrganizationsModule,
    PlanningModule,
    NotificationsModule,
  ],
  providers: [
    ReviewReportService,
    ReviewDocumentStore,
    ReviewMarkdownService,
    CollabServer,
    ReviewReportResolver,
    ReviewSectionResolver,
    ReviewAuthors,
    ReviewEvents,
    LiveReviewEvents,
    ReviewVersionService,
    ReviewVersionReader,
    ReviewVersionResolver,
    ReviewVersionFieldsResolver,
    SignOffResolver,
    ReviewRecommendationService,
    ReviewSectionService,
    ReviewExportService,
    ReviewExportResolver,
    ReviewSectionMutationsResolver,
    ReviewRecommendationResolver,
    ReportRecommendationsResolver,
  ],
  exports: [ReviewReportService, CollabServer],
})
export class ReviewsModule {}
