import { Inject, Injectable } from '@nestjs/common';
import { VIEWER_RESOLVER, type Viewer, type ViewerResolver } from '../../core/auth/viewer.js';
import { EventBus } from '../../core/pubsub/event-bus.js';
import { authorizedIterator, sharedCachedCheck } from '../../core/pubsub/authorized-iterator.js';
import { CONTACT_TOPIC, type ContactChangedEvent } from '../planning.topics.js';
import { RelationshipService } from '../relationships/relationship.service.js';

/** How long a "still a member of one side" answer is trusted: a removed member stops receiving within this. */
const RECHECK_AFTER_MS = 2_000;

/**
 * The live stream of one relationship's contact changes. The viewer must be a member of one of its
 * two organisations when subscribing (else NOT_FOUND, as for the relationship itself) and again,
 * together with its credential, before each delivery.
 */
@Injectable()
export class ContactChanges {
  constructor(
    private readonly events: EventBus,
    private readonly relationships: RelationshipService,
    @Inject(VIEWER_RESOLVER) private readonly viewers: ViewerResolver,
  ) {}

  async subscribe(
    viewer: Viewer,
    relationshipId: string,
  ): Promise<AsyncIterableIterator<ContactChangedEvent>> {
    await this.relationships.access(viewer, relationshipId);
    const credential = viewer.sessionId ? `session:${viewer.sessionId}` : `token:${viewer.apiTokenId ?? ''}`;
    const stillAllowed = sharedCachedCheck(
      `${CONTACT_TOPIC}:${relationshipId}:${credential}`,
      async () => {
        if (!(await this.viewers.isStillValid(viewer))) return false;
        await this.relationships.access(viewer, relationshipId);
        return true;
      },
      RECHECK_AFTER_MS,
    );
    return authorizedIterator(this.events.subscribe(CONTACT_TOPIC, relationshipId), stillAllowed);
  }
}
