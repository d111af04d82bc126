import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * The built API as `npm start` runs it: the one-file bundle through V8's code cache. A start of it
 * costs about a quarter of the CPU of the unbundled `dist/apps/api/main.js` (≈ 1 s against ≈ 3.8 s
 * here), and these tests start it some thirty times. API_MAIN_UNDER_TEST=dist/apps/api/main.js runs
 * them on the unbundled build instead.
 */
export const MAIN = resolve(
  process.cwd(),
  process.env['API_MAIN_UNDER_TEST'] ?? 'dist/apps/api-bundle/main.js',
);

/** Fails with what to do when the API has not been built (npm test builds before it tests). */
export function requireBuiltApi(): void {
  if (!existsSync(MAIN)) {
    throw new Error(
      `${MAIN} is missing: build the API first with \`npx nx run api:build\` (npm test does it in its build stage).`,
    );
  }
}

/** Variables the test runner may have that must not leak into the API under test. */
const INHERITED_CONFIG = [
  'DATABASE_URL',
  'REDIS_URL',
  'PUBLIC_URL',
  'SESSION_SECRET',
  'PORT',
  'HOST',
  'DATA_DIR',
  'LOG_LEVEL',
  'WEB_DIST_DIR',
  'NODE_OPTIONS',
  'TRUST_PROXY',
];

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The built API (MAIN) as a child process in a process group of its own (so a test can kill
 * the API and its embedded PostgreSQL together, as a crash would), with the embedded database
 * (no DATABASE_URL) and a random port.
 */
export class ApiProcess {
  readonly exited: Promise<ExitStatus>;
  private stdoutText = '';
  private stderrText = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.stdoutText += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.stderrText += chunk.toString()));
    this.exited = new Promise((resolveExit) =>
      child.once('exit', (code, signal) => resolveExit({ code, signal })),
    );
  }

  static spawn(env: Record<string, string>): ApiProcess {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !INHERITED_CONFIG.includes(name)),
    );
    const child = spawn(process.execPath, [MAIN], {
      // NODE_ENV=test comes with the inherited environment (Jest sets it), which allows the cheap hashes.
      env: {
        ...inherited,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        PASSWORD_HASH_COST: 'test-minimum',
        ...env,
      },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new ApiProcess(child);
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error('the API process did not start');
    return this.child.pid;
  }

  get stdout(): string {
    return this.stdoutText;
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** Resolves with the API's URL once it logs that it listens; fails with its output if it exits first. */
  async listening(timeoutMs = 90_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let exited: ExitStatus | null = null;
    void this.exited.then((status) => (exited = status));
    while (Date.now() < deadline) {
      const url = /"url":"(http:\/\/[^"]+)","msg":"API listening"/.exec(this.stdoutText)?.[1];
      if (url) return url;
      if (exited) break;
      await delay(50);
    }
    throw new Error(
      `the API did not start (${exited ? `exit ${JSON.stringify(exited)}` : 'timed out'}):\n${this.stderrText}\n${this.stdoutText.slice(-4000)}`,
    );
  }

  /** Sends a signal to the API process alone (its PostgreSQL child is left alone). */
  signal(signal: NodeJS.Signals): void {
    process.kill(this.pid, signal);
  }

  /** Sends a signal to the API's whole process group: the API and the PostgreSQL it started. */
  signalGroup(signal: NodeJS.Signals): void {
    process.kill(-this.pid, signal);
  }

  /** Waits for the exit, failing the test after `timeoutMs`. */
  async exit(timeoutMs: number): Promise<ExitStatus> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>(
      (resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), timeoutMs)),
    );
    const outcome = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      throw new Error(
        `the API did not exit within ${timeoutMs} ms:\n${this.stderrText}\n${this.stdoutText.slice(-4000)}`,
      );
    return outcome;
  }

  /** For afterAll: whatever state it is in, nothing of it keeps running. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    try {
      this.signalGroup('SIGKILL');
    } catch {
      // already gone
    }
    await this.exited;
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolveDelay) => setTimeout(resolveDelay, ms));
}

/** The postmaster's pid from the lock file of the embedded server in `dataDir`, or null when there is none. */
export async function postmasterPid(dataDir: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(
      (await readFile(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '',
      10,
    );
    return Number.isInteger(pid) ? pid : null;
  } catch {
    return null;
  }
}

interface ProcessState {
  pid: number;
  name: string;
  parent: number;
  state: string;
}

async function processState(pid: number): Promise<ProcessState | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const [state = '', parent = ''] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      pid,
      name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
      parent: Number(parent),
      state,
    };
  } catch {
    return null;
  }
}

/** True while a process runs (a zombie, dead but not yet reaped, does not count). */
export async function isRunning(pid: number): Promise<boolean> {
  const state = await processState(pid);
  return state !== null && state.state !== 'Z';
}

/** The running PostgreSQL processes of the embedded server in `dataDir`: its postmaster(s) and their children. */
export async function postgresProcessesOf(dataDir: string): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry)).map(Number);
  const states = (await Promise.all(pids.map(processState))).filter(
    (state): state is ProcessState => state !== null && state.state !== 'Z' && state.name === 'postgres',
  );
  const postmasters = new Set<number>();
  for (const state of states) {
    const cmdline = await readFile(`/proc/${state.pid}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').includes(join(dataDir, 'postgres'))) postmasters.add(state.pid);
  }
  return states.filter((s) => postmasters.has(s.pid) || postmasters.has(s.parent)).map((s) => s.pid);
}
