import { type EntityManager } from 'typeorm';
import { AuditEventEntity } from '../../core/audit/audit-event.entity.js';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { UserEntity } from '../user.entity.js';

export type PlatformAdminChange = 'granted' | 'revoked' | 'unchanged' | 'no_account';

export interface SetPlatformAdminProps {
  /** The caller's transaction. */
  manager: EntityManager;
  email: string;
  isPlatformAdmin: boolean;
  /** How the change was made, for the audit log (e.g. "cli"). */
  via: string;
}

/**
 * Gives or takes platform administration by e-mail address (any case), with an audit event when
 * something changed. For operators (the admin CLI): there is no acting account.
 */
export async function setPlatformAdmin({
  manager,
  email,
  isPlatformAdmin,
  via,
}: SetPlatformAdminProps): Promise<{
  change: PlatformAdminChange;
  userId: string | null;
}> {
  const user = await manager
    .getRepository(UserEntity)
    .createQueryBuilder('u')
    .setLock('pessimistic_write')
    .where('lower(u.email) = lower(:email)', { email: email.trim() })
    .getOne();
  if (!user) return { change: 'no_account', userId: null };
  if (user.isPlatformAdmin === isPlatformAdmin) return { change: 'unchanged', userId: user.id };
  await manager.getRepository(UserEntity).update({ id: user.id }, { isPlatformAdmin });
  await new AuditLogService(manager.getRepository(AuditEventEntity)).record(
    {
      action: isPlatformAdmin ? 'account.platform_admin_granted' : 'account.platform_admin_revoked',
      actorId: null,
      targetType: 'user',
      targetId: user.id,
      metadata: { via },
    },
    manager,
  );
  return { change: isPlatformAdmin ? 'granted' : 'revoked', userId: user.id };
}
