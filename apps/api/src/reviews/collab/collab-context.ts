import { type Viewer } from '../../core/auth/viewer.js';

/** Who a connection is in the document's presence (awareness `user`), as the web editor shows it. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** What authentication establishes once per document connection; every later hook reads it. */
export interface CollabContext {
  viewer: Viewer;
  reportId: string;
  readOnly: boolean;
  presence: PresenceUser;
}

/** Hocuspocus hands context around untyped; this is the one place it is read back. */
export function collabContextOf(context: unknown): CollabContext | null {
  if (typeof context !== 'object' || context === null) return null;
  const { viewer, reportId, readOnly, presence } = context as Partial<CollabContext>;
  return viewer && typeof reportId === 'string' && typeof readOnly === 'boolean' && presence
    ? { viewer, reportId, readOnly, presence }
    : null;
}

/** Close codes the server ends a document connection with (4000-4999 are the application's). */
export const COLLAB_CLOSE = {
  forbidden: { code: 4403, reason: 'Forbidden' },
  accessChanged: { code: 4403, reason: 'Access changed' },
  tooLarge: { code: 4413, reason: 'Update too large' },
  documentFull: { code: 4413, reason: 'Document too large' },
  tooFast: { code: 4429, reason: 'Too many messages' },
} as const;
