import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { lockAuditTrail } from './app-role.js';

/** Arbitrary but fixed: the advisory lock every instance takes to migrate. */
const MIGRATION_LOCK = 7_311_002;

/**
 * Runs pending migrations at start under a PostgreSQL advisory lock, so several instances starting
 * on one fresh database migrate one after another instead of racing (TypeORM takes no lock itself).
 */
@Injectable()
export class MigrationGate implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await this.dataSource.runMigrations({ transaction: 'each' });
      // Migrations run as the embedded server's app role, which then must not own the audit trail.
      if (this.config.superuserDatabaseUrl) await lockAuditTrail(this.config.superuserDatabaseUrl);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
