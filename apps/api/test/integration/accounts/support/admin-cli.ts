import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../../../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const ADMIN_CLI = join(ROOT, 'apps/api/src/cli/admin.ts');

/** Each run starts a Node process that compiles TypeScript: slow on a busy machine. */
export const CLI_TEST_TIMEOUT_MS = 180_000;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run admin -- <args>` without the build step: the same source file, run by tsx, as its own
 * process, with only the given environment (plus PATH and HOME).
 */
export async function runAdminCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      TSX,
      ['--tsconfig', 'apps/api/tsconfig.app.json', ADMIN_CLI, ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
