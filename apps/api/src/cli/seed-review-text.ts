import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** What one section of the demo review says: a Tiptap paragraph per text. */
export interface SectionText {
  sectionId: string;
  paragraphs: readonly string[];
}

/** Opening the document and storing the text take well under a second; this is a guard, not a target. */
const WITHIN_MS = 20_000;

/** `ws` sending the person's session cookie on the upgrade, as their browser would. */
function signedInWebSocket(
  cookie: string,
): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}

/** Waits for `done`, polling; fails naming `what` when it does not happen in time. */
async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WITHIN_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`the demo's review text: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Writes the demo review's text through /collab, the way a co-author's editor does: a Hocuspocus
 * provider signed in with the person's session, the paragraphs appended to each section's
 * fragment, and done only once the server has acknowledged every change (it stores each before it
 * acknowledges it), so a version frozen next holds the text.
 */
export async function writeReviewText(
  apiUrl: string,
  cookie: string,
  documentName: string,
  sections: readonly SectionText[],
): Promise<void> {
  const socket = new HocuspocusProviderWebsocket({
    url: `${apiUrl.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: signedInWebSocket(cookie),
  });
  const doc = new Y.Doc();
  let refusal: string | null = null;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token: '',
    onAuthenticationFailed: ({ reason }) => (refusal = reason),
  });
  provider.attach();
  /** The condition, unless the server refused the editor: then there is nothing to wait for. */
  const unlessRefused = (condition: () => boolean) => () => {
    if (refusal !== null)
      throw new Error(`the demo's review text: the server refused the editor (${refusal})`);
    return condition();
  };
  try {
    await until(
      unlessRefused(() => provider.isSynced),
      'the review document to open',
    );
    doc.transact(() => {
      for (const { sectionId, paragraphs } of sections) {
        const fragment = doc.getXmlFragment(sectionId);
        for (const text of paragraphs) {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(text)]);
          fragment.push([paragraph]);
        }
      }
    });
    await until(
      unlessRefused(() => !provider.hasUnsyncedChanges),
      'the server to store the text',
    );
  } finally {
    provider.destroy();
    socket.destroy();
    doc.destroy();
  }
}
