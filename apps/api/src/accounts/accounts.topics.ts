import { type AccessRevoked } from './access-revocation.js';

declare module '../core/pubsub/topics.js' {
  interface EventTopics {
    /** Scope: `EVERY_SCOPE` (each instance holds sockets of any account). */
    'access:revoked': AccessRevoked;
  }
}
