import { ReviewDocumentAppends } from './review-document-appends.js';

/** A write the test completes by hand, so batches can be held open and failed on purpose. */
function heldWrites() {
  const calls: { reportId: string; updates: number[]; finish: (error?: Error) => void }[] = [];
  const write = (reportId: string, updates: readonly Uint8Array[]) =>
    new Promise<void>((resolve, reject) => {
      calls.push({
        reportId,
        updates: updates.map((update) => update[0] ?? -1),
        finish: (error) => (error ? reject(error) : resolve()),
      });
    });
  return { calls, write };
}

const update = (n: number) => Uint8Array.of(n);
const settled = (promise: Promise<void>) =>
  promise.then(
    () => 'acknowledged',
    (error: Error) => `failed: ${error.message}`,
  );
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('ReviewDocumentAppends (group commit per report)', () => {
  it('writes a lone update at once, and what arrives meanwhile together in the next write, in order', async () => {
    const { calls, write } = heldWrites();
    const appends = new ReviewDocumentAppends(write);
    const first = settled(appends.append('r1', update(1)));
    const second = settled(appends.append('r1', update(2)));
    const third = settled(appends.append('r1', update(3)));
    expect(calls.map((c) => c.updates)).toEqual([[1]]);

    calls[0]?.finish();
    await turn();
    expect(calls.map((c) => c.updates)).toEqual([[1], [2, 3]]);
    calls[1]?.finish();
    await expect(Promise.all([first, second, third])).resolves.toEqual([
      'acknowledged',
      'acknowledged',
      'acknowledged',
    ]);
  });

  it('fails exactly the updates of a failed write; the next batch is still written and acknowledged', async () => {
    const { calls, write } = heldWrites();
    const appends = new ReviewDocumentAppends(write);
    const first = settled(appends.append('r1', update(1)));
    const second = settled(appends.append('r1', update(2)));
    const third = settled(appends.append('r1', update(3)));
    calls[0]?.finish();
    await turn();
    const fourth = settled(appends.append('r1', update(4)));
    calls[1]?.finish(new Error('disk full'));
    await turn();

    expect(calls.map((c) => c.updates)).toEqual([[1], [2, 3], [4]]);
    calls[2]?.finish();
    await expect(Promise.all([first, second, third, fourth])).resolves.toEqual([
      'acknowledged',
      'failed: disk full',
      'failed: disk full',
      'acknowledged',
    ]);
  });

  it('keeps reports apart: a slow write of one report does not hold another report’s updates', async () => {
    const { calls, write } = heldWrites();
    const appends = new ReviewDocumentAppends(write);
    void settled(appends.append('r1', update(1)));
    const other = settled(appends.append('r2', update(9)));
    expect(calls.map((c) => [c.reportId, c.updates])).toEqual([
      ['r1', [1]],
      ['r2', [9]],
    ]);
    calls[1]?.finish(new Error('constraint'));
    await expect(other).resolves.toBe('failed: constraint');
    calls[0]?.finish();
  });

  it('starts a fresh queue after a report drained, so a later update is written at once', async () => {
    const { calls, write } = heldWrites();
    const appends = new ReviewDocumentAppends(write);
    const first = settled(appends.append('r1', update(1)));
    calls[0]?.finish(new Error('connection lost'));
    await expect(first).resolves.toBe('failed: connection lost');

    const later = settled(appends.append('r1', update(2)));
    expect(calls.map((c) => c.updates)).toEqual([[1], [2]]);
    calls[1]?.finish();
    await expect(later).resolves.toBe('acknowledged');
  });
});
