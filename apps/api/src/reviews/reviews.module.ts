import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ReviewCoAuthorEntity } from './review-co-author.entity.js';
import { ReviewReportEntity } from './review-report.entity.js';
import { ReviewReportResolver } from './review-report.resolver.js';
import { ReviewReportService } from './review-report.service.js';
import { ReviewSectionEntity } from './review-section.entity.js';
import { ReviewSectionResolver } from './review-section.resolver.js';

/** Post-election reviews: reports, co-authors, sections, and their co-edited document at /collab. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReviewReportEntity, ReviewSectionEntity, ReviewCoAuthorEntity]),
    OrganizationsModule,
    NotificationsModule,
  ],
  providers: [ReviewReportService, ReviewReportResolver, ReviewSectionResolver],
  exports: [ReviewReportService],
})
export class ReviewsModule {}
