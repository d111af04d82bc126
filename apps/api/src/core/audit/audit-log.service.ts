import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

/** Names of audited actions: `<thing>.<what happened>`, past tense. */
export type AuditAction =
  | 'account.signed_up'
  | 'account.signed_in'
  | 'account.sign_in_failed'
  | 'account.signed_out'
  | 'account.password_changed'
  | 'account.password_reset_requested'
  | 'account.password_reset'
  | 'account.session_revoked'
  | 'account.mfa_enabled'
  | 'account.mfa_disabled'
  | 'account.platform_admin_granted'
  | 'account.platform_admin_revoked'
  | 'api_token.created'
  | 'api_token.revoked'
  | 'organization.created'
  | 'organization.updated'
  | 'organization.verified'
  | 'member.invited'
  | 'member.invitation_revoked'
  | 'member.joined'
  | 'member.role_changed'
  | 'member.removed'
  | 'member.left';

export interface AuditRecord {
  action: AuditAction;
  actorId: string | null;
  organizationId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Never personal data or secrets: ids, roles, counts. */
  metadata?: Record<string, unknown>;
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
}
