import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { InvitationEntity } from './invitation.entity.js';
import { InvitationResolver } from './invitation.resolver.js';
import { InvitationService } from './invitation.service.js';
import { MeMembershipsResolver } from './me-memberships.resolver.js';
import { MembershipEntity } from './membership.entity.js';
import { MembershipResolver } from './membership.resolver.js';
import { MembershipService } from './membership.service.js';
import { OrganizationAuditService } from './organization-audit.service.js';
import { OrganizationEvents } from './organization-events.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OrganizationService } from './organization.service.js';

/** Organisations, their members and invitations, and each organisation's audit log. */
@Module({
  imports: [
    TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity, InvitationEntity]),
    AccountsModule,
    NotificationsModule,
  ],
  providers: [
    OrganizationService,
    MembershipService,
    InvitationService,
    OrganizationAuditService,
    OrganizationEvents,
    OrganizationResolver,
    MembershipResolver,
    MeMembershipsResolver,
    InvitationResolver,
    AuditLogResolver,
  ],
  exports: [OrganizationService, MembershipService],
})
export class OrganizationsModule {}
