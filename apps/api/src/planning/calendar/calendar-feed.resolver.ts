import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import {
  CalendarFeedOutput,
  CreateCalendarFeedInput,
  RevokeCalendarFeedInput,
} from '../dtos/calendar-feed.dtos.js';
import { CalendarFeedService } from './calendar-feed.service.js';

@Resolver(() => CalendarFeedOutput)
@UseGuards(SignedInGuard)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Mutation(() => CalendarFeedOutput, {
    description: 'A private iCalendar address for an organisation or an election.',
  })
  async createCalendarFeed(
    @Args('input', { type: () => CreateCalendarFeedInput }) input: CreateCalendarFeedInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: RequestContext,
  ): Promise<CalendarFeedOutput> {
    const { feed, url } = await this.feeds.create(viewer, input, ctx.origin);
    return { id: feed.id, url };
  }

  @Mutation(() => Boolean, { description: 'Its creator revokes it; the address stops working at once.' })
  revokeCalendarFeed(
    @Args('input', { type: () => RevokeCalendarFeedInput }) input: RevokeCalendarFeedInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<boolean> {
    return this.feeds.revoke(viewer, input.id);
  }
}
