import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { MembershipRole, ReviewEventKind, ReviewStatus, ReviewVisibility, roleAtLeast } from '@ecw/domain';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { LOGGER } from '../../core/core.module.js';
import { notFound } from '../../core/errors/domain.exception.js';
import { inTransaction, type Outcome } from '../../core/transaction/command.js';
import { type Announcement } from '../../core/transaction/announcements.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { isUuid } from '../../core/validation/uuid.js';
import { NotificationService } from '../../notifications/notification.service.js';
import { MembershipService } from '../../organizations/membership.service.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { contentHashOf, reportMarkdown } from '../markdown/report-markdown.js';
import { ReviewDocumentStore } from '../review-document.store.js';
import { ReviewEvents } from '../review-events.js';
import { ReviewReportEntity } from '../review-report.entity.js';
import { ReviewReportService } from '../review-report.service.js';
import { ReviewSectionEntity } from '../review-section.entity.js';
import {
  alreadySigned,
  signOffMissing,
  signOffNotRequested,
  versionNotLatest,
  versionOutdated,
} from '../review.errors.js';
import { createReviewVersionRules } from '../review.rules.js';
import { ReviewSignOffEntity } from './review-sign-off.entity.js';
import { ReviewVersionEntity, type FrozenSection } from './review-version.entity.js';

/** The report as it stands now: its live sections and the Markdown of its stored document. */
interface CurrentText {
  sections: FrozenSection[];
  markdown: string;
  state: Uint8Array;
}

/**
 * Versions, sign-off and publication. A version freezes the whole report as Markdown with its
 * SHA-256; sign-offs point at one exact version; the text may not change between the version and
 * its sign-offs (a new version is needed); publication takes the latest version, signed by every
 * co-author organisation, and is final.
 */
@Injectable()
export class ReviewVersionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReviewReportService,
    private readonly store: ReviewDocumentStore,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly notifications: NotificationService,
    private readonly events: ReviewEvents,
    private readonly audit: AuditLogService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * A MEMBER or above of a co-author freezes the report. A sign-off requested on an older version
   * lapses: the new text needs its own request (the old sign-offs stay, pointing at their version).
   */
  async create(viewer: Viewer, reportId: string, label: string): Promise<ReviewVersionEntity> {
    const fields = parseInput(createReviewVersionRules, { label });
    const { report } = await this.reports.authorize(viewer, 'reviewReport.edit', reportId);
    return inTransaction(this.dataSource, this.logger, async (manager) => {
      await this.lockReport(manager, report.id);
      const current = await this.currentText(manager, report);
      const versions = manager.getRepository(ReviewVersionEntity);
      const version = await versions.save(
        versions.create({
          reportId: report.id,
          label: fields.label,
          markdown: current.markdown,
          contentHash: contentHashOf(current.markdown),
          snapshot: Buffer.from(current.state),
          sections: current.sections,
          createdBy: viewer.userId,
        }),
      );
      await manager
        .getRepository(ReviewReportEntity)
        .update(report.id, { status: ReviewStatus.DRAFTING, signoffVersionId: null, updatedAt: new Date() });
      await this.record(manager, viewer, 'review.version_created', report, { versionId: version.id });
      return {
        result: version,
        announcements: [this.events.announce(ReviewEventKind.VERSION_CREATED, report.id)],
      };
    });
  }

  /** A MEMBER or above asks every co-author organisation to sign the latest version, unchanged since. */
  async requestSignOff(viewer: Viewer, versionId: string): Promise<ReviewReportEntity> {
    const version = await this.versionOf(versionId);
    const { report } = await this.reports.authorize(viewer, 'reviewReport.signOff', version.reportId);
    await inTransaction(this.dataSource, this.logger, async (manager): Promise<Outcome<null>> => {
      await this.lockReport(manager, report.id);
      await this.assertLatestAndUnchanged(manager, report, version);
      await manager.getRepository(ReviewReportEntity).update(report.id, {
        status: ReviewStatus.IN_SIGNOFF,
        signoffVersionId: version.id,
        updatedAt: new Date(),
      });
      await this.record(manager, viewer, 'review.signoff_requested', report, { versionId: version.id });
      const notices = await this.notifyCoAuthors(manager, viewer, report, 'reviewSignOffRequested', {
        report: report.title,
        version: version.label,
      });
      return {
        result: null,
        announcements: [...notices, this.events.announce(ReviewEventKind.SIGNOFF_REQUESTED, report.id)],
      };
    });
    return this.reports.get(viewer, report.id);
  }

  /**
   * Signs the version under sign-off for the first of the viewer's co-author organisations (MEMBER
   * or above) that has not signed it yet. A VIEWER is FORBIDDEN; the text must be unchanged.
   */
  async signOff(viewer: Viewer, versionId: string): Promise<ReviewSignOffEntity> {
    const version = await this.versionOf(versionId);
    const { report } = await this.reports.authorize(viewer, 'reviewReport.signOff', version.reportId);
    return inTransaction(this.dataSource, this.logger, async (manager) => {
      const locked = await this.lockReport(manager, report.id);
      if (locked.status !== ReviewStatus.IN_SIGNOFF || locked.signoffVersionId !== version.id) {
        throw signOffNotRequested();
      }
      await this.assertLatestAndUnchanged(manager, locked, version);
      const organizationId = await this.nextSigningOrganization(manager, viewer, version);
      const signOffs = manager.getRepository(ReviewSignOffEntity);
      const signOff = await signOffs.save(
        signOffs.create({
          versionId: version.id,
          organizationId,
          userId: viewer.userId,
          signedAt: new Date(),
        }),
      );
      await manager.getRepository(ReviewReportEntity).update(report.id, { updatedAt: new Date() });
      await this.audit.record(
        {
          action: 'review.signed_off',
          actorId: viewer.userId,
          organizationId,
          targetType: 'review_report',
          targetId: report.id,
          metadata: { versionId: version.id, contentHash: version.contentHash },
        },
        manager,
      );
      return {
        result: signOff,
        announcements: [this.events.announce(ReviewEventKind.SIGNED_OFF, report.id)],
      };
    });
  }

  /**
   * An OWNER/ADMIN of a co-author publishes the latest version once every co-author organisation
   * has signed it (otherwise CONFLICT naming those that have not). Final: the text is that version's.
   */
  async publish(viewer: Viewer, reportId: string, visibility: ReviewVisibility): Promise<ReviewReportEntity> {
    const { report } = await this.reports.authorize(viewer, 'reviewReport.publish', reportId);
    await inTransaction(this.dataSource, this.logger, async (manager): Promise<Outcome<null>> => {
      await this.lockReport(manager, report.id);
      const latest = await this.latestVersion(manager, report.id);
      if (!latest) throw signOffMissing(await this.unsignedNames(manager, report.id, null));
      const missing = await this.unsignedNames(manager, report.id, latest.id);
      if (missing) throw signOffMissing(missing);
      await this.assertLatestAndUnchanged(manager, report, latest);
      await manager.getRepository(ReviewReportEntity).update(report.id, {
        status: ReviewStatus.PUBLISHED,
        visibility,
        publishedVersionId: latest.id,
        updatedAt: new Date(),
      });
      await this.record(manager, viewer, 'review.published', report, { versionId: latest.id, visibility });
      const notices = await this.notifyCoAuthors(manager, viewer, report, 'reviewPublished', {
        report: report.title,
      });
      return {
        result: null,
        announcements: [...notices, this.events.announce(ReviewEventKind.PUBLISHED, report.id)],
      };
    });
    return this.reports.get(viewer, report.id);
  }

  /** The version by id, whatever the report; callers then check the report through the policy. */
  private async versionOf(versionId: string): Promise<ReviewVersionEntity> {
    if (!isUuid(versionId)) throw notFound();
    const version = await this.dataSource
      .getRepository(ReviewVersionEntity)
      .findOne({ where: { id: versionId } });
    if (!version) throw notFound();
    return version;
  }

  /** Serialises version, sign-off and publication changes of one report; returns its row as locked. */
  private async lockReport(manager: EntityManager, reportId: string): Promise<ReviewReportEntity> {
    const report = await manager
      .getRepository(ReviewReportEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.id = :reportId', { reportId })
      .getOne();
    if (!report) throw notFound();
    return report;
  }

  private latestVersion(manager: EntityManager, reportId: string): Promise<ReviewVersionEntity | null> {
    return manager
      .getRepository(ReviewVersionEntity)
      .findOne({ where: { reportId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  /** Sign-off is about the latest version, and the text must still be exactly that version's. */
  private async assertLatestAndUnchanged(
    manager: EntityManager,
    report: ReviewReportEntity,
    version: ReviewVersionEntity,
  ): Promise<void> {
    const latest = await this.latestVersion(manager, report.id);
    if (latest?.id !== version.id) throw versionNotLatest();
    const current = await this.currentText(manager, report);
    if (contentHashOf(current.markdown) !== version.contentHash) throw versionOutdated();
  }

  /** Every acknowledged edit is stored before its acknowledgement: the stored document is the live one. */
  private async currentText(manager: EntityManager, report: ReviewReportEntity): Promise<CurrentText> {
    const live = await manager.getRepository(ReviewSectionEntity).find({
      where: { reportId: report.id, removedAt: IsNull() },
      order: { position: 'ASC' },
    });
    const sections = live.map(({ id, title, position, leadOrganizationId }) => ({
      id,
      title,
      position,
      leadOrganizationId,
    }));
    const { state } = await this.store.load(report.id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const markdown = reportMarkdown(report.title, sections, doc);
    doc.destroy();
    return { sections, markdown, state };
  }

  /** The first co-author organisation (by position) the viewer may sign for that has not signed yet. */
  private async nextSigningOrganization(
    manager: EntityManager,
    viewer: Viewer,
    version: ReviewVersionEntity,
  ): Promise<string> {
    const rows = await manager.query<{ organization_id: string; role: MembershipRole; signed: boolean }[]>(
      `SELECT ca.organization_id, m.role,
              EXISTS (SELECT 1 FROM review_sign_offs s
                       WHERE s.version_id = $3 AND s.organization_id = ca.organization_id) AS signed
         FROM review_co_authors ca
         JOIN memberships m ON m.organization_id = ca.organization_id AND m.user_id = $2
        WHERE ca.report_id = $1
        ORDER BY ca.position`,
      [version.reportId, viewer.userId, version.id],
    );
    const signers = rows.filter((row) => roleAtLeast(row.role, MembershipRole.MEMBER));
    const next = signers.find((row) => !row.signed);
    if (!next) throw alreadySigned();
    return next.organization_id;
  }

  /** Names of the co-author organisations that have not signed `versionId` (all when null), or ''. */
  private async unsignedNames(
    manager: EntityManager,
    reportId: string,
    versionId: string | null,
  ): Promise<string> {
    const rows = await manager.query<{ organization_id: string }[]>(
      `SELECT ca.organization_id FROM review_co_authors ca
        WHERE ca.report_id = $1 AND NOT EXISTS (
          SELECT 1 FROM review_sign_offs s WHERE s.version_id = $2 AND s.organization_id = ca.organization_id)
        ORDER BY ca.position`,
      [reportId, versionId],
    );
    const ids = rows.map((row) => row.organization_id);
    const names = await this.organizations.namesById(ids, manager);
    return ids.map((id) => names.get(id) ?? id).join(', ');
  }

  private async notifyCoAuthors(
    manager: EntityManager,
    viewer: Viewer,
    report: ReviewReportEntity,
    kind: 'reviewSignOffRequested' | 'reviewPublished',
    params: Record<string, string>,
  ): Promise<Announcement[]> {
    const coAuthors = await manager.query<{ organization_id: string }[]>(
      `SELECT organization_id FROM review_co_authors WHERE report_id = $1`,
      [report.id],
    );
    // Everyone who may sign for a co-author (MEMBER and above), not only its admins: a sign-off
    // request is addressed to them.
    const signers = await this.memberships.idsWithRoleOf(
      coAuthors.map((row) => row.organization_id),
      MembershipRole.MEMBER,
      manager,
    );
    const recipients = signers.filter((userId) => userId !== viewer.userId);
    const announcements: Announcement[] = [];
    for (const userId of recipients) {
      const { announce } = await this.notifications.notify(
        { userId, kind, params, link: `/reviews/${report.id}` },
        manager,
      );
      announcements.push(announce);
    }
    return announcements;
  }

  private record(
    manager: EntityManager,
    viewer: Viewer,
    action: 'review.version_created' | 'review.signoff_requested' | 'review.published',
    report: ReviewReportEntity,
    metadata: Record<string, string>,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorId: viewer.userId,
        organizationId: report.ownerOrganizationId,
        targetType: 'review_report',
        targetId: report.id,
        metadata,
      },
      manager,
    );
  }
}
