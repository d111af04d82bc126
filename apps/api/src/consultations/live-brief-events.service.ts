import { Injectable } from '@nestjs/common';
import { BriefEventKind } from '@ecw/domain';
import { type Viewer } from '../core/auth/viewer.js';
import { DomainException } from '../core/errors/domain.exception.js';
import { AccessGate } from '../core/pubsub/access-gate.js';
import { presentedIterator } from '../core/pubsub/presented-iterator.js';
import { BriefEvents, type BriefEventAnnouncement } from './brief-events.js';
import { BriefReader } from './brief-reader.service.js';
import { CommentService } from './comment.service.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { type BriefEventOutput } from './dtos/brief-event.output.js';
import { toCommentOutput } from './dtos/comment.output.js';
import { toBriefOutput } from './dtos/context-brief.output.js';

/**
 * A viewer's live stream of a consultation's brief events. On subscribe the consultation must be
 * visible (NOT_FOUND otherwise). Before each delivery the AccessGate checks the credential and the
 * consultation again (≤ 2 s old, at once after `access:changed`; losing either ends the stream),
 * then the brief is read again through the policy: an event
 * about a brief this viewer may not see is skipped, and the payload is built by the same per-viewer
 * mappers as queries, so the Chatham House Rule holds on the socket too.
 */
@Injectable()
export class LiveBriefEvents {
  /**
   * Per announcement (the bus hands one object to every subscriber of the consultation): each
   * viewer's presentation, read once however many sockets that viewer has open.
   */
  private readonly presentations = new WeakMap<
    BriefEventAnnouncement,
    Map<string, Promise<BriefEventOutput | null>>
  >();

  constructor(
    private readonly events: BriefEvents,
    private readonly consultations: ConsultationReader,
    private readonly briefs: BriefReader,
    private readonly comments: CommentService,
    private readonly gate: AccessGate,
  ) {}

  async subscribe(
    viewer: Viewer,
    consultationId: string,
    locale: string,
  ): Promise<AsyncIterableIterator<BriefEventOutput>> {
    const consultation = { kind: 'consultation' as const, id: consultationId };
    const authorized = await this.gate.authorizedSubscription({
      viewer,
      stream: this.events.subscribe(consultationId),
      resource: consultation,
      checkName: 'consultation.read',
      check: async () => {
        const found = (await this.consultations.load(viewer, [consultationId])).get(consultationId);
        return ConsultationReader.isReadable(found);
      },
    });
    return presentedIterator(authorized, (event) => this.presentOnce(viewer, event, locale));
  }

  private presentOnce(
    viewer: Viewer,
    event: BriefEventAnnouncement,
    locale: string,
  ): Promise<BriefEventOutput | null> {
    const forEvent = this.presentations.get(event) ?? new Map<string, Promise<BriefEventOutput | null>>();
    this.presentations.set(event, forEvent);
    // What the reads and the redaction depend on: who (and as what) the viewer is, and the language.
    const key = `${viewer.userId}|${viewer.isPlatformAdmin ? 'admin' : ''}|${locale}`;
    let presented = forEvent.get(key);
    if (!presented) {
      presented = this.present(viewer, event, locale);
      forEvent.set(key, presented);
    }
    return presented;
  }

  /** The event as this viewer may see it, or null when the brief (or comment) is not for its eyes. */
  private async present(
    viewer: Viewer,
    event: BriefEventAnnouncement,
    locale: string,
  ): Promise<BriefEventOutput | null> {
    try {
      // Read together: a delivery waits for one round trip, not three in a row.
      const [{ brief, consultation }, comment] = await Promise.all([
        this.briefs.readableIn(viewer, event.consultationId, event.briefId),
        event.kind === BriefEventKind.COMMENTED && event.commentId
          ? this.comments.byId(event.commentId)
          : null,
      ]);
      return {
        kind: event.kind,
        brief: toBriefOutput(brief, consultation, locale),
        comment: comment ? toCommentOutput(comment, consultation, locale) : null,
      };
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }
}
