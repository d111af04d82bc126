import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { readPrivateFile } from '../config/private-file.js';

/** The role the API connects to the embedded PostgreSQL as: owns the database, is no superuser. */
const APP_ROLE = 'election_workspace';

/**
 * Hands every object of the application's schema to the app role, except the audit trail (the
 * superuser keeps it, see `lockAuditTrail`). Data directories from before the app role existed, and
 * tables a command-line tool created as the superuser, are upgraded this way at each start.
 * Sequences behind serial or identity columns and extension members move with their owners.
 */
const HAND_OVER = `
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND c.relowner <> '${APP_ROLE}'::regrole AND c.relname <> 'audit_events'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO ${APP_ROLE}',
      CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
      r.name);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS name FROM pg_proc p
    JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p')
      AND p.proowner <> '${APP_ROLE}'::regrole AND p.proname <> 'audit_events_append_only'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO ${APP_ROLE}', r.name);
  END LOOP;
  FOR r IN
    SELECT t.oid::regtype AS name FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
      AND t.typowner <> '${APP_ROLE}'::regrole
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO ${APP_ROLE}', r.name);
  END LOOP;
END $$`;

/**
 * The audit trail belongs to the superuser, in a schema of its own (the owner of a schema may drop
 * anything in it, and the app role owns `public`): the app role may read and append, but not
 * update, delete, truncate, drop, or disable the append-only trigger (which needs ownership). It
 * finds the table through the database's search_path (`prepareAppRole`), so queries name it as before.
 */
const LOCK_AUDIT_TRAIL = [
  `CREATE SCHEMA IF NOT EXISTS audit`,
  `ALTER SCHEMA audit OWNER TO CURRENT_USER`,
  `DO $$
   BEGIN
     IF to_regclass('public.audit_events') IS NOT NULL THEN
       ALTER TABLE public.audit_events SET SCHEMA audit;
     END IF;
     IF to_regprocedure('public.audit_events_append_only()') IS NOT NULL THEN
       ALTER FUNCTION public.audit_events_append_only() SET SCHEMA audit;
     END IF;
   END $$`,
  `ALTER TABLE audit.audit_events OWNER TO CURRENT_USER`,
  `ALTER FUNCTION audit.audit_events_append_only() OWNER TO CURRENT_USER`,
  `REVOKE ALL ON SCHEMA audit FROM PUBLIC`,
  `GRANT USAGE ON SCHEMA audit TO ${APP_ROLE}`,
  `REVOKE ALL ON audit.audit_events FROM ${APP_ROLE}`,
  `GRANT SELECT, INSERT ON audit.audit_events TO ${APP_ROLE}`,
];

/**
 * Creates the app role on first start (its password kept 0600 in DATA_DIR/postgres-app-password),
 * makes it the owner of `superuserUrl`'s database and of its objects, and returns the URL the API
 * connects with. Run as the embedded server's superuser. The database itself is made (by
 * `createDatabase`) only when connecting to it finds none: on every later start that spares a
 * connection to the maintenance database, and a start waits for each of these round trips.
 */
export async function prepareAppRole(
  superuserUrl: string,
  dataDir: string,
  warn: (line: string) => void,
  createDatabase: () => Promise<void>,
): Promise<string> {
  const password = await loadAppRolePassword(dataDir, warn);
  const client = await connectCreatingDatabase(superuserUrl, createDatabase);
  try {
    const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const database = client.escapeIdentifier(new URL(superuserUrl).pathname.slice(1));
    // One round trip and one commit: the statements run as one implicit transaction.
    await client.query(
      [
        // NOSUPERUSER etc. also on ALTER: a role someone widened by hand is narrowed again.
        `${found.rowCount ? 'ALTER' : 'CREATE'} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE ` +
          `NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
        `ALTER DATABASE ${database} OWNER TO ${APP_ROLE}`,
        // Before the pool opens, so every connection (the command-line tools' too) finds the audit
        // trail once it has moved out of `public`.
        `ALTER DATABASE ${database} SET search_path = public, audit`,
        `ALTER SCHEMA public OWNER TO ${APP_ROLE}`,
        HAND_OVER,
      ].join(';\n'),
    );
  } finally {
    await client.end();
  }
  const url = new URL(superuserUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/** PostgreSQL's SQLSTATE for a connection to a database that does not exist. */
const INVALID_CATALOG_NAME = '3D000';

async function connectCreatingDatabase(url: string, createDatabase: () => Promise<void>): Promise<pg.Client> {
  try {
    return await connectAsSuperuser(url);
  } catch (error) {
    if ((error as { code?: unknown }).code !== INVALID_CATALOG_NAME) throw error;
    await createDatabase();
    return connectAsSuperuser(url);
  }
}

/**
 * A superuser connection to the app's database. The migration gate opens it while the migrations
 * are being checked, so that locking the audit trail afterwards does not wait for a connection.
 */
export async function connectAsSuperuser(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * After migrations (which run as the app role): takes the audit trail back, on a superuser
 * connection. One round trip and one commit: the statements run as one implicit transaction.
 */
export async function lockAuditTrail(superuser: pg.Client): Promise<void> {
  await superuser.query(LOCK_AUDIT_TRAIL.join(';\n'));
}

async function loadAppRolePassword(dataDir: string, warn: (line: string) => void): Promise<string> {
  const file = join(dataDir, 'postgres-app-password');
  const existing = await readPrivateFile(file, warn);
  if (existing) return existing;
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}
