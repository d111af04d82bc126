import { type DataSource } from 'typeorm';

/** Columns every authenticated request may touch (throttled activity stamps), whatever it asks. */
const ACTIVITY_COLUMNS = ['last_seen_at', 'last_used_at'];

/**
 * The one record a refused call is meant to leave: the security trail of a failed sign-in
 * (account.service.ts `recordFailure`). Anything else a refused call writes is a bug.
 */
const REFUSALS_AUDITED = ['account.sign_in_failed'];

/**
 * A fingerprint of every table of the public schema (row count and a checksum of the rows, in one
 * statement): equal fingerprints before and after a call mean it changed nothing.
 */
export async function databaseSnapshot(db: DataSource): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
  );
  const ignored = ACTIVITY_COLUMNS.map((column) => `'${column}'`).join(', ');
  const audited = REFUSALS_AUDITED.map((action) => `'${action}'`).join(', ');
  const parts = tables.map(({ name }) => {
    const rows =
      name === 'audit_events' ? `(SELECT * FROM audit_events WHERE action NOT IN (${audited}))` : `"${name}"`;
    const row = `(to_jsonb(t) - ARRAY[${ignored}])::text`;
    return `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(${row}, '|' ORDER BY ${row})), '') AS fingerprint FROM ${rows} t`;
  });
  const rows = await db.query<{ name: string; fingerprint: string }[]>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.fingerprint]));
}
