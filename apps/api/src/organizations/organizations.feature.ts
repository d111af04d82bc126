import { defineFeature } from '../core/feature/define-feature.js';
import { OrganizationsModule } from './organizations.module.js';
import { ORGANIZATION_MESSAGES } from './organizations.messages.js';

/** Organisations, their members and invitations, and their audit log. */
export const organizationsFeature = defineFeature({
  name: 'organizations',
  module: OrganizationsModule,
  messages: ORGANIZATION_MESSAGES,
  auditActions: [
    'organization.created',
    'organization.updated',
    'organization.verified',
    'member.invited',
    'member.invitation_revoked',
    'member.joined',
    'member.role_changed',
    'member.removed',
    'member.left',
  ],
  notificationKinds: {
    invitationReceived: { message: 'notification.invitationReceived' },
    roleChanged: { message: 'notification.roleChanged' },
    removed: { message: 'notification.removed' },
    organizationVerified: { message: 'notification.organizationVerified' },
    memberJoined: { message: 'notification.memberJoined' },
  },
});
