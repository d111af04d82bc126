import { Injectable } from '@nestjs/common';
import { type BriefEventKind } from '@ecw/domain';
import { EventBus } from '../core/pubsub/event-bus.js';
import './consultations.topics.js';

/** What travels on the bus: ids only. Each subscriber reloads the brief through the policy and its own mapper. */
export interface BriefEventAnnouncement {
  kind: BriefEventKind;
  consultationId: string;
  briefId: string;
  commentId: string | null;
}

@Injectable()
export class BriefEvents {
  constructor(private readonly bus: EventBus) {}

  /** Call after commit: events are at-most-once and never announce what was rolled back. */
  publish(event: BriefEventAnnouncement): Promise<void> {
    return this.bus.publish('consultation:brief-events', event.consultationId, event);
  }

  subscribe(consultationId: string): AsyncIterableIterator<BriefEventAnnouncement> {
    return this.bus.subscribe('consultation:brief-events', consultationId);
  }
}
