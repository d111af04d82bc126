#!/usr/bin/env node
// Baseline for the report-opening row: a `ws` server holding the report's Yjs document in memory.
// Each new socket gets Y.encodeStateAsUpdate of it (encoded per connection, as a server must for a
// document that changes), in one binary message. No storage, no authentication, no sync protocol.
//
// Environment: STATE_FILE (the encoded document). Prints "listening <port>".
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';

const { STATE_FILE } = process.env;
if (!STATE_FILE) throw new Error('STATE_FILE is required');

const doc = new Y.Doc();
Y.applyUpdate(doc, new Uint8Array(readFileSync(STATE_FILE)));
const server = createServer((_req, res) => res.writeHead(404).end());
const sockets = new WebSocketServer({ server, maxPayload: 1024 * 1024 });

sockets.on('connection', (socket) => socket.send(Y.encodeStateAsUpdate(doc)));

server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.once('SIGTERM', () => {
  for (const socket of sockets.clients) socket.terminate();
  server.close();
  process.exit(0);
});
