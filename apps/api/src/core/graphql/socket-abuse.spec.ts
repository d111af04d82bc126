import { once } from 'node:events';
import { type AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { GuardedWebSocket, SLOW_CONSUMER_MS } from './socket-abuse.js';

const CHUNK = 'x'.repeat(64 * 1024);

/** A server socket and the client on the other end, over loopback. */
async function connectedPair(): Promise<{
  server: WebSocketServer;
  socket: GuardedWebSocket;
  client: WebSocket;
}> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', WebSocket: GuardedWebSocket });
  await once(server, 'listening');
  const accepted = once(server, 'connection');
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await once(client, 'open');
  const [socket] = (await accepted) as [GuardedWebSocket];
  return { server, socket, client };
}

/** Sends until the kernel takes no more (the client does not read): some bytes wait in the socket. */
function sendUntilQueued(socket: GuardedWebSocket): void {
  for (let sent = 0; socket.bufferedAmount === 0; sent += 1) {
    if (sent > 1_000) throw new Error('64 MB went out without anything queueing: is the client reading?');
    socket.send(CHUNK);
  }
}

describe('a socket whose client stopped reading', () => {
  let pair: Awaited<ReturnType<typeof connectedPair>>;

  beforeEach(async () => {
    pair = await connectedPair();
  });

  afterEach(async () => {
    pair.client.terminate();
    pair.socket.terminate();
    await new Promise((resolve) => pair.server.close(resolve));
  });

  it('is terminated once its oldest waiting send is SLOW_CONSUMER_MS old, not before', async () => {
    const { socket, client } = pair;
    client.pause();
    const stalledAt = Date.now();
    sendUntilQueued(socket);
    const queuedAt = Date.now();
    expect(socket.guard.shedIfStalled(stalledAt + SLOW_CONSUMER_MS - 1, socket.bufferedAmount)).toBe(false);
    expect(socket.readyState).toBe(WebSocket.OPEN);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // A later send queues behind the first that waits: it does not restart the clock.
    socket.send(CHUNK);
    expect(socket.guard.shedIfStalled(queuedAt + SLOW_CONSUMER_MS, socket.bufferedAmount)).toBe(true);
    await once(socket, 'close');
  });

  it('gets a fresh clock once its client read everything that waited', async () => {
    const { socket, client } = pair;
    client.pause();
    sendUntilQueued(socket);
    const firstQueuedAt = Date.now();
    client.resume();
    while (socket.bufferedAmount > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));
    client.pause();
    sendUntilQueued(socket);
    // Measured from the first stall this socket would be due; from the second, which is what counts, it is not.
    expect(socket.guard.shedIfStalled(firstQueuedAt + SLOW_CONSUMER_MS, socket.bufferedAmount)).toBe(false);
    expect(socket.readyState).toBe(WebSocket.OPEN);
  });
});
