import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type Logger } from 'pino';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { MembershipRole, ReviewEventKind, ReviewStatus, ReviewVisibility, roleAtLeast } from '@ecw/domain';
import { can } from '../core/policy/can.js';
import {
  loadReviewReportFacts,
  loadReviewReportFactsOf,
  reviewReportResource,
  reviewReportScopeSql,
  type ReviewReportAction,
  type ReviewReportFacts,
} from '../core/policy/resources/review-report.policy.js';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { LOGGER } from '../core/core.module.js';
import { forbidden, invalidInput, notFound } from '../core/errors/domain.exception.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../core/graphql/connection.js';
import { parseInput } from '../core/validation/parse-input.js';
import { NotificationService } from '../notifications/notification.service.js';
import { announceAll, type Announcement } from '../core/transaction/announcements.js';
import { MembershipService } from '../organizations/membership.service.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ElectionService } from '../planning/elections/election.service.js';
import { isUuid } from '../core/validation/uuid.js';
import { debriefSectionTitles } from './debrief-template.js';
import { type AddReviewSectionInput } from './dtos/add-review-section.input.js';
import { type CreateReviewReportInput } from './dtos/create-review-report.input.js';
import { ReviewCoAuthorEntity } from './review-co-author.entity.js';
import { ReviewReportEntity } from './review-report.entity.js';
import { ReviewSectionEntity } from './review-section.entity.js';
import { ReviewEvents } from './review-events.js';
import { alreadyCoAuthor, publishedReport } from './review.errors.js';
import { addReviewSectionRules, createReviewReportRules } from './review.rules.js';

export interface ReviewReportAccess {
  report: ReviewReportEntity;
  facts: ReviewReportFacts;
}

const CO_AUTHORS = Symbol('reviews.coAuthors');
const SECTIONS = Symbol('reviews.sections');

/** Reports, their co-author organisations and sections: who may see and change what. */
@Injectable()
export class ReviewReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ReviewReportEntity) private readonly reports: Repository<ReviewReportEntity>,
    @InjectRepository(ReviewSectionEntity) private readonly sections: Repository<ReviewSectionEntity>,
    @InjectRepository(ReviewCoAuthorEntity) private readonly coAuthorRows: Repository<ReviewCoAuthorEntity>,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly elections: ElectionService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLogService,
    private readonly events: ReviewEvents,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * The report and the viewer's standing in it. NOT_FOUND when it does not exist or the viewer may
   * not read it (or the id is malformed): all look the same from outside.
   */
  async access(viewer: Viewer, reportId: string, manager?: EntityManager): Promise<ReviewReportAccess> {
    if (!isUuid(reportId)) throw notFound();
    const runner = manager ?? this.dataSource.manager;
    const report = await runner.getRepository(ReviewReportEntity).findOne({ where: { id: reportId } });
    const facts = report ? await loadReviewReportFacts(runner, viewer, reportId) : null;
    if (!report || !facts || !can(viewer, 'reviewReport.read', reviewReportResource(reportId, facts))) {
      throw notFound();
    }
    return { report, facts };
  }

  /**
   * The viewer's standing in a report they may read, or null (unknown, unreadable, malformed id):
   * `access` without loading the report itself, in one statement, for co-editing connections,
   * which are authorised at every open and re-checked every few seconds.
   */
  async readableFacts(viewer: Viewer, reportId: string): Promise<ReviewReportFacts | null> {
    if (!isUuid(reportId)) return null;
    const facts = await loadReviewReportFacts(this.dataSource.manager, viewer, reportId);
    return facts && can(viewer, 'reviewReport.read', reviewReportResource(reportId, facts)) ? facts : null;
  }

  /** `readableFacts` of many (viewer, report) pairs in one statement, in order: the periodic re-check. */
  async readableFactsOf(
    asked: readonly { viewer: Viewer; reportId: string }[],
  ): Promise<(ReviewReportFacts | null)[]> {
    const wellFormed = asked.filter(({ reportId }) => isUuid(reportId));
    const loaded = await loadReviewReportFactsOf(
      this.dataSource.manager,
      wellFormed.map(({ viewer, reportId }) => ({ subject: viewer, reportId })),
    );
    const factsOf = new Map(wellFormed.map((pair, index) => [pair, loaded[index] ?? null]));
    return asked.map((pair) => {
      const facts = factsOf.get(pair) ?? null;
      return facts && can(pair.viewer, 'reviewReport.read', reviewReportResource(pair.reportId, facts))
        ? facts
        : null;
    });
  }

  /** `access`, then FORBIDDEN unless the policy allows the action. */
  async authorize(
    viewer: Viewer,
    action: ReviewReportAction,
    reportId: string,
    manager?: EntityManager,
  ): Promise<ReviewReportAccess> {
    const granted = await this.access(viewer, reportId, manager);
    if (granted.report.status === ReviewStatus.PUBLISHED && action !== 'reviewReport.recommend') {
      throw publishedReport();
    }
    if (!can(viewer, action, reviewReportResource(reportId, granted.facts))) throw forbidden();
    return granted;
  }

  async get(viewer: Viewer, reportId: string): Promise<ReviewReportEntity> {
    return (await this.access(viewer, reportId)).report;
  }

  /** Reports the viewer may read (scoped in SQL), newest first, keyset on (created_at, id). */
  async list(
    viewer: Viewer,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<ReviewReportEntity>> {
    const limit = pageSize(first);
    const position = decodeCursor(after, 2);
    if (position && (typeof position[0] !== 'string' || !/^\d+$/.test(position[0]) || !isUuid(position[1]))) {
      throw invalidInput([{ field: 'after', message: 'field.cursor' }]);
    }
    const readable = reviewReportScopeSql('r', viewer);
    const scope = this.reports.createQueryBuilder('r').where(readable.sql, readable.params);
    const totalCount = await scope.clone().getCount();
    const page = scope
      .clone()
      .addSelect('(extract(epoch FROM r.created_at) * 1000000)::bigint', 'created_micros')
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(limit + 1);
    if (position) {
      page.andWhere(
        `(r.created_at, r.id) < (timestamptz 'epoch' + CAST(:afterMicros AS bigint) * interval '1 microsecond', CAST(:afterId AS uuid))`,
        { afterMicros: position[0], afterId: position[1] },
      );
    }
    const { entities, raw } = await page.getRawAndEntities<{ created_micros: string }>();
    const rows = entities.map((entity, index) => ({
      entity,
      micros: String(raw[index]?.created_micros ?? '0'),
    }));
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => [row.micros, row.entity.id],
      (row) => row.entity,
    );
  }

  /**
   * A MEMBER or above of the owner organisation creates a report; the owner organisation is the
   * first co-author. Without section titles the standard debrief template is used, in the
   * creator's language. Admins of the other co-author organisations are notified.
   */
  async create(viewer: Viewer, locale: string, input: CreateReviewReportInput): Promise<ReviewReportEntity> {
    const fields = parseInput(createReviewReportRules, input);
    const ownerAccess = await this.organizations.access(viewer, fields.ownerOrganizationId);
    if (!roleAtLeast(ownerAccess.facts.viewerRole, MembershipRole.MEMBER)) throw forbidden();
    const others = [...new Set(fields.coAuthorOrganizationIds ?? [])].filter(
      (id) => id !== fields.ownerOrganizationId,
    );
    // Each further co-author must at least be visible to the creator (unknown ones are NOT_FOUND).
    const coAuthors = [ownerAccess.organization];
    for (const id of others) coAuthors.push(await this.organizations.get(viewer, id));
    if (fields.electionId) {
      await this.elections.get(fields.electionId).catch(() => {
        throw invalidInput([{ field: 'electionId', message: 'reviews.field.unknownElection' }]);
      });
    }
    const titles = fields.sectionTitles ?? debriefSectionTitles(locale);
    const { report, announcements } = await this.dataSource.transaction(async (manager) => {
      const reports = manager.getRepository(ReviewReportEntity);
      const created = await reports.save(
        reports.create({
          title: fields.title,
          electionId: fields.electionId ?? null,
          ownerOrganizationId: fields.ownerOrganizationId,
          status: ReviewStatus.DRAFTING,
          visibility: ReviewVisibility.CO_AUTHORS,
          signoffVersionId: null,
          publishedVersionId: null,
          createdBy: viewer.userId,
        }),
      );
      await manager.getRepository(ReviewCoAuthorEntity).insert(
        coAuthors.map((organization, position) => ({
          reportId: created.id,
          organizationId: organization.id,
          position,
        })),
      );
      await manager.getRepository(ReviewSectionEntity).insert(
        titles.map((title, position) => ({
          reportId: created.id,
          title,
          position,
          leadOrganizationId: null,
          removedAt: null,
        })),
      );
      await this.audit.record(
        {
          action: 'review.created',
          actorId: viewer.userId,
          organizationId: created.ownerOrganizationId,
          targetType: 'review_report',
          targetId: created.id,
          metadata: { coAuthors: coAuthors.length, sections: titles.length },
        },
        manager,
      );
      const notices: Announcement[] = [];
      for (const organization of coAuthors.slice(1)) {
        notices.push(
          ...(await this.notifyCoAuthorAdded(created, organization.id, organization.name, manager)),
        );
      }
      return { report: created, announcements: notices };
    });
    await announceAll(announcements, this.logger);
    return report;
  }

  /** An OWNER/ADMIN of any co-author organisation adds another organisation; its admins are notified. */
  async addCoAuthor(viewer: Viewer, reportId: string, organizationId: string): Promise<ReviewReportEntity> {
    const { report } = await this.authorize(viewer, 'reviewReport.addCoAuthor', reportId);
    const organization = await this.organizations.get(viewer, organizationId);
    const { announcements } = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<{ organization_id: string }[]>(
        `INSERT INTO review_co_authors (report_id, organization_id, position)
         SELECT $1, $2, coalesce(max(position) + 1, 0) FROM review_co_authors WHERE report_id = $1
         ON CONFLICT DO NOTHING RETURNING organization_id`,
        [report.id, organization.id],
      );
      if (inserted.length === 0) throw alreadyCoAuthor();
      await manager.getRepository(ReviewReportEntity).update(report.id, { updatedAt: new Date() });
      await this.audit.record(
        {
          action: 'review.co_author_added',
          actorId: viewer.userId,
          organizationId: organization.id,
          targetType: 'review_report',
          targetId: report.id,
        },
        manager,
      );
      return {
        announcements: [
          ...(await this.notifyCoAuthorAdded(report, organization.id, organization.name, manager)),
          this.events.announce(ReviewEventKind.CO_AUTHOR_ADDED, report.id),
        ],
      };
    });
    await announceAll(announcements, this.logger);
    return this.get(viewer, report.id);
  }

  /** A MEMBER or above of a co-author adds a section; the lead organisation must be a co-author. */
  async addSection(viewer: Viewer, input: AddReviewSectionInput): Promise<ReviewSectionEntity> {
    const fields = parseInput(addReviewSectionRules, input);
    const { report } = await this.authorize(viewer, 'reviewReport.edit', fields.reportId);
    const section = await this.dataSource.transaction(async (manager) => {
      // One writer at a time renumbers a report's sections.
      await manager.query(`SELECT id FROM review_reports WHERE id = $1 FOR UPDATE`, [report.id]);
      if (fields.leadOrganizationId) {
        const lead = await manager
          .getRepository(ReviewCoAuthorEntity)
          .findOne({ where: { reportId: report.id, organizationId: fields.leadOrganizationId } });
        if (!lead)
          throw invalidInput([{ field: 'leadOrganizationId', message: 'reviews.field.notCoAuthor' }]);
      }
      const sections = manager.getRepository(ReviewSectionEntity);
      const live = await manager.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM review_sections WHERE report_id = $1 AND removed_at IS NULL`,
        [report.id],
      );
      const end = live[0]?.n ?? 0;
      const position = Math.min(fields.position ?? end, end);
      await manager.query(
        `UPDATE review_sections SET position = position + 1 WHERE report_id = $1 AND removed_at IS NULL AND position >= $2`,
        [report.id, position],
      );
      const section = await sections.save(
        sections.create({
          reportId: report.id,
          title: fields.title,
          position,
          leadOrganizationId: fields.leadOrganizationId ?? null,
          removedAt: null,
        }),
      );
      await manager.getRepository(ReviewReportEntity).update(report.id, { updatedAt: new Date() });
      return section;
    });
    await announceAll([this.events.announce(ReviewEventKind.SECTION_ADDED, report.id)], this.logger);
    return section;
  }

  /** Co-author organisation ids of each report of a request, owner first, in one query. */
  coAuthorIds(ctx: RequestContext, reportId: string): Promise<string[]> {
    const loader = ctx.loaders.get(
      CO_AUTHORS,
      () =>
        new DataLoader<string, string[]>(async (reportIds) => {
          const rows = await this.coAuthorRows
            .createQueryBuilder('ca')
            .where('ca.reportId IN (:...reportIds)', { reportIds: [...reportIds] })
            .orderBy('ca.position', 'ASC')
            .getMany();
          return reportIds.map((id) =>
            rows.filter((row) => row.reportId === id).map((row) => row.organizationId),
          );
        }),
    );
    return loader.load(reportId);
  }

  /** Live sections of each report of a request, by position, in one query. */
  sectionsOf(ctx: RequestContext, reportId: string): Promise<ReviewSectionEntity[]> {
    const loader = ctx.loaders.get(
      SECTIONS,
      () =>
        new DataLoader<string, ReviewSectionEntity[]>(async (reportIds) => {
          const rows = await this.sections
            .createQueryBuilder('s')
            .where('s.reportId IN (:...reportIds) AND s.removedAt IS NULL', { reportIds: [...reportIds] })
            .orderBy('s.position', 'ASC')
            .getMany();
          return reportIds.map((id) => rows.filter((row) => row.reportId === id));
        }),
    );
    return loader.load(reportId);
  }

  private async notifyCoAuthorAdded(
    report: ReviewReportEntity,
    organizationId: string,
    organizationName: string,
    manager: EntityManager,
  ): Promise<Announcement[]> {
    const announcements: Announcement[] = [];
    for (const userId of await this.memberships.managerIdsOf(organizationId, manager)) {
      const { announce } = await this.notifications.notify(
        {
          userId,
          kind: 'reviewCoAuthorAdded',
          params: { organization: organizationName, report: report.title },
          link: `/reviews/${report.id}`,
        },
        manager,
      );
      announcements.push(announce);
    }
    return announcements;
  }
}
