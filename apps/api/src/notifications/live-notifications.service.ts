import { Inject, Injectable } from '@nestjs/common';
import { VIEWER_RESOLVER, type Viewer, type ViewerResolver } from '../core/auth/viewer.js';
import { unauthenticated } from '../core/errors/domain.exception.js';
import { EventBus } from '../core/pubsub/event-bus.js';
import { authorizedIterator, sharedCachedCheck } from '../core/pubsub/authorized-iterator.js';
import { notificationTopic, type NotificationAnnouncement } from './notification.service.js';

/** How long a "still signed in" answer is trusted: a revoked session or token stops receiving within this. */
const RECHECK_AFTER_MS = 2_000;

/**
 * A viewer's stream of notification announcements. Their own topic only (the user id is the
 * tenant), and the credential they connected with is checked on subscribe and again before each
 * delivery, so a signed-out session or revoked token stops receiving while its socket is still open.
 */
@Injectable()
export class LiveNotifications {
  constructor(
    private readonly events: EventBus,
    @Inject(VIEWER_RESOLVER) private readonly viewers: ViewerResolver,
  ) {}

  async subscribe(viewer: Viewer): Promise<AsyncIterableIterator<NotificationAnnouncement>> {
    const credential = viewer.sessionId ? `session:${viewer.sessionId}` : `token:${viewer.apiTokenId ?? ''}`;
    const stillSignedIn = sharedCachedCheck(credential, () => this.viewers.isStillValid(viewer), RECHECK_AFTER_MS);
    if (!(await stillSignedIn())) throw unauthenticated();
    return authorizedIterator(
      this.events.subscribe<NotificationAnnouncement>(notificationTopic(viewer.userId)),
      stillSignedIn,
    );
  }
}
