import {
  type beforeHandleMessagePayload,
  type Extension,
  type onDisconnectPayload,
  type onLoadDocumentPayload,
} from '@hocuspocus/server';
import { type Logger } from 'pino';
import * as Y from 'yjs';
import { PublishedReportIsFinal, type ReviewDocumentStore } from '../../review-document.store.js';
import { COLLAB_CLOSE } from '../collab-context.js';
import { reportIdOfDocument } from '../document-name.js';
import { isEmptyUpdate, yjsUpdateOf } from '../incoming-update.js';
import { replyWithStoredStateUntilChanged } from '../stored-state-reply.js';

export interface PersistenceLimits {
  /** Stored bytes (snapshot + log) a report's document may reach; a 200-page report is a few MB. */
  maxDocumentBytes: number;
  /** Log rows after which the document is compacted into its snapshot while people still edit. */
  compactEvery: number;
}

export const PERSISTENCE_LIMITS: PersistenceLimits = {
  maxDocumentBytes: 64 * 1024 * 1024,
  compactEvery: 500,
};

/**
 * Applies the stored state to a document Hocuspocus is loading, with its 'update' listeners set
 * aside meanwhile. Hocuspocus listens from the document's construction, so Yjs would encode the
 * whole state again into an update event (for a 200-page report, as long as encoding it for the
 * client) to broadcast it to no connection: none is attached before loading ends, and the change
 * hooks are attached only after it too.
 */
function applyStoredState(document: Y.Doc, state: Uint8Array): void {
  const listeners = document._observers.get('update');
  document._observers.delete('update');
  try {
    Y.applyUpdate(document, state);
  } finally {
    if (listeners) document._observers.set('update', listeners);
  }
}

interface DocumentStats {
  storedBytes: number;
  pendingUpdates: number;
  /** Whether the document changed since it was loaded (Yjs emits 'update' only for a change). */
  changed: boolean;
}

/**
 * Nothing acknowledged is ever lost: Hocuspocus awaits `beforeHandleMessage` before it applies an
 * update and acknowledges it, so each update is committed to the append-only log here first. The
 * log is folded into a snapshot every `compactEvery` updates and when the last client leaves.
 */
export class ReviewReportPersistenceExtension implements Extension {
  extensionName = 'review-report-persistence';
  priority = 100;
  private readonly stats = new Map<string, DocumentStats>();

  constructor(
    private readonly store: ReviewDocumentStore,
    private readonly logger: Logger,
    private readonly limits: PersistenceLimits = PERSISTENCE_LIMITS,
  ) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const reportId = reportIdOfDocument(documentName);
    if (!reportId) return;
    const stored = await this.store.load(reportId);
    applyStoredState(document, stored.state);
    replyWithStoredStateUntilChanged(document, stored.state);
    const stats = { storedBytes: stored.storedBytes, pendingUpdates: stored.pendingUpdates, changed: false };
    document.once('update', () => {
      stats.changed = true;
    });
    this.stats.set(documentName, stats);
  }

  async beforeHandleMessage({ connection, update, documentName }: beforeHandleMessagePayload): Promise<void> {
    // Hocuspocus drops a read-only connection's updates: there is nothing to store.
    if (connection.readOnly) return;
    const yjsUpdate = yjsUpdateOf(update);
    const reportId = reportIdOfDocument(documentName);
    if (!yjsUpdate || isEmptyUpdate(yjsUpdate) || !reportId) return;
    const stats = this.stats.get(documentName) ?? { storedBytes: 0, pendingUpdates: 0, changed: true };
    if (stats.storedBytes + yjsUpdate.length > this.limits.maxDocumentBytes) throw COLLAB_CLOSE.documentFull;
    try {
      await this.store.append(reportId, yjsUpdate);
    } catch (error) {
      // Published since this connection was allowed to write: it reconnects read-only.
      if (error instanceof PublishedReportIsFinal) throw COLLAB_CLOSE.published;
      throw error;
    }
    stats.storedBytes += yjsUpdate.length;
    stats.pendingUpdates += 1;
    this.stats.set(documentName, stats);
    if (stats.pendingUpdates >= this.limits.compactEvery) {
      stats.pendingUpdates = 0;
      this.compactInBackground(reportId, stats);
    }
  }

  async onDisconnect({ clientsCount, documentName }: onDisconnectPayload): Promise<void> {
    const reportId = reportIdOfDocument(documentName);
    if (clientsCount > 0 || !reportId) return;
    const stats = this.stats.get(documentName);
    this.stats.delete(documentName);
    // Loaded from a snapshot with no log after it and unchanged since: there is nothing to fold, so
    // no transaction (four statements) for every reader who only opened the report. Updates another
    // instance logged meanwhile are folded by that instance, or by the next load that finds them.
    if (stats && stats.pendingUpdates === 0 && !stats.changed) return;
    await this.store.compact(reportId).catch((error: unknown) => {
      this.logger.error(
        { err: error, reportId },
        'compacting a review document failed; its log stays as it is',
      );
    });
  }

  /**
   * The document's size counts what compaction frees: otherwise a report kept open for weeks counts
   * every keystroke ever typed, and reaches the limit with little stored.
   */
  private compactInBackground(reportId: string, stats: DocumentStats): void {
    void this.store.compact(reportId).then(
      (freedBytes) => (stats.storedBytes = Math.max(0, stats.storedBytes - freedBytes)),
      (error: unknown) => {
        this.logger.error(
          { err: error, reportId },
          'compacting a review document failed; its log stays as it is',
        );
      },
    );
  }
}
