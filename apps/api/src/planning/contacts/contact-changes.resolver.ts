import { UseGuards } from '@nestjs/common';
import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { ChangeKind } from '@ecw/domain';
import { CurrentViewer, SignedInGuard } from '../../core/auth/guards.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { LoaderRegistry } from '../../core/context/loader-registry.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { ContactPointEventOutput } from '../dtos/contact-point-event.output.js';
import { toContactPointOutput } from '../dtos/contact-point.output.js';
import { type ContactChangedEvent } from '../planning.topics.js';
import { ContactChanges } from './contact-changes.service.js';
import { fromSnapshot } from './contact-point.service.js';

@Resolver(() => ContactPointEventOutput)
@UseGuards(SignedInGuard)
export class ContactChangesResolver {
  constructor(private readonly changes: ContactChanges) {}

  @Subscription(() => ContactPointEventOutput, {
    description:
      'CREATED / UPDATED / VERIFIED / REMOVED, to members of either side, checked at each delivery.',
    resolve(this: ContactChangesResolver, event: ContactChangedEvent, _args: unknown, ctx: RequestContext) {
      return this.deliver(event, ctx);
    },
  })
  contactPointChanged(
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<AsyncIterableIterator<ContactChangedEvent>> {
    return this.changes.subscribe(viewer, relationshipId);
  }

  /**
   * Runs per event, after the stream re-authorised the viewer. A subscription's context lives as long
   * as the socket operation, so each event gets fresh loaders: nested fields (revisions) must not be
   * answered from the previous event's cache.
   */
  private deliver(event: ContactChangedEvent, ctx: RequestContext): ContactPointEventOutput {
    ctx.loaders = new LoaderRegistry();
    return {
      kind: event.kind,
      contactPointId: event.contactPointId,
      contactPoint:
        event.kind === ChangeKind.REMOVED || !event.contact
          ? null
          : toContactPointOutput(fromSnapshot(event.contact), event.staleAfterDays, new Date()),
    };
  }
}
