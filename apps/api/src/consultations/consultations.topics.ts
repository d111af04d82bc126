import { type BriefEventAnnouncement } from './brief-events.js';
import { type ConsultationEventAnnouncement } from './consultation-events.js';

// The consultation is the scope of its own and its briefs' events: a subscriber only ever gets its own consultation's.
declare module '../core/pubsub/topics.js' {
  interface EventTopics {
    'consultation:brief-events': BriefEventAnnouncement;
    'consultation:events': ConsultationEventAnnouncement;
  }
}
