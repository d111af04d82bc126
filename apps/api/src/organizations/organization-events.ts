import { Injectable } from '@nestjs/common';
import { AccessEvents } from '../core/policy/access-events.js';
import { EventBus } from '../core/pubsub/event-bus.js';
import { type Announcement } from '../core/transaction/announcements.js';

/** The member list of an organisation changed (someone joined, changed role, was removed or left). */
export interface OrganizationMembersChanged {
  organizationId: string;
}

/**
 * What a membership change announces after commit: `access:changed` for the member concerned (so
 * their open subscriptions re-check the policy at once), and `organization:members` for the
 * organisation's live member list.
 */
@Injectable()
export class OrganizationEvents {
  constructor(
    private readonly bus: EventBus,
    private readonly access: AccessEvents,
  ) {}

  membershipChanged(organizationId: string, memberId: string): Announcement[] {
    return [
      this.access.changed(memberId, { kind: 'organization', id: organizationId }),
      () => this.bus.publish('organization:members', organizationId, { organizationId }),
    ];
  }
}
