import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedStatement } from '../core/database/prepared-statement.js';
import { ReviewDocumentAppends } from './review-document-appends.js';
import { RecentSnapshots, type KnownSnapshot } from './recent-snapshots.js';
import { mergedState } from './review-state-merge.js';
import { ReviewStateMergeWorker } from './review-state-merge-worker.js';

/** A report's stored Yjs state: the snapshot merged with every update appended after it. */
export interface StoredDocument {
  state: Uint8Array;
  /** Bytes of snapshot plus pending updates: what the document costs, for its size limit. */
  storedBytes: number;
  pendingUpdates: number;
}

/** One stored part of a report's document: its snapshot, or an update of the log after it. */
interface StoredPart {
  report_id: string;
  part: Buffer;
  logged: boolean;
}

/** A part of one report's document as `load` reads it: its snapshot's part is null when unchanged. */
interface LoadedPart {
  part: Buffer | null;
  version: string | null;
  logged: boolean;
}

/**
 * A snapshot row's version: the transaction that wrote it (a row gets a new `xmin` with every
 * write, and only committed ones are read) and when; equal versions mean equal bytes (ADR 0023).
 */
function snapshotVersion(alias: string): string {
  return `${alias}.xmin::text || '@' || (extract(epoch FROM ${alias}.updated_at) * 1000000)::bigint`;
}

/** Snapshot bytes kept for reports opened again: a few dozen 200-page reports. */
const RECENT_SNAPSHOT_BYTES = 32 * 1024 * 1024;

/** An append refused because the report was published: its text is final (the signed version). */
export class PublishedReportIsFinal extends Error {
  constructor(reportId: string) {
    super(`report ${reportId} is published: its text takes no more edits`);
  }
}

/**
 * The durable side of a co-edited report: an append-only log of Yjs updates, each written before
 * the server acknowledges it, and a snapshot that compaction folds the log into.
 */
@Injectable()
export class ReviewDocumentStore implements OnModuleDestroy {
  private readonly recentSnapshots = new RecentSnapshots(RECENT_SNAPSHOT_BYTES);
  /** Compaction merges off the event loop; a load merges inline, its client is waiting for it. */
  private readonly mergeWorker = new ReviewStateMergeWorker();
  private readonly appends = new ReviewDocumentAppends((reportId, updates) =>
    this.writeUpdates(reportId, updates),
  );

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The report's stored state, in one statement. The snapshot this instance last saw of it is sent
   * along by version, and its bytes come back only if the row changed since (a write on any
   * instance changes it); the log after it is read every time.
   */
  async load(reportId: string): Promise<StoredDocument> {
    this.mergeWorker.prepare(); // its log will need compacting once people edit
    const known = this.recentSnapshots.get(reportId);
    const rows = await this.dataSource.query<LoadedPart[]>(
      `SELECT part, version, logged FROM (
         SELECT CASE WHEN ${snapshotVersion('s')} = $2 THEN NULL ELSE s.state END AS part,
                ${snapshotVersion('s')} AS version, false AS logged, 0::bigint AS id
           FROM review_document_snapshots s WHERE s.report_id = $1
         UNION ALL
         SELECT update, NULL, true, id FROM review_document_updates WHERE report_id = $1
       ) parts ORDER BY logged, id`,
      [reportId, known?.version ?? null],
    );
    if (!rows.some((row) => !row.logged)) this.recentSnapshots.forget(reportId);
    const parts = rows.map((row) => this.partOf(reportId, row, known));
    return {
      state: mergedState(parts),
      storedBytes: parts.reduce((sum, part) => sum + part.length, 0),
      pendingUpdates: rows.filter((row) => row.logged).length,
    };
  }

  /** The stored state of several reports in one statement (empty documents for reports never edited). */
  async loadStates(reportIds: readonly string[]): Promise<Map<string, Uint8Array>> {
    const parts = new Map<string, Uint8Array[]>(reportIds.map((id) => [id, []]));
    for (const row of await this.storedParts(reportIds))
      parts.get(row.report_id)?.push(new Uint8Array(row.part));
    return new Map([...parts].map(([id, list]) => [id, mergedState(list)]));
  }

  /**
   * Each report's snapshot, then its log in order. One statement, so one view of the tables: read in
   * two, a compaction committing in between could leave the snapshot from before it and the log
   * from after it, without the updates it folded in.
   */
  private storedParts(reportIds: readonly string[]): Promise<StoredPart[]> {
    return this.dataSource.query<StoredPart[]>(
      `SELECT report_id, part, logged FROM (
         SELECT report_id, state AS part, false AS logged, 0::bigint AS id
           FROM review_document_snapshots WHERE report_id = ANY($1::uuid[])
         UNION ALL
         SELECT report_id, update, true, id FROM review_document_updates WHERE report_id = ANY($1::uuid[])
       ) parts ORDER BY report_id, logged, id`,
      [reportIds],
    );
  }

  /** A loaded part's bytes: a snapshot's are remembered, or taken from memory when it is unchanged. */
  private partOf(reportId: string, row: LoadedPart, known: KnownSnapshot | undefined): Uint8Array {
    if (row.part === null) {
      // Only a snapshot whose version equals the one sent comes back without its bytes.
      if (!known) throw new Error(`the snapshot of report ${reportId} came back without its bytes`);
      return known.state;
    }
    const part = new Uint8Array(row.part);
    if (!row.logged && row.version !== null)
      this.recentSnapshots.remember(reportId, { version: row.version, state: part });
    return part;
  }

  async onModuleDestroy(): Promise<void> {
    await this.mergeWorker.close();
  }

  /** Resolves once the update is committed: only then may the server acknowledge it. */
  append(reportId: string, update: Uint8Array): Promise<void> {
    return this.appends.append(reportId, update);
  }

  /**
   * One statement for a batch; the log keeps their order (ids follow the array's). Nothing is written
   * to a published report. The report row is share-locked to check it: a publication (which locks it
   * for update, and checks that the text is the signed version's) either waits for this write and
   * then finds the text changed, or commits first, and this write then finds the report published.
   */
  private async writeUpdates(reportId: string, updates: readonly Uint8Array[]): Promise<void> {
    const written = await preparedStatement<unknown>(
      this.dataSource,
      `INSERT INTO review_document_updates (report_id, update)
       SELECT $1::uuid, part FROM unnest($2::bytea[]) WITH ORDINALITY AS batch(part, n)
        WHERE EXISTS (SELECT 1 FROM review_reports r WHERE r.id = $1::uuid AND r.status <> 'PUBLISHED' FOR KEY SHARE)
        ORDER BY n
       RETURNING 1`,
      [reportId, updates.map((update) => Buffer.from(update))],
    );
    if (written.length === 0 && updates.length > 0) throw new PublishedReportIsFinal(reportId);
  }

  /**
   * Folds the log into the snapshot in one transaction: whatever instance runs it, and whenever,
   * only the rows it merged are deleted. A report-level advisory lock keeps two compactions apart.
   * Returns the bytes it freed (the old snapshot and the folded log, less the new snapshot); 0 when
   * it did nothing.
   */
  async compact(reportId: string): Promise<number> {
    const written = await this.dataSource.transaction(async (manager) => {
      const [locked] = await manager.query<{ locked: boolean }[]>(
        `SELECT pg_try_advisory_xact_lock(hashtext('review-document'), hashtext($1)) AS locked`,
        [reportId],
      );
      if (!locked?.locked) return null; // another compaction of this report is running
      const updates = await manager.query<{ id: string; update: Buffer }[]>(
        `SELECT id, update FROM review_document_updates WHERE report_id = $1 ORDER BY id`,
        [reportId],
      );
      if (updates.length === 0) return null;
      const [snapshot] = await manager.query<{ state: Buffer }[]>(
        `SELECT state FROM review_document_snapshots WHERE report_id = $1`,
        [reportId],
      );
      const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((row) => row.update)].map(
        (buffer) => new Uint8Array(buffer),
      );
      const state = await this.mergeWorker.merge(parts);
      const freedBytes = parts.reduce((sum, part) => sum + part.length, 0) - state.length;
      const [stored] = await manager.query<{ version: string }[]>(
        `INSERT INTO review_document_snapshots AS s (report_id, state, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (report_id) DO UPDATE SET state = excluded.state, updated_at = now()
         RETURNING ${snapshotVersion('s')} AS version`,
        [reportId, Buffer.from(state)],
      );
      // Exactly the rows read above, not `id <= last`: an append that took a lower id before they were
      // read can commit after, and deleting it would lose an acknowledged edit.
      await manager.query(`DELETE FROM review_document_updates WHERE id = ANY($1::bigint[])`, [
        updates.map((row) => row.id),
      ]);
      return stored ? { version: stored.version, state, freedBytes } : null;
    });
    if (!written) return 0;
    // Only once committed: the next open of the report then finds the snapshot unchanged.
    this.recentSnapshots.remember(reportId, { version: written.version, state: written.state });
    return written.freedBytes;
  }
}
