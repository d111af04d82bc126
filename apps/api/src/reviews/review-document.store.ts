import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { ReviewDocumentAppends } from './review-document-appends.js';

/** A report's stored Yjs state: the snapshot merged with every update appended after it. */
export interface StoredDocument {
  state: Uint8Array;
  /** Bytes of snapshot plus pending updates: what the document costs, for its size limit. */
  storedBytes: number;
  pendingUpdates: number;
}

/** The Yjs state of an empty document. */
const EMPTY_STATE = new Uint8Array([0, 0]);

/**
 * Stored parts (the snapshot, then the log in order) as one update. Applied to a scratch document in
 * one transaction and encoded again, hundreds of keystroke-sized updates merge an order of magnitude
 * faster than with Y.mergeUpdates (which, on the event loop, stalled every editor of the report for
 * 100 ms at each compaction), into a smaller state: adjacent items join and deleted text is
 * collected, as the live document collects it. A lone part is already such a state.
 */
function mergedState(parts: readonly Uint8Array[]): Uint8Array {
  const [first] = parts;
  if (!first) return EMPTY_STATE;
  if (parts.length === 1) return first;
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const part of parts) Y.applyUpdate(doc, part);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/**
 * The durable side of a co-edited report: an append-only log of Yjs updates, each written before
 * the server acknowledges it, and a snapshot that compaction folds the log into.
 */
@Injectable()
export class ReviewDocumentStore {
  private readonly appends = new ReviewDocumentAppends((reportId, updates) =>
    this.writeUpdates(reportId, updates),
  );

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(reportId: string): Promise<StoredDocument> {
    const [snapshot] = await this.dataSource.query<{ state: Buffer }[]>(
      `SELECT state FROM review_document_snapshots WHERE report_id = $1`,
      [reportId],
    );
    const updates = await this.dataSource.query<{ update: Buffer }[]>(
      `SELECT update FROM review_document_updates WHERE report_id = $1 ORDER BY id`,
      [reportId],
    );
    const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((row) => row.update)].map(
      (buffer) => new Uint8Array(buffer),
    );
    const storedBytes = parts.reduce((sum, part) => sum + part.length, 0);
    return {
      state: mergedState(parts),
      storedBytes,
      pendingUpdates: updates.length,
    };
  }

  /** The stored state of several reports in two queries (empty documents for reports never edited). */
  async loadStates(reportIds: readonly string[]): Promise<Map<string, Uint8Array>> {
    const snapshots = await this.dataSource.query<{ report_id: string; state: Buffer }[]>(
      `SELECT report_id, state FROM review_document_snapshots WHERE report_id = ANY($1::uuid[])`,
      [reportIds],
    );
    const updates = await this.dataSource.query<{ report_id: string; update: Buffer }[]>(
      `SELECT report_id, update FROM review_document_updates WHERE report_id = ANY($1::uuid[]) ORDER BY report_id, id`,
      [reportIds],
    );
    const parts = new Map<string, Uint8Array[]>(reportIds.map((id) => [id, []]));
    for (const row of snapshots) parts.get(row.report_id)?.push(new Uint8Array(row.state));
    for (const row of updates) parts.get(row.report_id)?.push(new Uint8Array(row.update));
    return new Map([...parts].map(([id, list]) => [id, mergedState(list)]));
  }

  /** Resolves once the update is committed: only then may the server acknowledge it. */
  append(reportId: string, update: Uint8Array): Promise<void> {
    return this.appends.append(reportId, update);
  }

  /** One statement for a batch; the log keeps their order (ids follow the array's). */
  private async writeUpdates(reportId: string, updates: readonly Uint8Array[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO review_document_updates (report_id, update)
       SELECT $1::uuid, part FROM unnest($2::bytea[]) WITH ORDINALITY AS batch(part, n) ORDER BY n`,
      [reportId, updates.map((update) => Buffer.from(update))],
    );
  }

  /**
   * Folds the log into the snapshot in one transaction: whatever instance runs it, and whenever,
   * only rows it merged are deleted. A report-level advisory lock keeps two compactions apart.
   */
  async compact(reportId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [locked] = await manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(hashtext('review-document'), hashtext($1)) AS locked`,
        [reportId],
      );
      if (!locked?.locked) return; // another compaction of this report is running
      const updates = await manager.query<{ id: string; update: Buffer }[]>(
        `SELECT id, update FROM review_document_updates WHERE report_id = $1 ORDER BY id`,
        [reportId],
      );
      const last = updates.at(-1);
      if (!last) return;
      const [snapshot] = await manager.query<{ state: Buffer }[]>(
        `SELECT state FROM review_document_snapshots WHERE report_id = $1`,
        [reportId],
      );
      const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((row) => row.update)].map(
        (buffer) => new Uint8Array(buffer),
      );
      const state = Buffer.from(mergedState(parts));
      await manager.query(
        `INSERT INTO review_document_snapshots (report_id, state, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (report_id) DO UPDATE SET state = excluded.state, updated_at = now()`,
        [reportId, state],
      );
      await manager.query(`DELETE FROM review_document_updates WHERE report_id = $1 AND id <= $2`, [
        reportId,
        last.id,
      ]);
    });
  }
}
