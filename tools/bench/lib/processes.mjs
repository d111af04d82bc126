import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Fields of /proc/<pid>/stat after the command name (which may itself contain spaces and parentheses). */
function statFields(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/**
 * CPU time (user + system, all threads) a process has used, in milliseconds: what process.cpuUsage()
 * reports inside it, read from outside so the API needs no extra endpoint. Resolution: one clock tick.
 */
export function cpuTimeMs(pid) {
  const fields = statFields(pid);
  // Fields 14 (utime) and 15 (stime) of proc(5), counted from 1 with pid and comm first.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

export const CPU_TICK_MS = 1000 / CLOCK_TICKS_PER_SECOND;

/**
 * Waits until the process has used under 5 % of a core for half a second (at most `limitMs`): a row
 * that follows another on the same server starts once the work the last one left behind (garbage
 * collection, compaction, closing sockets) is done, as a freshly started baseline server has none.
 */
export async function untilQuiet(pid, limitMs = 10_000) {
  const windowMs = 500;
  for (const deadline = Date.now() + limitMs; Date.now() < deadline;) {
    const before = cpuTimeMs(pid);
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    if (cpuTimeMs(pid) - before < windowMs * 0.05) return;
  }
}

/**
 * The whole machine's CPU ticks since boot, all cores (first line of /proc/stat): `busy` is
 * everything but idle and iowait. Two readings give how busy the machine was between them, which
 * says whether a measurement was bounded by the cores rather than by the program.
 */
export function machineCpuTicks() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** Resident set size in bytes (VmRSS of /proc/<pid>/status). */
/**
 * The process's resident set from /proc/<pid>/status, in bytes: the whole (VmRSS) and its parts,
 * anonymous memory (the JS heap, malloc's arenas, buffers) and file-backed pages (the node binary's
 * code and data, as far as they have been touched), so a growth can be told apart.
 */
export function residentBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => {
    const match = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(status);
    if (!match) throw new Error(`no ${name} for process ${pid}`);
    return Number(match[1]) * 1024;
  };
  return { rss: field('VmRSS'), anon: field('RssAnon'), file: field('RssFile') };
}

export function rssBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * A child process we started and must stop: keeps the tail of its output for error messages, and
 * stops with SIGTERM (then SIGKILL after a grace period), by its own pid only.
 */
export class Child {
  /** Every child still running, so an interrupted run can stop them (and only them). */
  static running = new Set();

  static async stopAll() {
    await Promise.all([...Child.running].map((child) => child.stop(5_000)));
  }

  constructor(name, command, args, options = {}) {
    this.name = name;
    this.output = [];
    this.process = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    this.pid = this.process.pid;
    this.exited = new Promise((resolve) =>
      this.process.once('exit', (code, signal) => resolve({ code, signal })),
    );
    this.exitInfo = null;
    Child.running.add(this);
    this.exited.then((info) => {
      this.exitInfo = info;
      Child.running.delete(this);
    });
    for (const stream of [this.process.stdout, this.process.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        this.output.push(chunk);
        if (this.output.length > 200) this.output.shift();
      });
    }
  }

  tail(lines = 20) {
    return this.output.join('').trim().split('\n').slice(-lines).join('\n');
  }

  get running() {
    return this.exitInfo === null;
  }

  /** Resolves with the first stdout line matching `pattern`, or rejects when the process exits or time runs out. */
  waitForLine(pattern, timeoutMs) {
    return new Promise((resolve, reject) => {
      let buffer = '';
      const onData = (chunk) => {
        buffer += chunk;
        const lines = buffer.split('\n');
        buffer = lines.pop();
        for (const line of lines) {
          if (pattern.test(line)) {
            cleanup();
            resolve(line);
            return;
          }
        }
      };
      const onExit = () => {
        cleanup();
        reject(new Error(`${this.name} exited before it was ready:\n${this.tail()}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${this.name} not ready within ${timeoutMs} ms:\n${this.tail()}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.process.stdout.off('data', onData);
        this.process.off('exit', onExit);
      };
      this.process.stdout.on('data', onData);
      this.process.once('exit', onExit);
    });
  }

  async stop(graceMs = 10_000) {
    if (!this.running) return this.exitInfo;
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.running && this.process.kill('SIGKILL'), graceMs);
    const info = await this.exited;
    clearTimeout(timer);
    return info;
  }
}

/** Polls `url` until it answers 200; returns the milliseconds it took (from `since`, a performance.now()). */
export async function waitForHttp200(url, { child, timeoutMs, intervalMs = 10, since = performance.now() }) {
  const deadline = since + timeoutMs;
  for (;;) {
    if (child && !child.running)
      throw new Error(`${child.name} exited before ${url} answered:\n${child.tail()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) {
      throw new Error(`${url} did not answer 200 within ${timeoutMs} ms${child ? `:\n${child.tail()}` : ''}`);
    }
    await sleep(intervalMs);
  }
}
