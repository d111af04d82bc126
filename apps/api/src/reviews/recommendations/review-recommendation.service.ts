import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type Logger } from 'pino';
import { DataSource, In, type EntityManager } from 'typeorm';
import { canMoveRecommendation, RecommendationStatus, ReviewEventKind } from '@ecw/domain';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { LOGGER } from '../../core/core.module.js';
import { invalidInput, notFound } from '../../core/errors/domain.exception.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../core/graphql/connection.js';
import { reviewReportScopeSql } from '../../core/policy/resources/review-report.policy.js';
import { inTransaction } from '../../core/transaction/command.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { isUuid } from '../../core/validation/uuid.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { ReviewEvents } from '../review-events.js';
import { ReviewReportService } from '../review-report.service.js';
import { addRecommendationRules, updateRecommendationRules } from '../review.rules.js';
import { type AddRecommendationInput } from './dtos/add-recommendation.input.js';
import { type UpdateRecommendationInput } from './dtos/update-recommendation.input.js';
import { ReviewRecommendationEntity } from './review-recommendation.entity.js';

const OF_REPORT = Symbol('reviews.recommendations');

/** Open or in progress and past its due date (UTC calendar day). */
const OVERDUE_RANK = `CASE WHEN rec.due_on < CURRENT_DATE AND rec.status IN ('OPEN', 'IN_PROGRESS') THEN 0 ELSE 1 END`;
/** Without a due date last. */
const DUE_KEY = `coalesce(rec.due_on, DATE '9999-12-31')`;

/**
 * Recommendations of a report: any MEMBER or above of a co-author adds and updates them, before
 * and after publication; the owner must be a co-author organisation. An organisation's members list
 * those it owns across the reports they may read, overdue first.
 */
@Injectable()
export class ReviewRecommendationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReviewReportService,
    private readonly organizations: OrganizationService,
    private readonly events: ReviewEvents,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async add(viewer: Viewer, input: AddRecommendationInput): Promise<ReviewRecommendationEntity> {
    const fields = parseInput(addRecommendationRules, input);
    const { report } = await this.reports.authorize(viewer, 'reviewReport.recommend', fields.reportId);
    return inTransaction(this.dataSource, this.logger, async (manager) => {
      if (fields.ownerOrganizationId)
        await this.assertCoAuthor(manager, report.id, fields.ownerOrganizationId);
      const recommendations = manager.getRepository(ReviewRecommendationEntity);
      const created = await recommendations.save(
        recommendations.create({
          reportId: report.id,
          text: fields.text,
          ownerOrganizationId: fields.ownerOrganizationId ?? null,
          status: RecommendationStatus.OPEN,
          dueOn: fields.dueOn ?? null,
        }),
      );
      return {
        result: created,
        announcements: [this.events.announce(ReviewEventKind.RECOMMENDATION_CHANGED, report.id)],
      };
    });
  }

  async update(viewer: Viewer, input: UpdateRecommendationInput): Promise<ReviewRecommendationEntity> {
    const fields = parseInput(updateRecommendationRules, input);
    if (!isUuid(fields.id)) throw notFound();
    const found = await this.dataSource
      .getRepository(ReviewRecommendationEntity)
      .findOne({ where: { id: fields.id } });
    if (!found) throw notFound();
    await this.reports.authorize(viewer, 'reviewReport.recommend', found.reportId);
    return inTransaction(this.dataSource, this.logger, async (manager) => {
      const recommendations = manager.getRepository(ReviewRecommendationEntity);
      const current = await recommendations
        .createQueryBuilder('rec')
        .setLock('pessimistic_write')
        .where('rec.id = :id', { id: found.id })
        .getOne();
      if (!current) throw notFound();
      if (fields.status && !canMoveRecommendation(current.status, fields.status)) {
        throw invalidInput([{ field: 'status', message: 'reviews.field.recommendationStatus' }]);
      }
      if (fields.ownerOrganizationId)
        await this.assertCoAuthor(manager, current.reportId, fields.ownerOrganizationId);
      const changed: Partial<ReviewRecommendationEntity> = {
        ...(fields.text ? { text: fields.text } : {}),
        ...(fields.status ? { status: fields.status } : {}),
        ...(fields.ownerOrganizationId !== undefined
          ? { ownerOrganizationId: fields.ownerOrganizationId }
          : {}),
        ...(fields.dueOn !== undefined ? { dueOn: fields.dueOn } : {}),
      };
      const saved = await recommendations.save({ ...current, ...changed });
      return {
        result: saved,
        announcements: [this.events.announce(ReviewEventKind.RECOMMENDATION_CHANGED, current.reportId)],
      };
    });
  }

  /** Recommendations of each report of a request, oldest first, in one query. */
  ofReport(ctx: RequestContext, reportId: string): Promise<ReviewRecommendationEntity[]> {
    const loader = ctx.loaders.get(
      OF_REPORT,
      () =>
        new DataLoader<string, ReviewRecommendationEntity[]>(async (reportIds) => {
          const rows = await this.dataSource.getRepository(ReviewRecommendationEntity).find({
            where: { reportId: In([...reportIds]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
          return reportIds.map((id) => rows.filter((row) => row.reportId === id));
        }),
    );
    return loader.load(reportId);
  }

  /**
   * What an organisation owns across the reports the viewer may read (scoped in SQL), overdue
   * first, then by due date (none last); keyset on (overdue, due date, id). Members only.
   */
  async ownedBy(
    viewer: Viewer,
    organizationId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<ReviewRecommendationEntity>> {
    await this.organizations.authorize(viewer, 'members.read', organizationId);
    const limit = pageSize(first);
    const position = decodeCursor(after, 3);
    if (
      position &&
      (typeof position[0] !== 'number' || typeof position[1] !== 'string' || !isUuid(position[2]))
    ) {
      throw invalidInput([{ field: 'after', message: 'field.cursor' }]);
    }
    const readable = reviewReportScopeSql('r', viewer);
    const scope = this.dataSource
      .getRepository(ReviewRecommendationEntity)
      .createQueryBuilder('rec')
      .innerJoin('review_reports', 'r', 'r.id = rec.report_id')
      .where('rec.owner_organization_id = :organizationId', { organizationId })
      .andWhere(readable.sql, readable.params);
    const totalCount = await scope.clone().getCount();
    const page = scope
      .clone()
      .addSelect(OVERDUE_RANK, 'overdue_rank')
      .addSelect(`to_char(${DUE_KEY}, 'YYYY-MM-DD')`, 'due_key')
      .orderBy(OVERDUE_RANK, 'ASC')
      .addOrderBy(DUE_KEY, 'ASC')
      .addOrderBy('rec.id', 'ASC')
      .limit(limit + 1);
    if (position) {
      page.andWhere(
        `(${OVERDUE_RANK}, ${DUE_KEY}, rec.id) > (:afterRank, CAST(:afterDue AS date), CAST(:afterId AS uuid))`,
        {
          afterRank: position[0],
          afterDue: position[1],
          afterId: position[2],
        },
      );
    }
    const { entities, raw } = await page.getRawAndEntities<{ overdue_rank: number; due_key: string }>();
    const rows = entities.map((entity, index) => ({
      entity,
      rank: Number(raw[index]?.overdue_rank ?? 1),
      due: String(raw[index]?.due_key ?? '9999-12-31'),
    }));
    return toConnection(
      rows,
      limit,
      totalCount,
      (row) => [row.rank, row.due, row.entity.id],
      (row) => row.entity,
    );
  }

  private async assertCoAuthor(
    manager: EntityManager,
    reportId: string,
    organizationId: string,
  ): Promise<void> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM review_co_authors WHERE report_id = $1 AND organization_id = $2`,
      [reportId, organizationId],
    );
    if (rows.length === 0) {
      throw invalidInput([{ field: 'ownerOrganizationId', message: 'reviews.field.notCoAuthor' }]);
    }
  }
}
