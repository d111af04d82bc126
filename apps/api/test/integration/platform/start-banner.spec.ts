import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountFactory } from '../../factories/account.factory.js';
import { TestClient } from '../../support/test-client.js';
import { ApiProcess, MAIN, delay, postgresProcessesOf, requireBuiltApi } from './api-process.js';

const SLOW = 120_000;
const OPEN_LINE = /Open (http:\/\/127\.0\.0\.1:\d+) in a browser\./;

/**
 * The built API with its stdout on a pseudo-terminal, as when someone types `npm start`
 * (util-linux `script` provides the terminal). Resolves with what it printed once it says where to open it.
 */
async function startInTerminal(
  dataDir: string,
): Promise<{ output: () => string; url: string; stop: () => Promise<void> }> {
  let output = '';
  const child = spawn('script', ['-qfec', `exec ${process.execPath} ${MAIN}`, '/dev/null'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  for (const deadline = Date.now() + 90_000; !OPEN_LINE.test(output); await delay(50)) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`the API did not start:\n${output}`);
  }
  return {
    output: () => output,
    url: OPEN_LINE.exec(output)?.[1] ?? '',
    stop: async () => {
      process.kill(-(child.pid ?? 0), 'SIGTERM');
      await exited;
    },
  };
}

async function until(condition: () => boolean, output: () => string, timeoutMs = 30_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); await delay(50))
    if (Date.now() > deadline) throw new Error(`not printed within ${timeoutMs} ms:\n${output()}`);
}

describe('what npm start prints', () => {
  let dataDir: string;
  beforeAll(async () => {
    requireBuiltApi();
    dataDir = await mkdtemp(join(tmpdir(), 'ecw-banner-'));
  });
  afterAll(async () => {
    for (const pid of await postgresProcessesOf(dataDir)) process.kill(pid, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'in a terminal: readable lines saying where to open the app and how to become its administrator',
    async () => {
      const app = await startInTerminal(dataDir);
      try {
        await until(() => app.output().includes('grant <email>'), app.output);
        const lines = app.output().split(/\r?\n/).filter(Boolean);
        expect(lines.filter((line) => line.trim().startsWith('{'))).toEqual([]); // no JSON line
        expect(app.output()).toMatch(/INFO.*API listening/);
        expect(app.output()).toContain(
          'There is no platform administrator yet. An account becomes one in one of three ways:',
        );
        expect(app.output()).toContain('signing up from this machine (http://localhost)');
        expect(app.output()).toContain('the one-time setup link logged above (setupLink)');
        expect(app.output()).toMatch(/setupLink.*\/sign-up#setup=/);
        expect(app.output()).toContain('npm run admin -- grant <email>');
        // A sign-up from this machine (loopback) becomes the administrator, so the next start has
        // nothing to say about it.
        await AccountFactory.create().signUp(new TestClient(app.url));
      } finally {
        await app.stop();
      }
    },
    SLOW,
  );

  it(
    'elsewhere (a pipe): JSON lines, and no administrator hint once there is an administrator',
    async () => {
      const api = ApiProcess.spawn({ DATA_DIR: dataDir });
      try {
        await api.listening();
        // The banner is one record (one write): once it is there, all of it is.
        await until(
          () => api.stdout.includes('in a browser'),
          () => api.stdout,
        );
        const records = api.stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { msg: string });
        const banner = records.find((r) => OPEN_LINE.test(r.msg));
        expect(banner?.msg).toMatch(OPEN_LINE);
        expect(banner?.msg).not.toContain('platform administrator');
      } finally {
        api.signal('SIGTERM');
        await api.exit(30_000);
      }
    },
    SLOW,
  );
});
