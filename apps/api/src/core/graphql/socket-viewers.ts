import { type Credential, type Viewer, type ViewerResolver } from '../auth/viewer.js';

/** How long a socket's credential check is trusted: an expired session or a demoted admin stops acting within this. */
export const SOCKET_RECHECK_MS = 2_000;

/**
 * A credential check that could not be made (the database did not answer): the credential is
 * neither valid nor revoked. Told apart from `null` so that a socket is not closed as "access
 * revoked", which makes the web app sign its person out, only because PostgreSQL was restarting.
 */
export class CheckFailed {
  constructor(readonly error: unknown) {}
}

/** What a re-check found: the current viewer, `null` when the credential ended, or a failed check. */
export type CredentialStanding = Viewer | null | CheckFailed;

/** The credential a viewer signed in with: sockets of one credential share its answers. */
export function credentialOf(viewer: Viewer): string {
  return viewer.sessionId ? `session:${viewer.sessionId}` : `token:${viewer.apiTokenId ?? ''}`;
}

/**
 * The viewers of sockets, looked up as few times as a browser with many tabs allows. Open sockets
 * re-read their viewer before each operation and on a sweep: at most once per SOCKET_RECHECK_MS per
 * credential, shared by every socket opened with it. Sockets opening together share one look-up.
 */
export class SocketViewers {
  private readonly answers = new Map<string, { until: number; viewer: Promise<CredentialStanding> }>();
  /** Session look-ups in flight, by cookie secret: forgotten as soon as they answer. */
  private readonly inFlight = new Map<string, Promise<Viewer | null>>();

  constructor(private readonly viewers: ViewerResolver) {}

  /**
   * The viewer of a socket being opened. Sockets opening with one session cookie at the same time (a
   * browser restoring its tabs, a flooder re-opening twenty sockets) share the look-up in flight:
   * otherwise each takes a database connection, and twenty at once make the pool open new ones (a
   * SCRAM handshake each) while every other socket's events wait. Nothing is kept once it answers,
   * so a socket opened after a revocation is refused. API tokens are looked up each time: their
   * look-up counts against the address's token-use limit.
   */
  opening(credential: Credential, meta: { userAgent: string | null; ip: string }): Promise<Viewer | null> {
    if (credential.kind !== 'session') return this.viewers.resolve(credential, meta);
    const shared = this.inFlight.get(credential.secret);
    if (shared) return shared;
    const viewer = this.viewers
      .resolve(credential, meta)
      .finally(() => this.inFlight.delete(credential.secret));
    this.inFlight.set(credential.secret, viewer);
    return viewer;
  }

  current(viewer: Viewer): Promise<CredentialStanding> {
    const key = credentialOf(viewer);
    const now = Date.now();
    const cached = this.answers.get(key);
    if (cached && now < cached.until) return cached.viewer;
    for (const [staleKey, stale] of this.answers) if (now >= stale.until) this.answers.delete(staleKey);
    const answer = this.viewers
      .refresh(viewer)
      .catch((error: unknown): CredentialStanding => new CheckFailed(error));
    this.answers.set(key, { until: now + SOCKET_RECHECK_MS, viewer: answer });
    return answer;
  }
}
