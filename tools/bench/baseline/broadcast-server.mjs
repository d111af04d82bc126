#!/usr/bin/env node
// Baseline for the subscription rows: a raw `ws` server. Every connected socket receives every
// broadcast. A broadcast is triggered the same way as the API's notifications, by a message on a
// Redis channel; the server serialises the payload once and sends the same bytes to every socket.
//
// Environment: REDIS_URL, CHANNEL. Prints "listening <port>".
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';

const { REDIS_URL, CHANNEL } = process.env;
if (!REDIS_URL || !CHANNEL) throw new Error('REDIS_URL and CHANNEL are required');

const server = createServer((_req, res) => res.writeHead(404).end());
const sockets = new WebSocketServer({ server, maxPayload: 1024 * 1024 });
const subscriber = new Redis(REDIS_URL, { maxRetriesPerRequest: null, disableClientInfo: true });

subscriber.on('message', (_channel, message) => {
  const { payload } = JSON.parse(message);
  const frame = JSON.stringify({ id: 'broadcast', type: 'next', payload });
  for (const socket of sockets.clients) socket.send(frame);
});

await subscriber.subscribe(CHANNEL);
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.once('SIGTERM', async () => {
  for (const socket of sockets.clients) socket.terminate();
  server.close();
  await subscriber.quit();
  process.exit(0);
});
