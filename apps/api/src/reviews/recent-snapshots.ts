/** A report's snapshot as this instance last read or wrote it, and the version it had then. */
export interface KnownSnapshot {
  version: string;
  state: Uint8Array;
}

/**
 * The snapshots of recently opened or compacted reports, so that opening one again fetches its
 * snapshot only if it changed since (ADR 0023). Entries are never trusted as they are: the store
 * sends their version with every load and gets the stored bytes back whenever the row's version
 * differs, whatever instance wrote it. Bounded by bytes; the least recently used go first.
 */
export class RecentSnapshots {
  private readonly entries = new Map<string, KnownSnapshot>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(reportId: string): KnownSnapshot | undefined {
    const known = this.entries.get(reportId);
    if (known) {
      // A Map keeps insertion order: re-inserting marks the entry as the most recently used.
      this.entries.delete(reportId);
      this.entries.set(reportId, known);
    }
    return known;
  }

  remember(reportId: string, snapshot: KnownSnapshot): void {
    this.forget(reportId);
    if (snapshot.state.length > this.maxBytes) return;
    this.entries.set(reportId, snapshot);
    this.bytes += snapshot.state.length;
    for (const [oldest, { state }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= state.length;
    }
  }

  forget(reportId: string): void {
    const known = this.entries.get(reportId);
    if (!known) return;
    this.entries.delete(reportId);
    this.bytes -= known.state.length;
  }
}
