import { RecentSnapshots } from './recent-snapshots.js';

const snapshot = (version: string, bytes: number) => ({ version, state: new Uint8Array(bytes) });

describe('RecentSnapshots (the snapshots an instance keeps, bounded by bytes)', () => {
  it('keeps what fits and drops the least recently used first', () => {
    const recent = new RecentSnapshots(10);
    recent.remember('a', snapshot('a1', 4));
    recent.remember('b', snapshot('b1', 4));
    expect(recent.get('a')?.version).toBe('a1'); // now b is the least recently used
    recent.remember('c', snapshot('c1', 4));
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')?.version).toBe('a1');
    expect(recent.get('c')?.version).toBe('c1');
  });

  it('a newer snapshot of a report replaces the older one and its bytes', () => {
    const recent = new RecentSnapshots(10);
    recent.remember('a', snapshot('a1', 6));
    recent.remember('a', snapshot('a2', 6));
    recent.remember('b', snapshot('b1', 4));
    expect(recent.get('a')?.version).toBe('a2');
    expect(recent.get('b')?.version).toBe('b1');
  });

  it('never keeps a snapshot larger than the whole budget, nor one it was told to forget', () => {
    const recent = new RecentSnapshots(10);
    recent.remember('a', snapshot('a1', 4));
    recent.remember('huge', snapshot('h1', 11));
    expect(recent.get('huge')).toBeUndefined();
    expect(recent.get('a')?.version).toBe('a1');
    recent.forget('a');
    expect(recent.get('a')).toBeUndefined();
    recent.remember('b', snapshot('b1', 10));
    expect(recent.get('b')?.version).toBe('b1');
  });
});
