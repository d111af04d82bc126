import { fanoutRow } from './notification-fanout.mjs';

/** The feature subscriptions' fan-out (issue 11), on the same sockets as the notification rows. */
export const contactFanout = fanoutRow({
  id: 'contact-fanout',
  kind: 'contacts',
  event: 'one contactPointChanged event of a relationship',
});

export const briefFanout = fanoutRow({
  id: 'brief-fanout',
  kind: 'briefs',
  event: 'one briefEvents event of a consultation (Chatham House, redacted per viewer)',
});
