import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = new URL('../../../../', import.meta.url).pathname;

/** `npm run admin -- grant <email>` against the test server's database, as an operator would. */
export async function grantPlatformAdmin(databaseUrl: string, email: string): Promise<void> {
  await promisify(execFile)(process.execPath, [join(ROOT, 'dist/apps/api/cli/admin.js'), 'grant', email], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
}
