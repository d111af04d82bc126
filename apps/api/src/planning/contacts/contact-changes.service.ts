import { Injectable } from '@nestjs/common';
import { type Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/errors/domain.exception.js';
import { ResourceAccess } from '../../core/policy/resource-access.js';
import { AccessGate } from '../../core/pubsub/access-gate.js';
import { EventBus } from '../../core/pubsub/event-bus.js';
import { isUuid } from '../../core/validation/uuid.js';
import { CONTACT_TOPIC, type ContactChangedEvent } from '../planning.topics.js';

/**
 * The live stream of one relationship's contact changes. The viewer must be a member of one of its
 * two organisations when subscribing (else NOT_FOUND, as for the relationship itself) and again,
 * with its credential, before each delivery: the AccessGate asks the one policy again at once after
 * `access:changed` names the viewer (removed from an organisation, a relationship accepted or ended).
 * The answer is shared by the subscriptions of one credential (`checkName`): a thousand tabs of one
 * member cost one policy query per event and 2 s, not one each.
 */
@Injectable()
export class ContactChanges {
  constructor(
    private readonly events: EventBus,
    private readonly gate: AccessGate,
    private readonly access: ResourceAccess,
  ) {}

  subscribe(viewer: Viewer, relationshipId: string): Promise<AsyncIterableIterator<ContactChangedEvent>> {
    if (!isUuid(relationshipId)) throw notFound();
    const relationship = { kind: 'relationship' as const, id: relationshipId };
    return this.gate.authorizedSubscription({
      viewer,
      stream: this.events.subscribe(CONTACT_TOPIC, relationshipId),
      resource: relationship,
      checkName: 'relationship.read',
      check: () => this.access.allows(viewer, 'relationship.read', relationship),
    });
  }
}
