import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A Node co-editor: a real Hocuspocus provider over `ws`, as a browser's editor would run it. */
export interface CollabClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Reasons the server gave for closing this document's connection. */
  closeReasons: string[];
  authenticationFailures: string[];
  /** Resolves once the server acknowledged every local change (the provider's "Saved"). */
  acknowledged(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export interface CollabCredentials {
  /** An API token, sent as the provider's token. */
  token?: string;
  /** A session cookie header, sent on the upgrade request as a browser would. */
  cookie?: string;
}

/** A `ws` class that adds the browser's Cookie header to the upgrade request. */
function webSocketWithCookie(
  cookie: string,
): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}

export function collabUrl(apiUrl: string): string {
  return `${apiUrl.replace(/^http/, 'ws')}/collab`;
}

/** A new socket to /collab (several documents may share one). */
export function collabSocket(
  apiUrl: string,
  credentials: CollabCredentials = {},
): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url: collabUrl(apiUrl),
    WebSocketPolyfill: credentials.cookie ? webSocketWithCookie(credentials.cookie) : WebSocket,
    delay: 100,
    minDelay: 100,
    maxDelay: 500,
  });
}

/** Opens `documentName` on a socket (a new one unless given) with a fresh Y.Doc unless given. */
export function openDocument(
  apiUrl: string,
  documentName: string,
  credentials: CollabCredentials,
  options: { socket?: HocuspocusProviderWebsocket; doc?: Y.Doc } = {},
): CollabClient {
  const socket = options.socket ?? collabSocket(apiUrl, credentials);
  const doc = options.doc ?? new Y.Doc();
  const closeReasons: string[] = [];
  const authenticationFailures: string[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token: credentials.token ?? '',
    onClose: ({ event }) => {
      if (event.reason) closeReasons.push(event.reason);
    },
    onAuthenticationFailed: ({ reason }) => authenticationFailures.push(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    closeReasons,
    authenticationFailures,
    acknowledged: (timeoutMs = 10_000) =>
      eventually(() => {
        if (!provider.isSynced || provider.hasUnsyncedChanges)
          throw new Error(`unsynced changes: ${provider.unsyncedChanges}`);
      }, timeoutMs),
    destroy: () => {
      provider.destroy();
      if (!options.socket) socket.destroy();
    },
  };
}

/** Retries `check` until it passes or the time is up (then throws its last error). */
export async function eventually(
  check: () => void | Promise<void>,
  timeoutMs = 10_000,
  everyMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  }
}

/** Appends a Tiptap paragraph holding `text` to a section's fragment. */
export function appendParagraph(doc: Y.Doc, sectionId: string, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(sectionId).push([paragraph]);
}

/** The plain text of a section's paragraphs, in order. */
export function paragraphsOf(doc: Y.Doc, sectionId: string): string[] {
  return doc
    .getXmlFragment(sectionId)
    .toArray()
    .map((node) =>
      node instanceof Y.XmlElement
        ? node
            .toArray()
            .map((child) => (child instanceof Y.XmlText ? child.toString() : ''))
            .join('')
        : '',
    );
}
