import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { LOGGER } from '../core/core.module.js';

/** How often open consultations past their closing time are closed. */
const EVERY_MS = 30_000;

/**
 * Closes OPEN consultations whose `closes_at` has passed. Every API instance runs it; a transaction
 * advisory lock lets one instance at a time do the work, and the UPDATE only touches rows still OPEN,
 * so a second instance finds nothing left and nothing is closed or audited twice.
 */
@Injectable()
export class ConsultationCloser implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.closeDue().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'closing due consultations failed'),
      );
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Returns the ids it closed (none when another instance holds the lock). */
  closeDue(): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('consultations.close-due')) AS locked`,
      )) as [{ locked: boolean }];
      if (!locked) return [];
      // TypeORM answers an UPDATE with [rows, affected count].
      const [closed] = (await manager.query(
        `UPDATE consultations SET status = 'CLOSED', updated_at = now()
          WHERE status = 'OPEN' AND closes_at <= now()
          RETURNING id, convenor_organization_id AS "organizationId"`,
      )) as [{ id: string; organizationId: string }[], number];
      for (const { id, organizationId } of closed) {
        await this.audit.record(
          {
            action: 'consultation.closed',
            actorId: null,
            organizationId,
            targetType: 'consultation',
            targetId: id,
            metadata: { automatic: true },
          },
          manager,
        );
      }
      return closed.map((row) => row.id);
    });
  }
}
