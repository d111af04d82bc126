import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import './dtos/planning-enums.js';
import { BlackoutWindowEntity } from './elections/blackout-window.entity.js';
import { ElectionEntity } from './elections/election.entity.js';
import { ElectionResolver } from './elections/election.resolver.js';
import { ElectionService } from './elections/election.service.js';
import { EngagementEntity, EngagementOrganizationEntity } from './elections/engagement.entity.js';
import { EngagementResolver } from './elections/engagement.resolver.js';
import { EngagementService } from './elections/engagement.service.js';
import { MilestoneEntity } from './elections/milestone.entity.js';

/** Elections and their timelines (and, next, bilateral relationships and contact registries). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ElectionEntity,
      MilestoneEntity,
      BlackoutWindowEntity,
      EngagementEntity,
      EngagementOrganizationEntity,
    ]),
    OrganizationsModule,
  ],
  providers: [ElectionService, EngagementService, ElectionResolver, EngagementResolver],
  exports: [ElectionService],
})
export class PlanningModule {}
