import { Injectable } from '@nestjs/common';
import { type ConsultationEventKind } from '@ecw/domain';
import { EventBus } from '../core/pubsub/event-bus.js';
import './consultations.topics.js';

/** What travels on the bus: ids only. Each subscriber reloads the consultation through the policy. */
export interface ConsultationEventAnnouncement {
  kind: ConsultationEventKind;
  consultationId: string;
  /** The withdrawn brief, for BRIEF_WITHDRAWN; null otherwise. */
  briefId: string | null;
}

@Injectable()
export class ConsultationEvents {
  constructor(private readonly bus: EventBus) {}

  /** Call after commit: events are at-most-once and never announce what was rolled back. */
  publish(event: ConsultationEventAnnouncement): Promise<void> {
    return this.bus.publish('consultation:events', event.consultationId, event);
  }

  subscribe(consultationId: string): AsyncIterableIterator<ConsultationEventAnnouncement> {
    return this.bus.subscribe('consultation:events', consultationId);
  }
}
