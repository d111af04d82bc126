import { Injectable } from '@nestjs/common';
import { EventBus } from '../pubsub/event-bus.js';
import { EVERY_SCOPE } from '../pubsub/topics.js';
import { type Announcement } from '../transaction/announcements.js';
import { type AccessResource } from './access-changed.js';

/**
 * Announces `access:changed` on every instance. Returns an announcement to run AFTER the
 * transaction that changed the access commits (`announceAll`), never before: a listener that
 * re-checks too early would still see the old rows.
 */
@Injectable()
export class AccessEvents {
  constructor(private readonly bus: EventBus) {}

  changed(userId: string, resource: AccessResource): Announcement {
    return () => this.bus.publish('access:changed', EVERY_SCOPE, { userId, resource });
  }
}
