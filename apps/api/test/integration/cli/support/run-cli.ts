import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../../../../../', import.meta.url));

/** Each run starts a Node process: slow on a busy machine. */
export const CLI_TEST_TIMEOUT_MS = 180_000;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run admin -- <args>`: the built file, as the script runs it after its build step (running
 * the source through tsx compiled the CLI's whole import graph again in every run, at 3× the CPU).
 */
export function runAdminCli(args: string[], env: Record<string, string>): Promise<CliRun> {
  return runBuiltCli('admin', args, env);
}

/** `npm run <tool>` after its build step: `node dist/apps/api/cli/<tool>.js` (npm test builds first). */
export function runBuiltCli(
  tool: 'seed' | 'admin',
  args: string[],
  env: Record<string, string>,
): Promise<CliRun> {
  const built = join(ROOT, `dist/apps/api/cli/${tool}.js`);
  if (!existsSync(built))
    throw new Error(`${built} is missing: build the API first (\`npx nx run api:build\`; npm test does it).`);
  return run(process.execPath, [built, ...args], env);
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
