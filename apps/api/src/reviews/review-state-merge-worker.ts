import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { mergedState } from './review-state-merge.js';

/**
 * The worker's code: mergedState (review-state-merge.ts), step for step, with Yjs loaded in the
 * worker. It is evaluated from this text rather than loaded from a file of its own because the API
 * runs from three places (its TypeScript sources under Jest, dist/apps/api, the one-file bundle) and
 * a worker needs a JavaScript file at a path each of them would know; a spec checks that both
 * merges give the same bytes.
 *
 * Before it answers anything, the worker merges a typed document a few times: V8 optimises Yjs
 * only once it has run, and a first, cold merge of a 200-page report took 174 ms against 23-35 ms
 * warm, CPU that would otherwise be spent in the middle of the session that triggers it.
 */
const MERGE_IN_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Y = require(workerData.yjs);

function merged(parts) {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const part of parts) Y.applyUpdate(doc, part);
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

function warmUp() {
  const typed = new Y.Doc();
  const parts = [];
  typed.on('update', (update) => parts.push(update));
  const paragraph = new Y.XmlElement('paragraph');
  typed.getXmlFragment('warm-up').push([paragraph]);
  const text = new Y.XmlText();
  paragraph.push([text]);
  for (let index = 0; index < 300; index += 1) text.insert(index, 'x');
  typed.destroy();
  for (let round = 0; round < 5; round += 1) merged(parts);
}

warmUp();
parentPort.on('message', ({ id, parts }) => {
  try {
    const state = merged(parts);
    parentPort.postMessage({ id, state }, [state.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

interface MergeRequest {
  /** The worker it was sent to: only that worker's failure fails it. */
  worker: Worker;
  resolve: (state: Uint8Array) => void;
  reject: (error: Error) => void;
}

type MergeReply = { id: number; state: Uint8Array } | { id: number; error: string };

/**
 * Merges stored parts on a worker thread, so that folding a report's log into its snapshot (tens of
 * milliseconds for a 200-page report, over 100 before V8 has optimised Yjs) never holds up the
 * event loop that forwards every other editor's keystrokes. One worker, started by `prepare` or the
 * first merge, and again after a crash; requests are answered in order. It does not keep the
 * process alive.
 */
export class ReviewStateMergeWorker {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly requests = new Map<number, MergeRequest>();

  /**
   * Starts the worker ahead of its first merge (when an instance opens a report, so that the
   * thread's start and warm-up are not paid in the middle of the editing that fills a log).
   */
  prepare(): void {
    this.worker ??= this.start();
  }

  merge(parts: readonly Uint8Array[]): Promise<Uint8Array> {
    if (parts.length <= 1) return Promise.resolve(mergedState(parts));
    // Own copies, transferred: a part read from pg is a view into a larger buffer, which a
    // structured clone would copy whole.
    const copies = parts.map((part) => part.slice());
    const worker = (this.worker ??= this.start());
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      this.requests.set(id, { worker, resolve, reject });
      worker.postMessage(
        { id, parts: copies },
        copies.map((copy) => copy.buffer),
      );
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(MERGE_IN_WORKER_SOURCE, {
      eval: true,
      workerData: { yjs: createRequire(import.meta.url).resolve('yjs') },
    });
    worker.unref();
    worker.on('message', (reply: MergeReply) => this.answer(reply));
    worker.on('error', (error) => this.failAll(worker, error));
    worker.on('exit', (code) => this.failAll(worker, new Error(`the state merge worker exited (${code})`)));
    return worker;
  }

  private answer(reply: MergeReply): void {
    const request = this.requests.get(reply.id);
    this.requests.delete(reply.id);
    if (!request) return;
    if ('error' in reply) request.reject(new Error(`merging stored parts failed: ${reply.error}`));
    else request.resolve(reply.state);
  }

  /** A worker that failed or stopped answers nothing more: its requests fail, the next one starts another. */
  private failAll(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const [id, request] of this.requests) {
      if (request.worker !== worker) continue;
      this.requests.delete(id);
      request.reject(error);
    }
  }
}
