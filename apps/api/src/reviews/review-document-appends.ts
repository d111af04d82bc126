/** One update waiting to be written, and the acknowledgement waiting for it. */
interface PendingAppend {
  update: Uint8Array;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Writes a batch of one report's updates, in order, in one statement; resolves once committed. */
export type WriteUpdates = (reportId: string, updates: readonly Uint8Array[]) => Promise<void>;

/**
 * Group commit per report: at most one write of a report's updates is in flight; updates that
 * arrive meanwhile go together in the next one. A lone keystroke is written at once as before, but
 * when commits slow down (a busy disk) the queue drains in one statement instead of one round trip
 * and one commit each, so every editor's acknowledgement does not wait behind the others'.
 * A failed write fails exactly the updates it carried.
 */
export class ReviewDocumentAppends {
  private readonly queues = new Map<string, PendingAppend[]>();

  constructor(private readonly write: WriteUpdates) {}

  append(reportId: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      const queued = this.queues.get(reportId);
      if (queued) {
        queued.push({ update, resolve, reject });
        return;
      }
      const queue = [{ update, resolve, reject }];
      this.queues.set(reportId, queue);
      void this.drain(reportId, queue);
    });
  }

  private async drain(reportId: string, queue: PendingAppend[]): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0);
      try {
        await this.write(
          reportId,
          batch.map((pending) => pending.update),
        );
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.queues.delete(reportId);
  }
}
