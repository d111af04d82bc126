import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { type FeatureAuditAction } from '../feature/feature-registry.js';
import { AuditEventEntity } from './audit-event.entity.js';

/**
 * Names of audited actions, `<thing>.<what happened>` in the past tense: the union of every
 * feature's `auditActions` (declared in `<feature>/<feature>.feature.ts`, listed in `features.ts`).
 */
export type AuditAction = FeatureAuditAction;

export interface AuditRecord {
  action: AuditAction;
  actorId: string | null;
  organizationId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Never personal data or secrets: ids, roles, counts. */
  metadata?: Record<string, unknown>;
}

/** Where a page of the audit log ends: `at` as exact text (UTC, microseconds), then id. */
export interface AuditPosition {
  at: string;
  id: string;
}

/** Appends to the audit log, inside the caller's transaction when given one. */
@Injectable()
export class AuditLogService {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    const repository = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repository.save(
      repository.create({
        action: entry.action,
        actorId: entry.actorId,
        organizationId: entry.organizationId ?? null,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        metadata: entry.metadata ?? {},
      }),
    );
  }

  /**
   * Several entries in one INSERT statement (no transaction of its own): for reads audited on every
   * request, such as a registry read recorded for both organisations.
   */
  async recordAll(entries: AuditRecord[], manager?: EntityManager): Promise<void> {
    if (entries.length === 0) return;
    // One hand-written statement: TypeORM's save() built and hydrated its subjects on every read
    // audited this way, more CPU than the insert itself (docs/benchmarks.md, issue 11).
    await (manager ?? this.events.manager).query(
      `INSERT INTO audit_events (action, actor_id, organization_id, target_type, target_id, metadata)
       SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::jsonb[])`,
      [
        entries.map((entry) => entry.action),
        entries.map((entry) => entry.actorId),
        entries.map((entry) => entry.organizationId ?? null),
        entries.map((entry) => entry.targetType ?? null),
        entries.map((entry) => entry.targetId ?? null),
        entries.map((entry) => JSON.stringify(entry.metadata ?? {})),
      ],
    );
  }

  /**
   * Up to `limit` events of one organisation, newest first, strictly after `after`, each with its
   * exact keyset position (a JavaScript Date would drop the microseconds), and the total count.
   * Callers check who may read the organisation's log; `after` must be well-formed.
   */
  async listForOrganization(
    organizationId: string,
    limit: number,
    after: AuditPosition | null,
  ): Promise<{ events: { event: AuditEventEntity; position: AuditPosition }[]; totalCount: number }> {
    const query = this.events
      .createQueryBuilder('e')
      .where('e.organizationId = :organizationId', { organizationId });
    const totalCount = await query.clone().getCount();
    if (after) {
      query.andWhere('(e.at, e.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', {
        afterAt: after.at,
        afterId: after.id,
      });
    }
    const { entities, raw } = await query
      .addSelect(`to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'position_at')
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit)
      .getRawAndEntities<{ position_at: string }>();
    const events = entities.map((event, index) => {
      const at = raw[index]?.position_at;
      if (at === undefined) throw new Error('getRawAndEntities returned fewer raw rows than entities');
      return { event, position: { at, id: event.id } };
    });
    return { events, totalCount };
  }
}
