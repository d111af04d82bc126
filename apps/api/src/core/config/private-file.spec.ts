import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPrivateFile } from './private-file.js';

describe('readPrivateFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ecw-private-file-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('narrows a file others may read to 0600 and says so', async () => {
    const file = join(dir, 'session-secret');
    await writeFile(file, 'a-secret\n', { mode: 0o644 });
    const warnings: string[] = [];
    expect(await readPrivateFile(file, (message) => warnings.push(message))).toBe('a-secret');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(warnings).toEqual([expect.stringContaining('mode 644')]);
  });

  it('reads a private file quietly, and answers null for a missing one', async () => {
    const file = join(dir, 'postgres-password');
    await writeFile(file, 'pw\n', { mode: 0o600 });
    const warnings: string[] = [];
    expect(await readPrivateFile(file, (message) => warnings.push(message))).toBe('pw');
    expect(await readPrivateFile(join(dir, 'absent'), (message) => warnings.push(message))).toBeNull();
    expect(warnings).toEqual([]);
  });
});
