import { watch, type FSWatcher } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ONCE = fileURLToPath(new URL('../../support/embedded-postgres-once.ts', import.meta.url));

/** Starts and stops the embedded server in a process of its own; resolves with what it logged. */
function startAndStop(dataDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', ONCE, dataDir],
      { timeout: 60_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    );
  });
}

/**
 * The embedded PostgreSQL's first superuser password goes through a file for initdb: it must never
 * be written into the shared temporary folder, and a password file others can read is narrowed.
 */
describe('embedded PostgreSQL secrets', () => {
  let dataDir: string;
  let watcher: FSWatcher | null = null;
  beforeEach(async () => {
    // Under a world-traversable parent, as the server runs as the `postgres` user when we are root.
    dataDir = await mkdtemp(join(tmpdir(), 'ecw-embedded-secrets-'));
  });
  afterEach(async () => {
    watcher?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('initialises without writing the password into the shared temporary folder', async () => {
    const created: string[] = [];
    watcher = watch(tmpdir(), (_event, name) => {
      if (name?.startsWith('pg-password-')) created.push(name);
    });
    await startAndStop(dataDir);
    expect(created).toEqual([]);
    await expect(stat(join(dataDir, 'initdb-tmp'))).rejects.toThrow();
    expect((await stat(join(dataDir, 'postgres-password'))).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('narrows a postgres-password file that others may read, and says so', async () => {
    await writeFile(join(dataDir, 'postgres-password'), 'a-chosen-password\n', { mode: 0o644 });
    const logged = await startAndStop(dataDir);
    expect((await stat(join(dataDir, 'postgres-password'))).mode & 0o777).toBe(0o600);
    expect(logged).toContain('readable by others');
  }, 60_000);
});
