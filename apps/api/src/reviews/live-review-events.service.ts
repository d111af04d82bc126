import { Injectable } from '@nestjs/common';
import { type Viewer } from '../core/auth/viewer.js';
import { DomainException } from '../core/errors/domain.exception.js';
import { ResourceAccess } from '../core/policy/resource-access.js';
import { AccessGate } from '../core/pubsub/access-gate.js';
import { presentedIterator } from '../core/pubsub/presented-iterator.js';
import { type ReviewEventOutput } from './dtos/review-event.output.js';
import { toReviewReportOutput } from './dtos/review-report.output.js';
import { ReviewEvents } from './review-events.js';
import { ReviewReportService } from './review-report.service.js';
import { type ReviewEventAnnouncement } from './reviews.topics.js';

/**
 * A co-author's live stream of a report's events. On subscribe the viewer must belong to a
 * co-author organisation (NOT_FOUND otherwise); before each delivery the AccessGate checks the
 * credential and the policy again (≤ 2 s old, at once after `access:changed`), so a removed member's
 * stream ends. The report in each event is read again for the viewer.
 */
@Injectable()
export class LiveReviewEvents {
  constructor(
    private readonly events: ReviewEvents,
    private readonly reports: ReviewReportService,
    private readonly access: ResourceAccess,
    private readonly gate: AccessGate,
  ) {}

  async subscribe(viewer: Viewer, reportId: string): Promise<AsyncIterableIterator<ReviewEventOutput>> {
    const report = { kind: 'report' as const, id: reportId };
    const authorized = await this.gate.authorizedSubscription({
      viewer,
      stream: this.events.subscribe(reportId),
      resource: report,
      check: () => this.access.allows(viewer, 'reviewReport.followEvents', report),
    });
    return presentedIterator(authorized, (event) => this.present(viewer, event));
  }

  private async present(viewer: Viewer, event: ReviewEventAnnouncement): Promise<ReviewEventOutput | null> {
    try {
      return {
        kind: event.kind,
        report: toReviewReportOutput(await this.reports.get(viewer, event.reportId)),
      };
    } catch (error) {
      if (error instanceof DomainException) return null;
      throw error;
    }
  }
}
