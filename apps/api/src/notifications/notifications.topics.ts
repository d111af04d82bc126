import { type NotificationAnnouncement } from './notification.service.js';

declare module '../core/pubsub/topics.js' {
  interface EventTopics {
    /** Scope: the recipient's user id. */
    notifications: NotificationAnnouncement;
  }
}
