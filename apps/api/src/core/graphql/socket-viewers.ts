import { type Viewer, type ViewerResolver } from '../auth/viewer.js';

/** How long a socket's credential check is trusted: an expired session or a demoted admin stops acting within this. */
export const SOCKET_RECHECK_MS = 2_000;

/**
 * Open sockets re-read their viewer before each operation and on a sweep: at most once per
 * SOCKET_RECHECK_MS per credential, shared by every socket opened with it, so a browser with many
 * tabs costs one look-up.
 */
export class SocketViewers {
  private readonly answers = new Map<string, { until: number; viewer: Promise<Viewer | null> }>();

  constructor(private readonly viewers: ViewerResolver) {}

  current(viewer: Viewer): Promise<Viewer | null> {
    const key = viewer.sessionId ? `session:${viewer.sessionId}` : `token:${viewer.apiTokenId ?? ''}`;
    const now = Date.now();
    const cached = this.answers.get(key);
    if (cached && now < cached.until) return cached.viewer;
    for (const [staleKey, stale] of this.answers) if (now >= stale.until) this.answers.delete(staleKey);
    const answer = this.viewers.refresh(viewer).catch(() => null);
    this.answers.set(key, { until: now + SOCKET_RECHECK_MS, viewer: answer });
    return answer;
  }
}
