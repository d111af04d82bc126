import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Arbitrary but fixed: the advisory lock every instance takes to migrate. */
const MIGRATION_LOCK = 7_311_002;

/**
 * Runs pending migrations at start under a PostgreSQL advisory lock, so several instances starting
 * on one fresh database migrate one after another instead of racing (TypeORM takes no lock itself).
 */
@Injectable()
export class MigrationGate implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await this.dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
