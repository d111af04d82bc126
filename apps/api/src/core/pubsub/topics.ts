import { type AccessChanged } from '../policy/access-changed.js';

/**
 * Every topic of the event bus and the payload it carries. Core topics are here; a feature adds its
 * own by declaration merging in `<feature>/<feature>.topics.ts`:
 *
 *   declare module '../core/pubsub/topics.js' {
 *     interface EventTopics { 'planning:changed': PlanningChanged }
 *   }
 *
 * Payloads cross Redis as JSON: ids, names and ISO dates, never entities or Dates.
 */
export interface EventTopics {
  /** Someone's access to a resource may have changed (membership, role, co-author...): re-check it. */
  'access:changed': AccessChanged;
}

export type Topic = keyof EventTopics;

/** The scope of a topic every instance listens to as a whole (access events), rather than one tenant's. */
export const EVERY_SCOPE = 'all';

/** The channel of one scope of a topic: the tenant or resource id is part of the name, so a subscriber only ever gets its own scope. */
export function channelOf(topic: Topic, scopeId: string): string {
  return `${topic}:${scopeId}`;
}
