import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PlanningModule } from '../planning/planning.module.js';
import { BriefAnswerEntity } from './brief-answer.entity.js';
import { BriefCommentEntity } from './brief-comment.entity.js';
import { BriefEventEntity } from './brief-event.entity.js';
import { BriefEvents } from './brief-events.js';
import { BriefExportService } from './brief-export.service.js';
import { BriefReader } from './brief-reader.service.js';
import { BriefResolver } from './brief.resolver.js';
import { BriefService } from './brief.service.js';
import { CommentResolver } from './comment.resolver.js';
import { CommentService } from './comment.service.js';
import { LiveBriefEvents } from './live-brief-events.service.js';
import { LiveConsultationEvents } from './live-consultation-events.service.js';
import { ConsultationEvents } from './consultation-events.js';
import { ConsultationCloser } from './consultation-closer.js';
import { ConsultationDashboardService } from './consultation-dashboard.service.js';
import { ConsultationNotifier } from './consultation-notifier.js';
import { ConsultationParticipantEntity } from './consultation-participant.entity.js';
import { ConsultationQuestionEntity } from './consultation-question.entity.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { ConsultationEntity } from './consultation.entity.js';
import { ConsultationResolver } from './consultation.resolver.js';
import { ConsultationService } from './consultation.service.js';
import { ContextBriefEntity } from './context-brief.entity.js';

/** Consultations and context briefs, with the Chatham House Rule applied in the output mappers. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ConsultationEntity,
      ConsultationQuestionEntity,
      ConsultationParticipantEntity,
      ContextBriefEntity,
      BriefAnswerEntity,
      BriefCommentEntity,
      BriefEventEntity,
    ]),
    AccountsModule,
    OrganizationsModule,
    NotificationsModule,
    PlanningModule,
  ],
  providers: [
    ConsultationReader,
    ConsultationService,
    ConsultationNotifier,
    ConsultationCloser,
    ConsultationDashboardService,
    BriefReader,
    BriefService,
    BriefEvents,
    BriefExportService,
    CommentService,
    LiveBriefEvents,
    ConsultationEvents,
    LiveConsultationEvents,
    ConsultationResolver,
    BriefResolver,
    CommentResolver,
  ],
  exports: [ConsultationReader, ConsultationService, BriefReader, BriefService, CommentService],
})
export class ConsultationsModule {}
