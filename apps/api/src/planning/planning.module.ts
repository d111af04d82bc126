import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import './dtos/planning-enums.js';
import { CalendarFeedController } from './calendar/calendar-feed.controller.js';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity.js';
import { CalendarFeedResolver } from './calendar/calendar-feed.resolver.js';
import { CalendarFeedService } from './calendar/calendar-feed.service.js';
import { ContactChangesResolver } from './contacts/contact-changes.resolver.js';
import { ContactFilesResolver } from './contacts/contact-files.resolver.js';
import { ContactFilesService } from './contacts/contact-files.service.js';
import { ContactChanges } from './contacts/contact-changes.service.js';
import { ContactPointEntity } from './contacts/contact-point.entity.js';
import { ContactPointResolver } from './contacts/contact-point.resolver.js';
import { ContactPointService } from './contacts/contact-point.service.js';
import { ContactRevisionEntity } from './contacts/contact-revision.entity.js';
import { RegistryResolver } from './contacts/registry.resolver.js';
import { RevisionAuthorResolver } from './contacts/revision-author.resolver.js';
import { StaleContactsJob } from './contacts/stale-contacts.job.js';
import { StaleContactsResolver } from './contacts/stale-contacts.resolver.js';
import { StaleContactsService } from './contacts/stale-contacts.service.js';
import { BlackoutWindowEntity } from './elections/blackout-window.entity.js';
import { ElectionEntity } from './elections/election.entity.js';
import { ElectionResolver } from './elections/election.resolver.js';
import { ElectionService } from './elections/election.service.js';
import { EngagementEntity, EngagementOrganizationEntity } from './elections/engagement.entity.js';
import { EngagementResolver } from './elections/engagement.resolver.js';
import { EngagementService } from './elections/engagement.service.js';
import { MilestoneEntity } from './elections/milestone.entity.js';
import { EscalationResolver } from './escalation/escalation.resolver.js';
import { EscalationService } from './escalation/escalation.service.js';
import { RelationshipEntity } from './relationships/relationship.entity.js';
import { RelationshipResolver } from './relationships/relationship.resolver.js';
import { RelationshipService } from './relationships/relationship.service.js';

/** Elections and their timelines, bilateral relationships and their contact registries. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ElectionEntity,
      MilestoneEntity,
      BlackoutWindowEntity,
      EngagementEntity,
      EngagementOrganizationEntity,
      RelationshipEntity,
      ContactPointEntity,
      ContactRevisionEntity,
      CalendarFeedEntity,
    ]),
    AccountsModule,
    OrganizationsModule,
    NotificationsModule,
  ],
  providers: [
    ElectionService,
    EngagementService,
    RelationshipService,
    ContactPointService,
    ContactChanges,
    StaleContactsService,
    StaleContactsJob,
    EscalationService,
    ContactFilesService,
    CalendarFeedService,
    ElectionResolver,
    EngagementResolver,
    RelationshipResolver,
    RegistryResolver,
    ContactPointResolver,
    RevisionAuthorResolver,
    ContactChangesResolver,
    StaleContactsResolver,
    EscalationResolver,
    ContactFilesResolver,
    CalendarFeedResolver,
  ],
  controllers: [CalendarFeedController],
  exports: [ElectionService, RelationshipService],
})
export class PlanningModule {}
