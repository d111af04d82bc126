import { Inject, Injectable } from '@nestjs/common';
import { type Logger } from 'pino';
import { type EntityManager } from 'typeorm';
import { MembershipRole } from '@ecw/domain';
import { LOGGER } from '../core/core.module.js';
import { NotificationService } from '../notifications/notification.service.js';
import { announceAll, type Announcement } from '../core/transaction/announcements.js';
import { type ConsultationNotificationKind } from './consultations.messages.js';

export interface ConsultationNotice {
  kind: ConsultationNotificationKind;
  /** Placeholders of the kind's message: never a name the attribution rule hides from the recipients. */
  params: Record<string, string>;
  /** An app path made of ids only. */
  link: string;
}

const EVERY_ROLE = Object.values(MembershipRole);

/**
 * Stores one notification per member of the given organisations inside the caller's transaction
 * (except the actor), and hands back the announcements to make after commit.
 */
@Injectable()
export class ConsultationNotifier {
  constructor(
    private readonly notifications: NotificationService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async notifyMembers(
    manager: EntityManager,
    organizationIds: string[],
    notice: ConsultationNotice,
    options: { exceptUserId: string | null; roles?: MembershipRole[] },
  ): Promise<Announcement[]> {
    const rows: { userId: string }[] = await manager.query(
      `SELECT DISTINCT user_id AS "userId" FROM memberships
        WHERE organization_id = ANY($1::uuid[]) AND role = ANY($2::text[]) AND user_id IS DISTINCT FROM $3::uuid`,
      [organizationIds, options.roles ?? EVERY_ROLE, options.exceptUserId],
    );
    const announcements: Announcement[] = [];
    for (const { userId } of rows) {
      const stored = await this.notifications.notify({ userId, ...notice }, manager);
      announcements.push(stored.announce);
    }
    return announcements;
  }

  announce(announcements: Announcement[]): Promise<void> {
    return announceAll(announcements, this.logger);
  }
}
