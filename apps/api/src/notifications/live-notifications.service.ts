import { Injectable } from '@nestjs/common';
import { type Viewer } from '../core/auth/viewer.js';
import { EventBus } from '../core/pubsub/event-bus.js';
import { AccessGate } from '../core/pubsub/access-gate.js';
import { type NotificationAnnouncement } from './notification.service.js';

/**
 * A viewer's stream of notification announcements. Their own topic only (the user id is the
 * tenant), and the credential they connected with is checked on subscribe and again before each
 * delivery (AccessGate), so a signed-out session or revoked token stops receiving while its socket is still open.
 */
@Injectable()
export class LiveNotifications {
  constructor(
    private readonly events: EventBus,
    private readonly gate: AccessGate,
  ) {}

  subscribe(viewer: Viewer): Promise<AsyncIterableIterator<NotificationAnnouncement>> {
    return this.gate.authorizedSubscription({
      viewer,
      stream: this.events.subscribe('notifications', viewer.userId),
    });
  }
}
