import { Injectable } from '@nestjs/common';
import { ConsultationEventKind } from '@ecw/domain';
import { type Viewer } from '../core/auth/viewer.js';
import { DomainException } from '../core/errors/domain.exception.js';
import { AccessGate } from '../core/pubsub/access-gate.js';
import { briefResource, lostByWithdrawal } from '../core/policy/resources/brief.policy.js';
import { presentedIterator } from '../core/pubsub/presented-iterator.js';
import { BriefReader } from './brief-reader.service.js';
import { ConsultationEvents, type ConsultationEventAnnouncement } from './consultation-events.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { type ConsultationEventOutput } from './dtos/consultation-event.output.js';
import { toConsultationOutput } from './dtos/consultation.output.js';

/**
 * A viewer's live stream of what happens to a consultation itself (its outcome published; a brief
 * withdrawn, to those who could read it until then: `briefEvents` cannot tell them, as a brief event
 * carries the brief, which they may no longer see). NOT_FOUND
 * on subscribe unless the consultation is visible; before each delivery the AccessGate checks the
 * credential and the consultation again (at once after `access:changed`, so a removed participant's
 * stream ends), and the consultation is read afresh for the viewer through the usual mapper.
 */
@Injectable()
export class LiveConsultationEvents {
  constructor(
    private readonly events: ConsultationEvents,
    private readonly consultations: ConsultationReader,
    private readonly briefs: BriefReader,
    private readonly gate: AccessGate,
  ) {}

  async subscribe(
    viewer: Viewer,
    consultationId: string,
  ): Promise<AsyncIterableIterator<ConsultationEventOutput>> {
    const authorized = await this.gate.authorizedSubscription({
      viewer,
      stream: this.events.subscribe(consultationId),
      resource: { kind: 'consultation', id: consultationId },
      checkName: 'consultation.read',
      check: async () => {
        const found = (await this.consultations.load(viewer, [consultationId])).get(consultationId);
        return ConsultationReader.isReadable(found);
      },
    });
    return presentedIterator(authorized, (event) => this.present(viewer, event));
  }

  private async present(
    viewer: Viewer,
    event: ConsultationEventAnnouncement,
  ): Promise<ConsultationEventOutput | null> {
    try {
      const consultation = await this.consultations.readable(viewer, event.consultationId);
      if (event.kind === ConsultationEventKind.BRIEF_WITHDRAWN) {
        // Read unscoped: the policy, not the read, decides (the viewer can no longer see the brief).
        const brief = event.briefId
          ? (await this.briefs.load([event.briefId])).get(event.briefId)
          : undefined;
        if (
          !brief ||
          brief.consultationId !== consultation.id ||
          !lostByWithdrawal(viewer, briefResource(brief.id, consultation.facts, brief))
        )
          return null;
        return { kind: event.kind, consultation: toConsultationOutput(consultation), briefId: brief.id };
      }
      return { kind: event.kind, consultation: toConsultationOutput(consultation), briefId: null };
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }
}
