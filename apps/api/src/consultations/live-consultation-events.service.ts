import { Injectable } from '@nestjs/common';
import { type Viewer } from '../core/auth/viewer.js';
import { DomainException } from '../core/errors/domain.exception.js';
import { AccessGate } from '../core/pubsub/access-gate.js';
import { presentedIterator } from '../core/pubsub/presented-iterator.js';
import { ConsultationEvents, type ConsultationEventAnnouncement } from './consultation-events.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { type ConsultationEventOutput } from './dtos/consultation-event.output.js';
import { toConsultationOutput } from './dtos/consultation.output.js';

/**
 * A viewer's live stream of what happens to a consultation itself (its outcome published). NOT_FOUND
 * on subscribe unless the consultation is visible; before each delivery the AccessGate checks the
 * credential and the consultation again (at once after `access:changed`, so a removed participant's
 * stream ends), and the consultation is read afresh for the viewer through the usual mapper.
 */
@Injectable()
export class LiveConsultationEvents {
  constructor(
    private readonly events: ConsultationEvents,
    private readonly consultations: ConsultationReader,
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
      return { kind: event.kind, consultation: toConsultationOutput(consultation) };
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }
}
