import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { BriefEventKind } from '@ecw/domain';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { forbidden, notFound } from '../core/errors/domain.exception.js';
import { pageSize, toConnection, type ConnectionShape } from '../core/graphql/connection.js';
import { parseInput } from '../core/validation/parse-input.js';
import { isExactInstant, keysetPosition } from '../core/pagination/keyset.js';
import { isUuid } from '../core/validation/uuid.js';
import { BriefEvents } from './brief-events.js';
import { BriefReader, type BriefInContext } from './brief-reader.service.js';
import { COMMENT_SELECT, type CommentRecord } from './brief.record.js';
import { can } from '../core/policy/can.js';
import { commentingOrganization, type CommentResource } from '../core/policy/resources/comment.policy.js';
import { ConsultationNotifier } from './consultation-notifier.js';
import { commentRules } from './consultations.rules.js';

const COMMENT_PAGES = Symbol('consultations.commentPages');

/**
 * Comments on briefs: by members of the brief's organisation or the convenor, and with
 * ALL_PARTICIPANTS by members of other invited organisations. Oldest first.
 */
@Injectable()
export class CommentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly briefs: BriefReader,
    private readonly audit: AuditLogService,
    private readonly notifier: ConsultationNotifier,
    private readonly events: BriefEvents,
  ) {}

  async add(
    viewer: Viewer,
    briefId: string,
    body: string,
  ): Promise<{ comment: CommentRecord; context: BriefInContext }> {
    const fields = parseInput(commentRules, { body });
    const { id, announcements, consultationId } = await this.dataSource.transaction(async (manager) => {
      const { brief, consultation } = await this.briefs.readable(viewer, briefId, { manager });
      const onBrief: CommentResource = {
        kind: 'comment',
        briefId: brief.id,
        consultation: consultation.facts,
        brief,
      };
      const organizationId = commentingOrganization(viewer, onBrief);
      if (organizationId === null || !can(viewer, 'comment.create', onBrief)) throw forbidden();
      const [{ id: created }] = (await manager.query(
        `INSERT INTO brief_comments (brief_id, author_id, organization_id, body) VALUES ($1, $2, $3, $4) RETURNING id`,
        [brief.id, viewer.userId, organizationId, fields.body],
      )) as [{ id: string }];
      await manager.query(
        `INSERT INTO brief_events (brief_id, kind, actor_id) VALUES ($1, 'COMMENTED', $2)`,
        [brief.id, viewer.userId],
      );
      await this.audit.record(
        {
          action: 'brief.commented',
          actorId: viewer.userId,
          organizationId,
          targetType: 'context_brief',
          targetId: brief.id,
          metadata: { commentId: created },
        },
        manager,
      );
      const notified = await this.notifier.notifyMembers(
        manager,
        [brief.organizationId],
        {
          kind: 'briefCommented',
          params: { brief: brief.title },
          link: `/consultations/${consultation.id}/briefs/${brief.id}`,
        },
        { exceptUserId: viewer.userId },
      );
      return { id: created, announcements: notified, consultationId: consultation.id };
    });
    await this.notifier.announce([
      ...announcements,
      () => this.events.publish({ kind: BriefEventKind.COMMENTED, consultationId, briefId, commentId: id }),
    ]);
    const context = await this.briefs.readable(viewer, briefId);
    const comment = await this.byId(id);
    if (!comment) throw notFound();
    return { comment, context };
  }

  /** One comment by id, for a caller that has already been allowed to see its brief. */
  async byId(id: string): Promise<CommentRecord | null> {
    if (!isUuid(id)) return null;
    const rows: CommentRecord[] = await this.dataSource.query(`${COMMENT_SELECT} WHERE k.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /**
   * Every comment of these briefs, oldest first, in one statement: an export shows them all, as a
   * page of the screen would. The caller has already been allowed to see the briefs.
   */
  async allOf(briefIds: string[]): Promise<Map<string, CommentRecord[]>> {
    const byBrief = new Map<string, CommentRecord[]>(briefIds.map((id) => [id, []]));
    if (briefIds.length === 0) return byBrief;
    const rows: CommentRecord[] = await this.dataSource.query(
      `${COMMENT_SELECT} WHERE k.brief_id = ANY($1::uuid[]) ORDER BY k.brief_id, k.created_at, k.id`,
      [briefIds],
    );
    for (const row of rows) byBrief.get(row.briefId)?.push(row);
    return byBrief;
  }

  /**
   * A page of a brief's comments (the caller has already seen the brief). Batched per request: every
   * brief of a page asking for the same page size and cursor costs one statement together.
   */
  page(
    ctx: RequestContext,
    briefId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<CommentRecord>> {
    const limit = pageSize(first);
    const position = keysetPosition(after, [isExactInstant, isUuid]);
    const key = `${limit}|${after ?? ''}`;
    const loader = ctx.loaders.get(
      COMMENT_PAGES,
      () =>
        new DataLoader<
          { briefId: string; key: string; limit: number; position: (string | number)[] | null },
          ConnectionShape<CommentRecord>,
          string
        >(
          async (requests) => {
            const groups = new Map<string, (typeof requests)[number][]>();
            for (const request of requests)
              groups.set(request.key, [...(groups.get(request.key) ?? []), request]);
            const pages = new Map<string, ConnectionShape<CommentRecord>>();
            for (const group of groups.values()) {
              const [{ limit: size, position: at }] = group as [(typeof group)[number]];
              for (const [id, connection] of await this.pages(
                group.map((request) => request.briefId),
                size,
                at,
              )) {
                pages.set(`${id}|${group[0]?.key}`, connection);
              }
            }
            return requests.map((request) => pages.get(`${request.briefId}|${request.key}`) ?? emptyPage());
          },
          { cacheKeyFn: (request) => `${request.briefId}|${request.key}` },
        ),
    );
    return loader.load({ briefId, key, limit, position });
  }

  /** Two statements for any number of briefs: their comment counts, and the first `limit + 1` of each after the cursor. */
  private async pages(
    briefIds: string[],
    limit: number,
    position: (string | number)[] | null,
  ): Promise<Map<string, ConnectionShape<CommentRecord>>> {
    const counts: { briefId: string; n: number }[] = await this.dataSource.query(
      `SELECT brief_id AS "briefId", count(*)::int AS n FROM brief_comments WHERE brief_id = ANY($1::uuid[]) GROUP BY brief_id`,
      [briefIds],
    );
    const rows: (CommentRecord & { rank: string })[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT page.*, row_number() OVER (PARTITION BY page."briefId" ORDER BY page."createdAt", page.id) AS rank
           FROM (${COMMENT_SELECT} WHERE k.brief_id = ANY($1::uuid[])
                 AND ($3::timestamptz IS NULL OR (k.created_at, k.id) > ($3::timestamptz, $4::uuid))) page
       ) ranked WHERE rank <= $2 + 1 ORDER BY "briefId", rank`,
      [briefIds, limit, position?.[0] ?? null, position?.[1] ?? null],
    );
    const byBrief = new Map<string, CommentRecord[]>();
    for (const { rank: _rank, ...comment } of rows)
      byBrief.set(comment.briefId, [...(byBrief.get(comment.briefId) ?? []), comment]);
    const totals = new Map(counts.map((row) => [row.briefId, row.n]));
    return new Map(
      briefIds.map((id) => [
        id,
        toConnection(
          byBrief.get(id) ?? [],
          limit,
          totals.get(id) ?? 0,
          (c) => [c.position, c.id],
          (c) => c,
        ),
      ]),
    );
  }
}

function emptyPage(): ConnectionShape<CommentRecord> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}
