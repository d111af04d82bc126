import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { type Viewer } from '../core/auth/viewer.js';
import { Ctx, CurrentViewer, SignedInGuard } from '../core/auth/guards.js';
import { type RequestContext } from '../core/context/request-context.js';
import { toGraphQLError } from '../core/errors/domain-exception.filter.js';
import { notFound } from '../core/errors/domain.exception.js';
import { can } from '../core/policy/can.js';
import { LiveNotifications } from './live-notifications.service.js';
import {
  MARK_READ_MAX_IDS,
  NotificationService,
  type NotificationAnnouncement,
} from './notification.service.js';
import {
  NotificationConnection,
  NotificationOutput,
  toNotificationConnection,
  toNotificationOutput,
} from './dtos/notification.output.js';

/** The signed-in viewer's own notifications: there is no way to name another user's. */
@Resolver(() => NotificationOutput)
@UseGuards(SignedInGuard)
export class NotificationResolver {
  constructor(
    private readonly inbox: NotificationService,
    private readonly live: LiveNotifications,
  ) {}

  @Query(() => NotificationConnection, {
    description: 'Newest first. Unread badge: notifications(unreadOnly: true, first: 1).totalCount',
  })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
  ): Promise<NotificationConnection> {
    return toNotificationConnection(
      await this.inbox.listOwn(viewer.userId, { first, after, unreadOnly }),
      ctx.locale,
    );
  }

  @Mutation(() => Int, {
    description: `How many of the viewer's unread notifications among \`ids\` were marked read (at most ${MARK_READ_MAX_IDS} ids).`,
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.inbox.markOwnRead(viewer.userId, { ids });
  }

  @Subscription(() => NotificationOutput, {
    resolve(
      this: NotificationResolver,
      announcement: NotificationAnnouncement,
      _args: unknown,
      ctx: RequestContext,
    ) {
      return this.deliver(announcement, ctx);
    },
  })
  notificationAdded(
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<NotificationAnnouncement>> {
    return this.live.subscribe(viewer);
  }

  /**
   * Runs per event, outside Nest's guards and filters: an announcement is delivered only to its own
   * recipient (topics are per user; this is the second lock), rendered in the viewer's language.
   */
  private deliver(announcement: NotificationAnnouncement, ctx: RequestContext): NotificationOutput {
    if (
      !ctx.viewer ||
      !can(ctx.viewer, 'account.readOwn', { kind: 'account', userId: announcement.userId })
    ) {
      throw toGraphQLError(notFound(), ctx.locale);
    }
    const { notificationId, userId, kind, params, link, createdAt } = announcement;
    return toNotificationOutput(
      { id: notificationId, userId, kind, params, link, createdAt: new Date(createdAt), readAt: null },
      ctx.locale,
    );
  }
}
