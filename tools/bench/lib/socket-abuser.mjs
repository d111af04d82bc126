#!/usr/bin/env node
// The abusive clients of the socket-flood row, in a process of their own: sockets that send
// subscribe messages as fast as they can, and sockets that send a 2 MB frame, each re-opened as soon
// as the server sheds it. Runs until SIGTERM, then prints how many sockets it opened and how many the
// server closed, by close code, how many upgrades it refused, how many messages were sent and the
// process's own CPU time, as JSON (after a first line, "started"). Environment: WS_URL, COOKIE, ORIGIN.
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';

const { WS_URL, COOKIE, ORIGIN } = process.env;
/** Abusive sockets at once, each re-opened as soon as the server sheds it. */
const FLOODERS = 20;
const OVERSIZE = 2;

let running = true;
let opened = 0;
/** Upgrades the server answered with an HTTP status instead of a socket (429: the address is refused). */
let refused = 0;
/** Messages and oversize frames sent: how hard the flood pushed. */
let sent = 0;
const closes = {};

/** A socket that sent connection_init and got its ack, or null when the server refused it. */
async function openRaw() {
  const socket = new WebSocket(WS_URL, 'graphql-transport-ws', {
    headers: { cookie: COOKIE, origin: ORIGIN },
  });
  socket.on('error', () => undefined);
  socket.once('unexpected-response', () => {
    refused += 1;
    socket.terminate();
  });
  try {
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('close', () => reject(new Error('closed before open')));
    });
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise((resolve, reject) => {
      socket.once('message', resolve);
      socket.once('close', () => reject(new Error('closed before ack')));
    });
    opened += 1;
    return socket;
  } catch {
    socket.terminate();
    return null;
  }
}

async function loop(attack) {
  while (running) {
    const socket = await openRaw();
    if (!socket) {
      await sleep(50);
      continue;
    }
    const closed = new Promise((resolve) => socket.once('close', (code) => resolve(code)));
    await attack(socket);
    const code = await Promise.race([closed, sleep(1_000).then(() => null)]);
    if (code !== null) closes[code] = (closes[code] ?? 0) + 1;
    socket.terminate();
  }
}

async function flood(socket) {
  for (let n = 0; running && socket.readyState === WebSocket.OPEN; n += 1) {
    socket.send(JSON.stringify({ id: String(n), type: 'subscribe', payload: { query: '{ __typename }' } }));
    sent += 1;
    if (n % 50 === 49) await sleep(0);
  }
}

async function oversize(socket) {
  socket.send(JSON.stringify({ type: 'ping', payload: { filler: 'x'.repeat(2 * 1024 * 1024) } }));
  sent += 1;
}

const tasks = [
  ...Array.from({ length: FLOODERS }, () => loop(flood)),
  ...Array.from({ length: OVERSIZE }, () => loop(oversize)),
];
process.once('SIGTERM', async () => {
  running = false;
  await Promise.all(tasks);
  // A pipe is written asynchronously: exit once the report is out.
  const { user, system } = process.cpuUsage();
  const cpuMs = (user + system) / 1000;
  process.stdout.write(JSON.stringify({ opened, refused, sent, closedByCode: closes, cpuMs }), () =>
    process.exit(0),
  );
});
// The parent waits for this before it measures: a SIGTERM before the handler above would lose the report.
process.stdout.write('started\n');
