import { Injectable } from '@nestjs/common';
import { type ReviewEventKind } from '@ecw/domain';
import { EventBus } from '../core/pubsub/event-bus.js';
import { type Announcement } from '../core/transaction/announcements.js';
import './reviews.topics.js';

/** Announces a report's events after the change that caused them has committed. */
@Injectable()
export class ReviewEvents {
  constructor(private readonly bus: EventBus) {}

  announce(kind: ReviewEventKind, reportId: string): Announcement {
    return () => this.bus.publish('reviews:events', reportId, { kind, reportId });
  }

  subscribe(reportId: string) {
    return this.bus.subscribe('reviews:events', reportId);
  }
}
