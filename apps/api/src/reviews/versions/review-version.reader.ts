import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { type RequestContext } from '../../core/context/request-context.js';
import { ReviewSignOffEntity } from './review-sign-off.entity.js';
import { ReviewVersionEntity } from './review-version.entity.js';

const VERSIONS = Symbol('reviews.versions');
const VERSION_BY_ID = Symbol('reviews.versionById');
const SIGN_OFFS = Symbol('reviews.signOffs');
const CO_AUTHOR_VIEWER = Symbol('reviews.coAuthorViewer');

/** A report as its field resolvers know it: reached only through a report the viewer may read. */
interface ReadableReport {
  id: string;
  publishedVersionId: string | null;
}

/**
 * Versions and sign-offs of the reports a request reads, batched per request. Co-authors see the
 * whole history; other readers of a published report only the published version and its sign-offs.
 */
@Injectable()
export class ReviewVersionReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async versionsOf(ctx: RequestContext, report: ReadableReport): Promise<ReviewVersionEntity[]> {
    const versions = await ctx.loaders
      .get(
        VERSIONS,
        () =>
          new DataLoader<string, ReviewVersionEntity[]>(async (reportIds) => {
            const rows = await this.dataSource.getRepository(ReviewVersionEntity).find({
              where: { reportId: In([...reportIds]) },
              order: { createdAt: 'DESC', id: 'DESC' },
            });
            return reportIds.map((id) => rows.filter((row) => row.reportId === id));
          }),
      )
      .load(report.id);
    return (await this.isCoAuthorViewer(ctx, report.id))
      ? versions
      : versions.filter((version) => version.id === report.publishedVersionId);
  }

  async signOffsOf(ctx: RequestContext, report: ReadableReport): Promise<ReviewSignOffEntity[]> {
    const signOffs = await ctx.loaders
      .get(
        SIGN_OFFS,
        () =>
          new DataLoader<string, (ReviewSignOffEntity & { reportId: string })[]>(async (reportIds) => {
            const rows = await this.dataSource
              .getRepository(ReviewSignOffEntity)
              .createQueryBuilder('s')
              .innerJoin(ReviewVersionEntity, 'v', 'v.id = s.versionId')
              .addSelect('v.report_id', 'report_id')
              .where('v.reportId IN (:...reportIds)', { reportIds: [...reportIds] })
              .orderBy('s.signedAt', 'ASC')
              .getRawAndEntities<{ report_id: string }>();
            const withReport = rows.entities.map((entity, index) => ({
              ...entity,
              reportId: rows.raw[index]?.report_id ?? '',
            }));
            return reportIds.map((id) => withReport.filter((row) => row.reportId === id));
          }),
      )
      .load(report.id);
    return (await this.isCoAuthorViewer(ctx, report.id))
      ? signOffs
      : signOffs.filter((signOff) => signOff.versionId === report.publishedVersionId);
  }

  versionById(ctx: RequestContext, versionId: string): Promise<ReviewVersionEntity | null> {
    return ctx.loaders
      .get(
        VERSION_BY_ID,
        () =>
          new DataLoader<string, ReviewVersionEntity | null>(async (ids) => {
            const rows = await this.dataSource
              .getRepository(ReviewVersionEntity)
              .find({ where: { id: In([...ids]) } });
            return ids.map((id) => rows.find((row) => row.id === id) ?? null);
          }),
      )
      .load(versionId);
  }

  /** Whether the viewer belongs to a co-author organisation of each report of the request. */
  private isCoAuthorViewer(ctx: RequestContext, reportId: string): Promise<boolean> {
    const userId = ctx.viewer?.userId;
    if (!userId) return Promise.resolve(false);
    return ctx.loaders
      .get(
        CO_AUTHOR_VIEWER,
        () =>
          new DataLoader<string, boolean>(async (reportIds) => {
            const rows = await this.dataSource.query<{ report_id: string }[]>(
              `SELECT DISTINCT ca.report_id FROM review_co_authors ca
                 JOIN memberships m ON m.organization_id = ca.organization_id AND m.user_id = $2
                WHERE ca.report_id = ANY($1::uuid[])`,
              [[...reportIds], userId],
            );
            const coAuthored = new Set(rows.map((row) => row.report_id));
            return reportIds.map((id) => coAuthored.has(id));
          }),
      )
      .load(reportId);
  }
}
