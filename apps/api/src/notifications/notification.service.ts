import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { type Logger } from 'pino';
import { z } from 'zod';
import { LIMITS } from '@ecw/domain';
import { LOGGER } from '../core/core.module.js';
import { EventBus } from '../core/pubsub/event-bus.js';
import { announceAll } from '../core/transaction/announcements.js';
import { notificationMessage, type FeatureNotificationKind } from '../core/feature/feature-registry.js';
import { type MessageKey } from '../core/i18n/messages.js';
import { pageSize, toConnection, type ConnectionShape } from '../core/graphql/connection.js';
import { parseInput } from '../core/validation/parse-input.js';
import { NotificationEntity } from './notification.entity.js';
import { exactInstantSql, isExactInstant, keysetPosition, withRawRows } from '../core/pagination/keyset.js';
import { isUuid } from '../core/validation/uuid.js';

/** Kinds of notification: each feature declares its own and the message rendering it (`notificationKinds`). */
export type NotificationKind = FeatureNotificationKind;

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** Values for the message's placeholders: names, not personal data beyond what the recipient may see. */
  params: Record<string, string>;
  /** An app path, e.g. /organizations/<id>. */
  link: string | null;
}

/** The event announcing a stored notification; the row itself is loaded for (and only for) its recipient. */
/**
 * What goes over the bus: the stored row itself, so a delivery to N open sockets renders it N times
 * without N database reads. It travels only on its recipient's topic.
 */
export interface NotificationAnnouncement {
  notificationId: string;
  userId: string;
  kind: string;
  params: Record<string, string>;
  link: string | null;
  createdAt: string;
}

export interface NotificationPageArgs {
  first?: number | null;
  after?: string | null;
  unreadOnly?: boolean | null;
}

/** One page of notifications marked read at a time: the web marks what it shows. */
export const MARK_READ_MAX_IDS = LIMITS.pageSizeMax;

const markReadRules = z.object({
  ids: z.array(z.string().max(64)).refine((ids) => ids.length <= MARK_READ_MAX_IDS, {
    message: 'field.tooMany',
    params: { max: MARK_READ_MAX_IDS },
  }),
});

/** The message its feature declared for a stored kind (registered features only declare existing keys). */
export function messageKeyOf(kind: string): MessageKey {
  return (notificationMessage(kind) ?? `notification.${kind}`) as MessageKey;
}

/**
 * Stores a notification, then announces it. Pass the caller's transaction manager to store it with
 * the change that caused it; the announcement goes out only after that transaction commits
 * (`afterCommit`), since at-most-once events must never announce what was rolled back. Without a
 * manager the row is committed on its own and announced at once, a failed announcement only logged.
 * Reads and writes are always scoped to the recipient in SQL: no one sees or marks another's.
 */
@Injectable()
export class NotificationService {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly events: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** `id` is the stored row's; `announce` may be called again (delivery is at-most-once, so repeating is harmless). */
  async notify(
    notification: NewNotification,
    manager?: EntityManager,
  ): Promise<{ id: string; announce(): Promise<void> }> {
    const repository = manager?.getRepository(NotificationEntity) ?? this.notifications;
    const stored = await repository.save(
      repository.create({
        userId: notification.userId,
        kind: notification.kind,
        params: notification.params,
        link: notification.link,
      }),
    );
    const announce = () =>
      this.events.publish('notifications', stored.userId, {
        notificationId: stored.id,
        userId: stored.userId,
        kind: stored.kind,
        params: stored.params,
        link: stored.link,
        createdAt: stored.createdAt.toISOString(),
      });
    if (!manager) await announceAll([announce], this.logger);
    return { id: stored.id, announce };
  }

  /** The recipient's notifications, newest first, keyset-paginated on (created_at, id). */
  async listOwn(userId: string, args: NotificationPageArgs): Promise<ConnectionShape<NotificationEntity>> {
    const limit = pageSize(args.first);
    const position = keysetPosition(args.after, [isExactInstant, isUuid]);
    const scope = this.notifications.createQueryBuilder('n').where('n.user_id = :userId', { userId });
    if (args.unreadOnly) scope.andWhere('n.read_at IS NULL');
    const totalCount = await scope.clone().getCount();
    const page = scope
      .clone()
      .addSelect(exactInstantSql('n.created_at'), 'sort_at')
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1);
    if (position) {
      page.andWhere('(n.created_at, n.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))', {
        afterAt: position[0],
        afterId: position[1],
      });
    }
    const { entities, raw } = await page.getRawAndEntities<{ sort_at: string }>();
    return toConnection(
      withRawRows(entities, raw),
      limit,
      totalCount,
      ({ entity, row }) => [row.sort_at, entity.id],
      ({ entity }) => entity,
    );
  }

  /** Marks the recipient's unread notifications among `ids` read; returns how many changed. Others' ids count for nothing. */
  async markOwnRead(userId: string, input: { ids: string[] }): Promise<number> {
    const { ids } = parseInput(markReadRules, input);
    const rowIds = [...new Set(ids.filter(isUuid))];
    if (rowIds.length === 0) return 0;
    const result = await this.notifications
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND id = ANY(CAST(:ids AS uuid[])) AND read_at IS NULL', {
        userId,
        ids: rowIds,
      })
      .execute();
    return result.affected ?? 0;
  }
}
