import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** Origin of updates a baseline client received (so they are not sent back). */
const REMOTE = 'remote';

/** A `ws` class that adds a browser's Cookie header to the upgrade request. */
function webSocketWithCookie(cookie) {
  return class extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}

/**
 * A co-editor of the product: @hocuspocus/provider over `ws`, signed in with a session cookie, as the
 * web app runs it. Resolves once synced; `onClose` reasons make a refused connection fail loudly.
 */
export function openProductDocument(apiUrl, documentName, cookie, doc = new Y.Doc()) {
  const socket = new HocuspocusProviderWebsocket({
    url: `${apiUrl.replace(/^http/, 'ws')}/collab`,
    WebSocketPolyfill: webSocketWithCookie(cookie),
  });
  let provider;
  const synced = new Promise((resolve, reject) => {
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentName,
      document: doc,
      token: '',
      onSynced: () => resolve(),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`authentication failed: ${reason}`)),
      onClose: ({ event }) => {
        if (event.code >= 4000) reject(new Error(`closed by the server: ${event.code} ${event.reason}`));
      },
    });
  });
  provider.attach();
  return {
    doc,
    synced,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/**
 * A co-editor of the relay baseline: raw `ws`, sending each local Yjs update as one binary message
 * and applying what it receives. `room` names the document on the relay.
 */
export function openRelayDocument(relayUrl, room, doc = new Y.Doc()) {
  const socket = new WebSocket(`${relayUrl.replace(/^http/, 'ws')}/${room}`);
  socket.binaryType = 'nodebuffer';
  socket.on('message', (data) => Y.applyUpdate(doc, new Uint8Array(data), REMOTE));
  doc.on('update', (update, origin) => {
    if (origin !== REMOTE && socket.readyState === WebSocket.OPEN) socket.send(update);
  });
  const synced = new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return {
    doc,
    synced,
    destroy() {
      socket.terminate();
      doc.destroy();
    },
  };
}

/** Opens the state baseline's document: connect, receive the encoded state, apply it. */
export function openStateDocument(stateUrl) {
  const doc = new Y.Doc();
  const socket = new WebSocket(stateUrl.replace(/^http/, 'ws'));
  socket.binaryType = 'nodebuffer';
  const synced = new Promise((resolve, reject) => {
    socket.once('message', (data) => {
      Y.applyUpdate(doc, new Uint8Array(data));
      resolve();
    });
    socket.once('error', reject);
  });
  return {
    doc,
    synced,
    destroy() {
      socket.terminate();
      doc.destroy();
    },
  };
}
