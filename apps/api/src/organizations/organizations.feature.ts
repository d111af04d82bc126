import { ORGANIZATION_AUDIT_ACTIONS } from '@ecw/domain';
import { defineFeature } from '../core/feature/define-feature.js';
import { OrganizationsModule } from './organizations.module.js';
import { ORGANIZATION_MESSAGES } from './organizations.messages.js';

/** Organisations, their members and invitations, and their audit log. */
export const organizationsFeature = defineFeature({
  name: 'organizations',
  module: OrganizationsModule,
  messages: ORGANIZATION_MESSAGES,
  auditActions: ORGANIZATION_AUDIT_ACTIONS,
  notificationKinds: {
    invitationReceived: { message: 'notification.invitationReceived' },
    roleChanged: { message: 'notification.roleChanged' },
    removed: { message: 'notification.removed' },
    organizationVerified: { message: 'notification.organizationVerified' },
    memberJoined: { message: 'notification.memberJoined' },
  },
});
