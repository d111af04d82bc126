import { type beforeHandleMessagePayload, type Extension } from '@hocuspocus/server';
import { isDeepStrictEqual } from 'node:util';
import { collabContextOf, type PresenceUser } from '../collab-context.js';
import { type AwarenessEntry, awarenessEntriesOf, encodeAwarenessEntries } from '../awareness-update.js';

/** `entry` saying it is `user`'s, or null when it already does (or says the client left). */
function stampedWith(user: PresenceUser, entry: AwarenessEntry): AwarenessEntry | null {
  const { state } = entry;
  if (state === null) return null;
  const fields = typeof state === 'object' && !Array.isArray(state) ? state : {};
  if (isDeepStrictEqual((fields as { user?: unknown }).user, user)) return null;
  return { ...entry, state: { ...fields, user } };
}

/**
 * Presence is the server's word: every awareness state a connection publishes names the account
 * that connection authenticated as (its id, display name and colour), whatever the client wrote
 * in `user`; read-only co-authors included, so co-readers show as who they are. The corrected
 * states are applied here, before Hocuspocus applies the message itself; the client's own states
 * then carry clocks the document already has, which y-protocols ignores, so a claimed name is
 * never shown to anyone nor relayed to other instances.
 */
export class ReviewReportPresenceExtension implements Extension {
  extensionName = 'review-report-presence';

  async beforeHandleMessage({
    connection,
    context,
    document,
    update,
  }: beforeHandleMessagePayload): Promise<void> {
    const granted = collabContextOf(context);
    const entries = granted && awarenessEntriesOf(update);
    if (!granted || !entries) return;
    const corrected = entries.flatMap((entry) => stampedWith(granted.presence, entry) ?? []);
    if (corrected.length > 0) document.applyAwarenessUpdate(connection, encodeAwarenessEntries(corrected));
  }
}
