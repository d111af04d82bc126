import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { collabSocketUrl } from './collab-url';
import type { PresenceUser } from './presence';
import { type ReviewConnection, ReviewSession } from './review-session';

/** The report's live connection (one Y.Doc; each section is a fragment of it) and its state. */
export function useReviewProvider(documentName: string, user: PresenceUser): ReviewConnection {
  const session = useMemo(
    () => new ReviewSession(documentName, collabSocketUrl(window.location)),
    [documentName],
  );
  const connection = useSyncExternalStore(session.subscribe, session.snapshot);
  const { provider } = connection;
  useEffect(() => {
    provider?.setAwarenessField('user', user);
  }, [provider, user]);
  return connection;
}
