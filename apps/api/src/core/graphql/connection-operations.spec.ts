import { ConnectionOperations } from './connection-operations.js';

/** mulberry32: the same sequence on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('ConnectionOperations', () => {
  it('answers as a Map does through any sequence of sets, deletes and clears (null values included)', () => {
    const random = seeded(7);
    const operations = new ConnectionOperations<number | null>();
    const reference = new Map<string, number | null>();
    for (let step = 0; step < 5_000; step += 1) {
      const id = String(Math.floor(random() * 4));
      const roll = random();
      if (roll < 0.45) {
        const value = random() < 0.2 ? null : step;
        operations.set(id, value);
        reference.set(id, value);
      } else if (roll < 0.9) {
        operations.delete(id);
        reference.delete(id);
      } else if (roll < 0.93) {
        operations.clear();
        reference.clear();
      }
      for (const probe of ['0', '1', '2', '3']) {
        expect(operations.has(probe)).toBe(reference.has(probe));
        expect(operations.get(probe)).toBe(reference.get(probe));
      }
      expect(operations.size).toBe(reference.size);
      expect([...operations.values()].sort()).toEqual([...reference.values()].sort());
    }
  });

  it('keeps one operation without a Map, and gives up the Map when the others end', () => {
    const operations = new ConnectionOperations<string>();
    const mapOf = () => (operations as unknown as { more: Map<string, string> | null }).more;
    operations.set('1', 'first');
    expect(mapOf()).toBeNull();
    operations.set('2', 'second');
    expect(mapOf()?.size).toBe(1);
    operations.delete('2');
    expect(mapOf()).toBeNull();
    expect(operations.get('1')).toBe('first');
  });
});
