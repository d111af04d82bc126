import { ReviewStatus } from '@ecw/domain';
import { type Connection, type connectedPayload, type Extension } from '@hocuspocus/server';
import { type Logger } from 'pino';
import { type ViewerResolver } from '../../../core/auth/viewer.js';
import { type ReviewReportService } from '../../review-report.service.js';
import { can } from '../../../core/policy/can.js';
import {
  reviewReportResource,
  type ReviewReportFacts,
} from '../../../core/policy/resources/review-report.policy.js';
import { COLLAB_CLOSE, collabContextOf, type CollabContext } from '../collab-context.js';

/** How often open connections are re-authorised: a lost membership bites within this (plus a query). */
export const ACCESS_RECHECK_MS = 2000;

/** A revoked credential, as accounts/access-revocation announces it. */
export interface RevokedCredential {
  userId: string;
  sessionId?: string;
  apiTokenId?: string;
}

/**
 * Open connections follow access. Every `ACCESS_RECHECK_MS`, on every instance, each open
 * connection's viewer and report are re-checked with the same policy as at connect (one check per
 * credential and report); a connection that may no longer open the document, or whose write access
 * changed, is closed and its client re-authorises on reconnect. Revoked credentials close at once.
 */
export class ReviewReportAccessExtension implements Extension {
  extensionName = 'review-report-access';
  private readonly open = new Map<Connection, CollabContext>();
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly viewers: ViewerResolver,
    private readonly reports: ReviewReportService,
    private readonly logger: Logger,
  ) {}

  async connected({ connection, context }: connectedPayload): Promise<void> {
    const granted = collabContextOf(context);
    if (!granted) return;
    this.open.set(connection, granted);
    connection.onClose(() => this.open.delete(connection));
  }

  start(): void {
    if (!this.timer) {
      this.timer = setInterval(() => void this.recheck(), ACCESS_RECHECK_MS);
      // A safety net for lost access events must never keep the process (or a test run) alive.
      this.timer.unref();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Closes what a revoked credential opened (one session, one token, or all of an account's). */
  closeRevoked(revoked: RevokedCredential): void {
    for (const [connection, { viewer }] of this.open) {
      if (viewer.userId !== revoked.userId) continue;
      if (revoked.sessionId && viewer.sessionId !== revoked.sessionId) continue;
      if (revoked.apiTokenId && viewer.apiTokenId !== revoked.apiTokenId) continue;
      connection.close(COLLAB_CLOSE.accessChanged);
    }
  }

  /** Re-checks one user's connections now (their membership or a co-authorship changed). */
  recheckUser(userId: string): Promise<void> {
    return this.recheckWhere((granted) => granted.viewer.userId === userId);
  }

  recheck(): Promise<void> {
    if (this.checking) return Promise.resolve(); // a slow database must not pile checks up
    this.checking = true;
    return this.recheckWhere(() => true).finally(() => {
      this.checking = false;
    });
  }

  /**
   * Re-checks the concerned connections in two statements in all (credentials, then the report
   * facts of every viewer and report), not two per connection: every 2 s they ran beside the
   * editors' keystrokes. A connection that may no longer open the document, or whose write access
   * changed, closes.
   */
  private async recheckWhere(concerned: (granted: CollabContext) => boolean): Promise<void> {
    try {
      const groups = new Map<string, { granted: CollabContext; connections: Connection[] }>();
      for (const [connection, granted] of this.open) {
        if (!concerned(granted)) continue;
        const key = `${granted.viewer.sessionId ?? granted.viewer.apiTokenId}:${granted.reportId}`;
        const group = groups.get(key) ?? { granted, connections: [] };
        group.connections.push(connection);
        groups.set(key, group);
      }
      if (groups.size === 0) return;
      const checked = [...groups.values()];
      const grants = checked.map(({ granted }) => granted);
      const [valid, facts] = await Promise.all([
        this.viewers.stillValid(grants.map(({ viewer }) => viewer)),
        this.reports.readableFactsOf(grants),
      ]);
      checked.forEach(({ granted, connections }, index) => {
        const close = valid[index] ? closeFor(granted, facts[index] ?? null) : COLLAB_CLOSE.accessChanged;
        if (!close) return;
        for (const connection of connections) connection.close(close);
      });
    } catch (error) {
      this.logger.error({ err: error }, 're-checking co-editing connections failed; trying again');
    }
  }
}

/**
 * Null while a connection's grant still holds: the live document may still be opened (readable is
 * not enough: a member who leaves a co-author still reads a public report), editable exactly as
 * before. Else how to close it; publication is named apart, so the editor tells its user the report
 * is final rather than that their access changed.
 */
function closeFor(
  { viewer, reportId, readOnly }: CollabContext,
  facts: ReviewReportFacts | null,
): (typeof COLLAB_CLOSE)['accessChanged' | 'published'] | null {
  const report = facts && reviewReportResource(reportId, facts);
  if (report === null || !can(viewer, 'reviewReport.openDocument', report)) return COLLAB_CLOSE.accessChanged;
  if (readOnly === !can(viewer, 'reviewReport.edit', report)) return null;
  return !readOnly && facts?.status === ReviewStatus.PUBLISHED
    ? COLLAB_CLOSE.published
    : COLLAB_CLOSE.accessChanged;
}
