import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../../../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Each run starts a Node process (compiling TypeScript, for the source runs): slow on a busy machine. */
export const CLI_TEST_TIMEOUT_MS = 180_000;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run admin -- <args>` without the build step: the source file, run by tsx. (tsx emits no
 * decorator metadata, so a tool that boots Nest, like seed, must run from the build: `runBuiltCli`.)
 */
export function runAdminCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return run(
    TSX,
    ['--tsconfig', 'apps/api/tsconfig.app.json', join(ROOT, 'apps/api/src/cli/admin.ts'), ...args],
    env,
  );
}

/** `npm run <tool>` after its build step: `node dist/apps/api/cli/<tool>.js` (npm test builds first). */
export function runBuiltCli(
  tool: 'seed' | 'admin',
  args: string[],
  env: Record<string, string>,
): Promise<CliRun> {
  return run(process.execPath, [join(ROOT, `dist/apps/api/cli/${tool}.js`), ...args], env);
}

/** As its own process, with only the given environment (plus PATH and HOME). */
async function run(file: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
      maxBuffer: 10 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
