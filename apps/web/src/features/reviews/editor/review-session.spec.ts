import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Server } from '@hocuspocus/server';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { ReviewSession } from './review-session';
import { type SaveState, saveStateOf } from './save-state';

/**
 * The save indicator's states, driven by a real Hocuspocus provider against a real Hocuspocus
 * server (in this process) whose message hook can hold updates, as the API's does while it
 * writes them to PostgreSQL: "Saved" must wait for the acknowledgement.
 */
let server: Server;
let holding: Promise<void> | null = null;
let release: () => void = () => undefined;

beforeAll(async () => {
  // Node 20 has no WebSocket of its own; the browser's is what the provider uses in the app.
  Object.assign(globalThis, { WebSocket });
  server = new Server({
    port: 0,
    address: '127.0.0.1',
    quiet: true,
    async beforeHandleMessage() {
      await holding;
    },
  });
  await server.listen();
});

afterAll(async () => {
  release();
  await server.destroy().catch(() => undefined);
});

function watch(session: ReviewSession) {
  let latest: SaveState = saveStateOf(session.snapshot());
  const unsubscribe = session.subscribe(() => {
    latest = saveStateOf(session.snapshot());
  });
  const until = async (state: SaveState) => {
    const deadline = Date.now() + 5_000;
    while (latest !== state) {
      if (Date.now() > deadline) throw new Error(`the indicator stayed "${latest}", expected "${state}"`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { until, now: () => latest, unsubscribe };
}

function type(session: ReviewSession, text: string): void {
  const doc = session.snapshot().provider?.document;
  if (!doc) throw new Error('no document');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment('section-1').push([paragraph]);
}

describe('ReviewSession', () => {
  it('says Saving until the server acknowledges an edit, then Saved, and Offline when the server goes', async () => {
    const session = new ReviewSession('report-1', `ws://127.0.0.1:${server.address.port}`);
    const indicator = watch(session);
    try {
      await indicator.until('saved');
      expect(session.snapshot().writable).toBe(true);

      holding = new Promise((resolve) => (release = resolve));
      type(session, 'Turnout was high.');
      await indicator.until('saving');
      // Held by the server: nothing acknowledged, so still not "Saved" a moment later.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(indicator.now()).toBe('saving');
      release();
      holding = null;
      await indicator.until('saved');

      // Stopping the server leaves open sockets open; cut them as a network failure would.
      await server.destroy();
      for (const client of server.webSocketServer.clients) client.terminate();
      await indicator.until('offline');
      type(session, 'Written offline.');
      expect(indicator.now()).toBe('offline');
      expect(session.snapshot().unsynced).toBeGreaterThan(0);
    } finally {
      indicator.unsubscribe();
    }
    // The last subscriber gone, the provider is destroyed and the session is closed again.
    expect(session.snapshot().provider).toBeNull();
  }, 20_000);
});
