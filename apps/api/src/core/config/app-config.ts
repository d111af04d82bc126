import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { type ParsedConfig } from './config.schema.js';
import { readPrivateFile } from './private-file.js';

/**
 * The configuration the running API uses: the validated environment plus what is derived from it
 * (absolute data directory, the session secret). Built once at start and injected everywhere.
 */
export class AppConfig {
  constructor(
    readonly env: ParsedConfig,
    readonly dataDir: string,
    readonly sessionSecret: string,
    readonly databaseUrl: string,
    /**
     * The embedded server's superuser, on the same database; null with DATABASE_URL. The API connects
     * as the app role (`databaseUrl`) and uses this only to lock the audit trail after migrations.
     */
    readonly superuserDatabaseUrl: string | null = null,
  ) {}

  get secureCookies(): boolean {
    return this.env.PUBLIC_URL?.startsWith('https:') ?? false;
  }

  /** The origin browsers use; null when not configured (then the request's Host is trusted). */
  get publicOrigin(): string | null {
    return this.env.PUBLIC_URL ? new URL(this.env.PUBLIC_URL).origin : null;
  }

  publicLink(path: string, requestOrigin?: string): string {
    const origin = this.publicOrigin ?? requestOrigin ?? `http://localhost:${this.env.PORT}`;
    return new URL(path, origin).toString();
  }
}

export function resolveDataDir(dataDir: string): string {
  return isAbsolute(dataDir) ? dataDir : resolve(process.cwd(), dataDir);
}

/** SESSION_SECRET when given; otherwise one generated on first start and kept in DATA_DIR. */
export async function loadSessionSecret(
  env: ParsedConfig,
  dataDir: string,
  warn: (message: string) => void,
): Promise<string> {
  if (env.SESSION_SECRET) return env.SESSION_SECRET;
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, 'session-secret');
  const existing = await readPrivateFile(file, warn);
  if (existing && existing.length >= 32) return existing;
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
