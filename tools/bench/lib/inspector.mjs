import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import WebSocket from 'ws';

/**
 * A client of the V8 inspector of a process started with `--inspect=127.0.0.1:<port>` (loopback, a
 * free port): the bench uses it to run a full garbage collection before reading memory, and to
 * record CPU profiles of exactly the measured window. Nothing is added to the process's own code.
 */
class InspectorSession {
  static async connect(port) {
    const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    const url = targets[0]?.webSocketDebuggerUrl;
    if (!url) throw new Error(`no inspector target on port ${port}`);
    const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 1024 * 1024 * 1024 });
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return new InspectorSession(socket);
  }

  constructor(socket) {
    this.socket = socket;
    this.nextId = 1;
    this.pending = new Map();
    this.chunks = [];
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString('utf8'));
      if (message.method === 'HeapProfiler.addHeapSnapshotChunk') this.chunks.push(message.params.chunk);
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    });
  }

  send(method, params = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  close() {
    this.socket.close();
  }
}

/**
 * A full garbage collection (HeapProfiler.collectGarbage), so memory read next is what is retained.
 * Returns the JS heap in use after it (Runtime.getHeapUsage), in bytes.
 */
export async function collectGarbage(port) {
  return (await heapAfterCollection(port)).used;
}

/**
 * The JS heap after a full garbage collection, in bytes: `used` is what live objects take, `committed`
 * what V8 holds for the heap (Runtime.getHeapUsage's totalSize), which grows in steps and counts in
 * the resident set once touched.
 */
export async function heapAfterCollection(port) {
  const session = await InspectorSession.connect(port);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize, totalSize } = await session.send('Runtime.getHeapUsage');
    return { used: usedSize, committed: totalSize };
  } finally {
    session.close();
  }
}

/** Runs `fn` while the process at `port` records a CPU profile, written to `file` (.cpuprofile). */
export async function profileDuring(port, file, fn) {
  const session = await InspectorSession.connect(port);
  try {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    const result = await fn();
    const { profile } = await session.send('Profiler.stop');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    return result;
  } finally {
    session.close();
  }
}

/** A heap snapshot (after a full collection) of the process at `port`, written to `file` (.heapsnapshot). */
export async function heapSnapshot(port, file) {
  const session = await InspectorSession.connect(port);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, session.chunks.join(''));
  } finally {
    session.close();
  }
}
