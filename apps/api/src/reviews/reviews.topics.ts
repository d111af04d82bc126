import { type ReviewEventKind } from '@ecw/domain';

/** What happened to a report; subscribers read the report again through the policy. */
export interface ReviewEventAnnouncement {
  kind: ReviewEventKind;
  reportId: string;
}

// The report is the scope of its events: a subscriber only ever gets its own report's.
declare module '../core/pubsub/topics.js' {
  interface EventTopics {
    'reviews:events': ReviewEventAnnouncement;
  }
}
