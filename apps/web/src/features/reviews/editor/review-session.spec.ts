import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Server } from '@hocuspocus/server';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { type ReviewConnection, ReviewSession } from './review-session';
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

function type(session: ReviewSession, text: string, section = 'section-1'): void {
  const doc = session.snapshot().provider?.document;
  if (!doc) throw new Error('no document');
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(section).push([paragraph]);
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

/**
 * When the server closes the document but not the socket (publication, access changed, a message
 * refused), the session re-opens it with a fresh provider: read-only or writable as the server now
 * says, with the reason, and never "Saving…" for changes nobody will store.
 */
describe('ReviewSession after the server closes the document', () => {
  type Close = { code: number; reason: string };
  let closing: Server;
  let readOnly = false;
  let refuse: (message: Uint8Array) => Close | null = () => null;
  let refused = 0;
  const persisted = new Map<string, Uint8Array>();

  beforeAll(async () => {
    closing = new Server({
      port: 0,
      address: '127.0.0.1',
      quiet: true,
      async onAuthenticate({ connectionConfig }) {
        connectionConfig.readOnly = readOnly;
      },
      // Kept across connections, as the API keeps it in PostgreSQL: the last one leaving unloads it.
      async onLoadDocument({ document, documentName }) {
        const state = persisted.get(documentName);
        if (state) Y.applyUpdate(document, state);
      },
      async onChange({ document, documentName }) {
        persisted.set(documentName, Y.encodeStateAsUpdate(document));
      },
      async beforeHandleMessage({ update }) {
        const close = refuse(update);
        if (close) {
          refused += 1;
          throw close;
        }
      },
    });
    await closing.listen();
  });

  afterAll(async () => {
    await closing.destroy().catch(() => undefined);
  });

  let name = '';
  let session: ReviewSession;
  let indicator: ReturnType<typeof watch>;
  const states: ReviewConnection[] = [];

  beforeEach(async () => {
    readOnly = false;
    refuse = () => null;
    refused = 0;
    states.length = 0;
    name = `report-${Math.random().toString(36).slice(2)}`;
    session = new ReviewSession(name, `ws://127.0.0.1:${closing.address.port}`);
    indicator = watch(session);
    session.subscribe(() => states.push(session.snapshot()));
  });

  afterEach(() => indicator.unsubscribe());

  const containing = (text: string, close: Close) => (message: Uint8Array) =>
    Buffer.from(message).includes(text) ? close : null;
  const stored = () => {
    const document = new Y.Doc();
    Y.applyUpdate(document, persisted.get(name) ?? Y.encodeStateAsUpdate(new Y.Doc()));
    return document.getXmlFragment('section-1').toString();
  };
  const shown = () => session.snapshot().provider?.document.getXmlFragment('section-1').toString() ?? '';
  async function until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 5_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`waited in vain for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  it('after publication: read-only at once, the reason, the server’s text again, and Saved', async () => {
    await indicator.until('saved');
    type(session, 'Before publication.');
    await until(() => stored().includes('Before publication.'), 'the first edit stored');
    readOnly = true;
    refuse = containing('After publication.', { code: 4403, reason: 'Report published' });
    type(session, 'After publication.');

    await until(() => session.snapshot().notice === 'published', 'the publication notice');
    const closedAt = states.findIndex((state) => state.notice === 'published');
    expect(states.slice(closedAt).every((state) => state.writable !== true)).toBe(true);
    await until(() => session.snapshot().writable === false, 'the read-only connection');
    await indicator.until('saved');
    expect(session.snapshot().discarded).toBe(true);
    expect(shown()).toContain('Before publication.');
    expect(shown()).not.toContain('After publication.');
    expect(refused).toBe(1);
  });

  it('after promotion: writable again, and the next edit is stored', async () => {
    readOnly = true;
    await indicator.until('saved');
    expect(session.snapshot().writable).toBe(false);
    readOnly = false;
    for (const { connection } of closing.hocuspocus.documents.get(name)?.connections.values() ?? []) {
      connection.close({ code: 4403, reason: 'Access changed' });
    }
    await until(() => session.snapshot().writable === true, 'the writable connection');
    expect(session.snapshot().notice).toBe('accessChanged');
    expect(session.snapshot().discarded).toBe(false);
    type(session, 'Now a member.');
    await indicator.until('saved');
    expect(stored()).toContain('Now a member.');
  });

  it('an update too large is dropped, said so, and never sent again', async () => {
    await indicator.until('saved');
    refuse = (message) => (message.length > 20_000 ? { code: 4413, reason: 'Update too large' } : null);
    type(session, 'x'.repeat(30_000));
    await until(() => session.snapshot().notice === 'updateTooLarge', 'the too-large notice');
    await until(() => session.snapshot().writable === true, 'the re-opened connection');
    await indicator.until('saved');
    expect(shown()).not.toContain('xxxx');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(refused).toBe(1);
    type(session, 'A shorter paragraph.');
    await indicator.until('saved');
    expect(stored()).toContain('A shorter paragraph.');
  });

  it('a refused burst is sent again on the re-opened connection and stored', async () => {
    await indicator.until('saved');
    let once = true;
    refuse = (message) => {
      if (!once || !Buffer.from(message).includes('Quickly typed.')) return null;
      once = false;
      return { code: 4429, reason: 'Too many messages' };
    };
    type(session, 'Quickly typed.');
    await until(() => stored().includes('Quickly typed.'), 'the edit stored after the re-open');
    await indicator.until('saved');
    expect(session.snapshot().notice).toBeNull();
    expect(refused).toBe(1);
  });
});
