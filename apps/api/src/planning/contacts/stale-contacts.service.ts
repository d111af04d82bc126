import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { LIMITS, RelationshipStatus } from '@ecw/domain';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { LOGGER } from '../../core/core.module.js';
import { forbidden } from '../../core/errors/domain.exception.js';
import { NotificationService } from '../../notifications/notification.service.js';
import { announceAll, type Announcement } from '../../core/transaction/announcements.js';
import { MembershipService } from '../../organizations/membership.service.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { RelationshipEntity } from '../relationships/relationship.entity.js';
import { ContactPointEntity } from './contact-point.entity.js';
import { CONTACT_COLUMNS, contactFromRow } from './contact-rows.js';
import { type ContactView } from './contact-point.service.js';
import { IS_OVERDUE_SQL, OVERDUE_ORDER_SQL, STALE_AFTER_DAYS_SQL } from './stale-threshold.js';

/** One key for the daily job across every API instance (pg advisory locks are per database). */
const JOB_LOCK_KEY = 'planning.stale-contacts';

export interface StaleRun {
  /** False when another instance held the lock: that one does the work. */
  ran: boolean;
  marked: number;
}

interface MarkedRow {
  id: string;
  organization_id: string;
  relationship_id: string;
}

/**
 * Contacts overdue for verification (STALE, or UNVERIFIED since an import longer ago than the window):
 * listed for their organisation's members, and marked daily with a notice to its admins.
 */
@Injectable()
export class StaleContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ContactPointEntity) private readonly contacts: Repository<ContactPointEntity>,
    private readonly memberships: MembershipService,
    private readonly organizations: OrganizationService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLogService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * The organisation's own contacts overdue for verification at `now` (STALE, or UNVERIFIED since
   * an import longer ago than the window), in relationships that have not ended, longest unverified
   * first (at most 100). Members only: anyone else gets FORBIDDEN, not an empty list.
   */
  async list(viewer: Viewer, organizationId: string, now: Date): Promise<ContactView[]> {
    if ((await this.memberships.roleOf(viewer.userId, organizationId)) === null) throw forbidden();
    const staleAfterDays = STALE_AFTER_DAYS_SQL.replaceAll(':now', '$2');
    const isOverdue = IS_OVERDUE_SQL.replaceAll(':now', '$2');
    const rows: (Record<string, unknown> & { staleAfterDays: number })[] = await this.contacts.query(
      `SELECT ${CONTACT_COLUMNS}, ${staleAfterDays} AS "staleAfterDays"
         FROM contact_points c
         JOIN relationships r ON r.id = c.relationship_id
         LEFT JOIN elections e ON e.id = r.election_id
        WHERE c.organization_id = $1 AND r.status <> $3 AND ${isOverdue}
        ORDER BY ${OVERDUE_ORDER_SQL}
        LIMIT $4`,
      [organizationId, now.toISOString(), RelationshipStatus.ENDED, LIMITS.pageSizeMax],
    );
    return rows.map(({ staleAfterDays: days, ...contact }) => ({
      contact: contactFromRow(contact),
      staleAfterDays: Number(days),
    }));
  }

  /**
   * The daily job: marks contacts that became overdue at `now` (once each) and tells the owning
   * side's OWNERs and ADMINs, one notice per relationship. A transaction-scoped advisory lock makes
   * concurrent runs on several instances do the work once; `stale_notified_at` makes reruns harmless.
   */
  async markStale(now: Date): Promise<StaleRun> {
    const { run, announcements } = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = (await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [
        JOB_LOCK_KEY,
      ])) as [{ locked: boolean }];
      if (!locked) return { run: { ran: false, marked: 0 }, announcements: [] as Announcement[] };
      const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
        // As a CTE so the driver answers with the returned rows (a bare UPDATE answers [rows, count]).
        `WITH marked AS (
           UPDATE contact_points SET stale_notified_at = :now
            WHERE id IN (SELECT c.id FROM contact_points c
                           JOIN relationships r ON r.id = c.relationship_id
                           LEFT JOIN elections e ON e.id = r.election_id
                          WHERE c.stale_notified_at IS NULL AND r.status <> :ended AND ${IS_OVERDUE_SQL})
            RETURNING id, organization_id, relationship_id)
         SELECT * FROM marked`,
        { now: now.toISOString(), ended: RelationshipStatus.ENDED },
      );
      const rows = (await manager.query(sql, params)) as MarkedRow[];
      const groups = new Map<string, MarkedRow[]>();
      for (const row of rows) {
        const key = `${row.organization_id}|${row.relationship_id}`;
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      const announcements: Announcement[] = [];
      for (const [key, group] of groups) {
        const [organizationId = '', relationshipId = ''] = key.split('|');
        announcements.push(...(await this.tell(organizationId, relationshipId, group.length, manager)));
      }
      return { run: { ran: true, marked: rows.length }, announcements };
    });
    await announceAll(announcements, this.logger);
    return run;
  }

  private async tell(
    organizationId: string,
    relationshipId: string,
    count: number,
    manager: EntityManager,
  ): Promise<Announcement[]> {
    const relationship = await manager
      .getRepository(RelationshipEntity)
      .findOneByOrFail({ id: relationshipId });
    const counterpartId =
      relationship.proposerOrganizationId === organizationId
        ? relationship.recipientOrganizationId
        : relationship.proposerOrganizationId;
    const names = await this.organizations.namesById([organizationId, counterpartId], manager);
    await this.audit.record(
      {
        action: 'contacts.marked_stale',
        actorId: null,
        organizationId,
        targetType: 'relationship',
        targetId: relationshipId,
        metadata: { contacts: count },
      },
      manager,
    );
    const announcements: Announcement[] = [];
    for (const userId of await this.memberships.managerIdsOf(organizationId, manager)) {
      const notification = await this.notifications.notify(
        {
          userId,
          kind: 'planning.contactsStale',
          params: {
            count: String(count),
            organization: names.get(organizationId) ?? '',
            counterpart: names.get(counterpartId) ?? '',
          },
          link: `/relationships/${relationshipId}`,
        },
        manager,
      );
      announcements.push(notification.announce);
    }
    return announcements;
  }
}
