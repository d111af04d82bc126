import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MigrationExecutor, type QueryRunner } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { connectAsSuperuser, lockAuditTrail } from './app-role.js';

/** Arbitrary but fixed: the advisory lock every instance takes to migrate. */
const MIGRATION_LOCK = 7_311_002;

/**
 * Runs pending migrations at start under a PostgreSQL advisory lock, so several instances starting
 * on one fresh database migrate one after another instead of racing (TypeORM takes no lock itself).
 *
 * The work starts in `onModuleInit` and is awaited in `onApplicationBootstrap`: its round trips
 * (the lock, the migration check, a superuser connection for the audit trail) then overlap the
 * other modules' init, the GraphQL schema build above all, instead of delaying it. `app.init()`
 * still resolves only once the database is migrated, and no hook of ours reads the database before
 * that: this is our only `onModuleInit`, and Nest runs each hook in the global modules (this one's
 * CoreModule) before any other module's, so the `onApplicationBootstrap`s that query (PlatformSetup)
 * run after this one has awaited the migrations.
 */
@Injectable()
export class MigrationGate implements OnModuleInit, OnApplicationBootstrap {
  private migrated: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.migrated = this.migrate();
    // Reported by onApplicationBootstrap; until then a failure must not count as unhandled.
    this.migrated.catch(() => undefined);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.migrated;
  }

  private async migrate(): Promise<void> {
    // Opened now, used once the migrations are done: the connection's round trips overlap theirs.
    const superuser = this.config.superuserDatabaseUrl
      ? connectAsSuperuser(this.config.superuserDatabaseUrl)
      : null;
    superuser?.catch(() => undefined); // reported where it is awaited, or moot if migrating failed
    try {
      await this.underMigrationLock(async (runner) => {
        // On the runner that holds the lock: `DataSource.runMigrations` would take a second
        // connection from the pool, which a start then waits to open.
        const migrations = new MigrationExecutor(this.dataSource, runner);
        migrations.transaction = 'each';
        await migrations.executePendingMigrations();
        // Migrations run as the embedded server's app role, which then must not own the audit trail.
        if (superuser) await lockAuditTrail(await superuser);
      });
    } finally {
      await superuser?.then(
        (client) => client.end(),
        () => undefined,
      );
    }
  }

  private async underMigrationLock(work: (runner: QueryRunner) => Promise<void>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await work(runner);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
