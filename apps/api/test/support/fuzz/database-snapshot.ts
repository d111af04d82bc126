import { type DataSource } from 'typeorm';

/** Columns every authenticated request may touch (throttled activity stamps), whatever it asks. */
const ACTIVITY_COLUMNS = ['last_seen_at', 'last_used_at'];

/**
 * The one record a refused call is meant to leave: the security trail of a failed sign-in
 * (account.service.ts `recordFailure`). Anything else a refused call writes is a bug.
 */
const REFUSALS_AUDITED = ['account.sign_in_failed'];

/** The application's tables: every table of the public schema but the migrations' journal. */
async function applicationTables(db: DataSource): Promise<string[]> {
  const tables = await db.query<{ name: string }[]>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
  );
  return tables.map(({ name }) => name);
}

/**
 * A fingerprint of the tables (row count and a checksum of the rows, in one statement; every
 * application table unless named): equal fingerprints before and after a call mean it changed nothing.
 */
export async function databaseSnapshot(
  db: DataSource,
  tables?: readonly string[],
): Promise<Record<string, string>> {
  const names = tables ?? (await applicationTables(db));
  if (names.length === 0) return {};
  const ignored = ACTIVITY_COLUMNS.map((column) => `'${column}'`).join(', ');
  const audited = REFUSALS_AUDITED.map((action) => `'${action}'`).join(', ');
  const parts = names.map((name) => {
    const rows =
      name === 'audit_events' ? `(SELECT * FROM audit_events WHERE action NOT IN (${audited}))` : `"${name}"`;
    const row = `(to_jsonb(t) - ARRAY[${ignored}])::text`;
    return `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(${row}, '|' ORDER BY ${row})), '') AS fingerprint FROM ${rows} t`;
  });
  const rows = await db.query<{ name: string; fingerprint: string }[]>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.fingerprint]));
}

/**
 * Where `DatabaseCopy` keeps its rows and its list of written tables: a schema of its own, which
 * the fingerprint does not read.
 */
const COPY_SCHEMA = 'fuzz_copy';

/**
 * Every table's rows as they were at `save`, kept in the database itself, and put back table by
 * table: a fuzzed call that was accepted (and so changed things) is undone before the next one,
 * and every call starts from the same world.
 *
 * Fingerprinting every table after each call cost more than the call itself (27 ms against 12 ms),
 * so a statement trigger on each table notes which tables any statement wrote (or tried to: a
 * statement that touched no row counts too); only those are fingerprinted. A table no statement
 * wrote cannot have changed, and a rolled-back write leaves no note, as it leaves no row. The notes
 * are plain appends (no key, so no statement ever waits on another's note).
 */
export class DatabaseCopy {
  private constructor(
    private readonly db: DataSource,
    /** The fingerprint of the saved rows. */
    readonly fingerprint: Record<string, string>,
    /** Whether this connection may turn triggers off (`session_replication_role`: a superuser). */
    private readonly replica: boolean,
    /** Table → the tables with a foreign key to it. */
    private readonly referencedBy: Map<string, string[]>,
    /** Every table, each after the tables it refers to. */
    private readonly parentsFirst: string[],
    /** Table → its columns but generated ones, quoted and joined. */
    private readonly columns: Map<string, string>,
  ) {}

  static async save(db: DataSource): Promise<DatabaseCopy> {
    const tables = await applicationTables(db);
    const links = await db.query<{ child: string; parent: string }[]>(
      `SELECT DISTINCT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`,
    );
    const columns = await db.query<{ name: string; list: string }[]>(
      `SELECT c.relname AS name, string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS list
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
       GROUP BY c.relname`,
    );
    const referencedBy = new Map<string, string[]>();
    for (const { child, parent } of links)
      referencedBy.set(parent, [...(referencedBy.get(parent) ?? []), child]);
    const parentsFirst: string[] = [];
    const placed = new Set<string>();
    const place = (table: string) => {
      if (placed.has(table)) return;
      placed.add(table);
      for (const { parent } of links.filter((link) => link.child === table)) place(parent);
      parentsFirst.push(table);
    };
    tables.forEach(place);
    await db.query(
      [
        `DROP SCHEMA IF EXISTS ${COPY_SCHEMA} CASCADE`,
        `CREATE SCHEMA ${COPY_SCHEMA}`,
        ...tables.map((table) => `CREATE TABLE ${COPY_SCHEMA}."${table}" AS TABLE public."${table}"`),
        `CREATE UNLOGGED TABLE ${COPY_SCHEMA}.written (name text NOT NULL)`,
        `CREATE FUNCTION ${COPY_SCHEMA}.note_written() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
           INSERT INTO ${COPY_SCHEMA}.written VALUES (TG_TABLE_NAME);
           RETURN NULL;
         END $$`,
        ...tables.map(
          (table) =>
            `CREATE TRIGGER fuzz_note_written AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON public."${table}" ` +
            `FOR EACH STATEMENT EXECUTE FUNCTION ${COPY_SCHEMA}.note_written()`,
        ),
      ].join('; '),
    );
    const replica = await db
      .transaction((manager) => manager.query(`SET LOCAL session_replication_role = replica`))
      .then(
        () => true,
        () => false,
      );
    return new DatabaseCopy(
      db,
      await databaseSnapshot(db, tables),
      replica,
      referencedBy,
      parentsFirst,
      new Map(columns.map(({ name, list }) => [name, list])),
    );
  }

  /**
   * The tables that differ from the saved ones: of those written since the last look, the ones
   * whose fingerprint changed. Starts a new list of written tables.
   */
  async changes(): Promise<string[]> {
    // A SELECT around the DELETE: TypeORM answers a bare DELETE with [rows, count].
    const written = await this.db.query<{ name: string }[]>(
      `WITH noted AS (DELETE FROM ${COPY_SCHEMA}.written RETURNING name) SELECT DISTINCT name FROM noted`,
    );
    const snapshot = await databaseSnapshot(
      this.db,
      written.map(({ name }) => name).filter((name) => name in this.fingerprint),
    );
    return Object.keys(snapshot)
      .filter((table) => snapshot[table] !== this.fingerprint[table])
      .sort();
  }

  /**
   * Puts the tables back as saved, in one transaction. As a superuser, with every trigger off
   * (`session_replication_role = replica`: no foreign-key action, no append-only audit trigger, no
   * note of the write), each table is emptied and filled on its own, in about a millisecond.
   * Otherwise, with only the owner's rights, the tables and every table that refers to them are
   * emptied in one TRUNCATE (which the audit trail's row triggers let through) and filled again,
   * parents first: exact too, but a change to `users` then refills nearly every table (about half a
   * second), and the notes of those writes are dropped.
   */
  async restore(tables: readonly string[]): Promise<void> {
    if (tables.length === 0) return;
    const refill = (table: string) => {
      const columns = this.columns.get(table);
      if (!columns) throw new Error(`no columns known for ${table}`);
      return `INSERT INTO public."${table}" (${columns}) SELECT ${columns} FROM ${COPY_SCHEMA}."${table}"`;
    };
    if (this.replica) {
      await this.db.transaction(async (manager) => {
        await manager.query(`SET LOCAL session_replication_role = replica`);
        await manager.query(
          tables.map((table) => `DELETE FROM public."${table}"; ${refill(table)}`).join('; '),
        );
      });
      return;
    }
    const emptied = new Set<string>();
    const add = (table: string) => {
      if (emptied.has(table)) return;
      emptied.add(table);
      (this.referencedBy.get(table) ?? []).forEach(add);
    };
    tables.forEach(add);
    const parentsFirst = this.parentsFirst.filter((table) => emptied.has(table));
    // One simple query: its statements run as one transaction, in one round trip.
    await this.db.query(
      [
        `TRUNCATE ${parentsFirst.map((table) => `public."${table}"`).join(', ')}`,
        ...parentsFirst.map(refill),
        `DELETE FROM ${COPY_SCHEMA}.written`,
      ].join('; '),
    );
  }
}
