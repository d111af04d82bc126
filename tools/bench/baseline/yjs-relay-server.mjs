#!/usr/bin/env node
// Baseline for the co-editing row: a minimal relay over `ws`. Every binary message (a Yjs update)
// from a socket is forwarded as it is to every other socket of the same room (the URL path). No
// storage, no authentication, no document kept in memory: the least a relay can do.
//
// Prints "listening <port>".
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const server = createServer((_req, res) => res.writeHead(404).end());
const sockets = new WebSocketServer({ server, maxPayload: 16 * 1024 * 1024 });
const rooms = new Map();

sockets.on('connection', (socket, request) => {
  const room = request.url ?? '/';
  const members = rooms.get(room) ?? new Set();
  rooms.set(room, members);
  members.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const other of members) if (other !== socket) other.send(data, { binary: isBinary });
  });
  socket.on('close', () => {
    members.delete(socket);
    if (members.size === 0) rooms.delete(room);
  });
});

server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.once('SIGTERM', () => {
  for (const socket of sockets.clients) socket.terminate();
  server.close();
  process.exit(0);
});
