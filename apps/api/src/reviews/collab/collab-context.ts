import { CollabCloseReason } from '@ecw/domain';
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

/**
 * Close codes the server ends a document connection with (4000-4999 are the application's). The
 * client sees only the reason, which the web editor acts on: see `CollabCloseReason`.
 */
export const COLLAB_CLOSE = {
  forbidden: { code: 4403, reason: CollabCloseReason.FORBIDDEN },
  accessChanged: { code: 4403, reason: CollabCloseReason.ACCESS_CHANGED },
  published: { code: 4403, reason: CollabCloseReason.PUBLISHED },
  tooLarge: { code: 4413, reason: CollabCloseReason.UPDATE_TOO_LARGE },
  documentFull: { code: 4413, reason: CollabCloseReason.DOCUMENT_TOO_LARGE },
  tooFast: { code: 4429, reason: CollabCloseReason.TOO_FAST },
} as const;
