import * as Y from 'yjs';
import { mergedState } from './review-state-merge.js';
import { ReviewStateMergeWorker } from './review-state-merge-worker.js';

/** A stored snapshot of `paragraphs` paragraphs, then one update per character typed after it. */
function storedParts(paragraphs: number, typed: string): Uint8Array[] {
  const doc = new Y.Doc();
  const section = doc.getXmlFragment('section');
  for (let index = 0; index < paragraphs; index += 1) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`paragraph ${index}: what worked on election day, and why. `)]);
    section.push([paragraph]);
  }
  const parts = [Y.encodeStateAsUpdate(doc)];
  doc.on('update', (update: Uint8Array) => parts.push(update));
  const text = section.get(0) as Y.XmlElement;
  for (const character of typed) (text.get(0) as Y.XmlText).insert(0, character);
  doc.destroy();
  return parts;
}

describe('ReviewStateMergeWorker (compaction merges off the event loop)', () => {
  const worker = new ReviewStateMergeWorker();
  afterAll(() => worker.close());

  it('gives the same bytes as the merge on the event loop', async () => {
    const parts = storedParts(50, 'lessons learned');
    expect(parts.length).toBeGreaterThan(2);
    expect(await worker.merge(parts)).toEqual(mergedState(parts));
  });

  it('leaves the event loop free while it merges', async () => {
    const parts = storedParts(2_000, 'recommendations');
    let ticks = 0;
    const ticking = setInterval(() => (ticks += 1), 1);
    try {
      await worker.merge(parts);
    } finally {
      clearInterval(ticking);
    }
    // Merged on this thread, no timer could have run before the merge resolved.
    expect(ticks).toBeGreaterThan(0);
  });

  it('fails a merge of bytes that are not Yjs updates, and merges the next one', async () => {
    const parts = storedParts(3, 'ok');
    await expect(
      worker.merge([parts[0] ?? new Uint8Array(), new Uint8Array([255, 255, 255, 255])]),
    ).rejects.toThrow('merging stored parts failed');
    expect(await worker.merge(parts)).toEqual(mergedState(parts));
  });

  it('is started and warmed up ahead of its first merge, which then gives the inline bytes', async () => {
    const prepared = new ReviewStateMergeWorker();
    try {
      prepared.prepare();
      prepared.prepare(); // one worker, however often it is asked
      const parts = storedParts(10, 'warm');
      expect(await prepared.merge(parts)).toEqual(mergedState(parts));
    } finally {
      await prepared.close();
    }
  });

  it('starts again after it was closed', async () => {
    const parts = storedParts(3, 'again');
    await worker.close();
    expect(await worker.merge(parts)).toEqual(mergedState(parts));
  });
});
