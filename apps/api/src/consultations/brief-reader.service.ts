import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { notFound, unauthenticated } from '../core/errors/domain.exception.js';
import { pageSize, toConnection, type ConnectionShape } from '../core/graphql/connection.js';
import { isExactInstant, keysetPosition } from '../core/pagination/keyset.js';
import { isUuid } from '../core/validation/uuid.js';
import {
  BRIEF_KEY_SOURCE,
  BRIEF_ORDER,
  BRIEF_SELECT,
  briefPageSelect,
  CARRY_ALL,
  type CarriedOnPage,
  toBriefOnPage,
  toBriefRecord,
  type BriefOnPage,
  type BriefRecord,
} from './brief.record.js';
import { can } from '../core/policy/can.js';
import { briefResource, briefScopeSql } from '../core/policy/resources/brief.policy.js';
import { type ConsultationRecord } from './consultation.record.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { type BriefAnswerOutput } from './dtos/context-brief.output.js';
import { SqlParams } from './sql-params.js';
import { type BriefFilter } from './dtos/brief-filter.input.js';
import { briefFilterRules } from './consultations.rules.js';
import { parseInput } from '../core/validation/parse-input.js';
import { plannedStatement, preparedStatement } from '../core/database/prepared-statement.js';

/** What a page's statement reads besides the briefs' rows: the total, and what each brief carries. */
interface PageReads {
  counted: boolean;
  carry: CarriedOnPage;
}

/** A page of briefs in submission order: the page index serves the order and the scope. */
function listPage(where: string[], limit: string, page: PageReads): string {
  // `count(*) OVER ()` is taken before LIMIT, over every row the WHERE keeps.
  const select = briefPageSelect(page.counted ? 'count(*) OVER ()' : null, page.carry);
  return `${select} WHERE ${where.join(' AND ')} ORDER BY ${BRIEF_ORDER}, b.id LIMIT ${limit}`;
}

/**
 * A page of search matches. Left to itself, the planner walks the page index in submission order
 * and tests every brief's stored vector until the page is full (a rare word: thousands of vectors
 * read for 21 rows, 65-80 ms over 20,000 briefs). Fenced in a subquery it may not pull up
 * (`OFFSET 0`) and that has no order of its own, the matching is left to the GIN index. The page is
 * cut from the matches before any content (the body alone is kilobytes) is read: a page without
 * content takes its columns from the matches' heap rows, which the bitmap scan reads anyway; a
 * page with content reads it for its own briefs only.
 */
function searchPage(where: string[], limit: string, page: PageReads): string {
  const matches = `(SELECT ${BRIEF_KEY_SOURCE}, ${BRIEF_ORDER} AS at FROM context_briefs b
      WHERE ${where.join(' AND ')} OFFSET 0) matches`;
  const total = page.counted ? ', count(*) OVER () AS total' : '';
  const cut = (alias: string) => `(SELECT *${total} FROM ${matches} ORDER BY at, id LIMIT ${limit}) ${alias}`;
  if (page.carry.content) {
    const select = briefPageSelect(page.counted ? 'm.total' : null, page.carry);
    return `${select} JOIN ${cut('m')} ON m.id = b.id ORDER BY m.at, m.id`;
  }
  // The cut stands in for the table as `b`: it has every column the key columns read.
  return `${briefPageSelect(page.counted ? 'b.total' : null, page.carry, cut('b'))} ORDER BY b.at, b.id`;
}

/** A brief with the consultation it belongs to, as read for one viewer. */
export interface BriefInContext {
  brief: BriefRecord;
  consultation: ConsultationRecord;
}

const BRIEFS_BY_ID = Symbol('consultations.briefsById');
const ANSWERS_BY_BRIEF = Symbol('consultations.answers');

/** Reads briefs, their answers and the consultations' questions, each scoped by the policy. */
@Injectable()
export class BriefReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultations: ConsultationReader,
  ) {}

  async load(
    ids: readonly string[],
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<Map<string, BriefRecord>> {
    const wellFormed = ids.filter(isUuid);
    if (wellFormed.length === 0) return new Map();
    const rows: Record<string, unknown>[] = await (options.manager ?? this.dataSource).query(
      `${BRIEF_SELECT} WHERE b.id = ANY($1::uuid[])${options.lock ? ' FOR UPDATE OF b' : ''}`,
      [wellFormed],
    );
    return new Map(rows.map((row) => [row['id'] as string, toBriefRecord(row)]));
  }

  /** The brief if the viewer may see it (NOT_FOUND otherwise); `lock` holds the brief and its consultation. */
  async readable(
    viewer: Viewer,
    id: string,
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<BriefInContext> {
    const brief = (await this.load([id], options)).get(id);
    if (!brief) throw notFound();
    const consultation = await this.consultations.readable(viewer, brief.consultationId, options);
    if (!can(viewer, 'brief.read', briefResource(brief.id, consultation.facts, brief))) throw notFound();
    return { brief, consultation };
  }

  /**
   * `readable` for a brief said to be in a consultation (an event names both): the two are read at
   * once instead of one after the other, and a brief of another consultation is NOT_FOUND.
   */
  async readableIn(viewer: Viewer, consultationId: string, id: string): Promise<BriefInContext> {
    const [found, consultation] = await Promise.all([
      this.load([id]),
      this.consultations.readable(viewer, consultationId),
    ]);
    const brief = found.get(id);
    if (!brief || brief.consultationId !== consultationId) throw notFound();
    if (!can(viewer, 'brief.read', briefResource(brief.id, consultation.facts, brief))) throw notFound();
    return { brief, consultation };
  }

  /** `readable`, batched and cached for the request. */
  async forRequest(ctx: RequestContext, id: string): Promise<BriefInContext> {
    if (!ctx.viewer) throw unauthenticated();
    const brief = await ctx.loaders
      .get(
        BRIEFS_BY_ID,
        () =>
          new DataLoader<string, BriefRecord | null>(async (ids) => {
            const found = await this.load(ids);
            return ids.map((key) => found.get(key) ?? null);
          }),
      )
      .load(id);
    if (!brief) throw notFound();
    const consultation = await this.consultations.forRequest(ctx, brief.consultationId);
    if (!can(ctx.viewer, 'brief.read', briefResource(brief.id, consultation.facts, brief))) throw notFound();
    return { brief, consultation };
  }

  /**
   * The briefs of a consultation the viewer may see (scoped in SQL), in submission order, narrowed by
   * the filter. Search matches the stored vector (the brief's own language plus `simple`) against the
   * words as written and as stemmed in the reader's language, so the GIN index serves it.
   */
  async list(
    consultation: ConsultationRecord,
    args: {
      first?: number | null;
      after?: string | null;
      filter?: BriefFilter | null;
      /** False when nobody reads `totalCount`: a search then runs its tsquery once, not twice. */
      count?: boolean;
      /** What each brief carries for the page's fields; everything unless told. */
      carry?: CarriedOnPage;
    },
    locale: string,
  ): Promise<ConnectionShape<BriefOnPage>> {
    const limit = pageSize(args.first);
    const position = keysetPosition(args.after, [isExactInstant, isUuid]);
    const { filter } = parseInput(briefFilterRules, { filter: args.filter ?? {} });
    const scope = (params: SqlParams): string[] => {
      const where = [
        `b.consultation_id = ${params.bind(consultation.id)}::uuid`,
        briefScopeSql('b', consultation.facts, params.bind),
      ];
      if (filter.status) where.push(`b.status = ${params.bind(filter.status)}`);
      if (filter.topic) where.push(`b.topics @> ARRAY[${params.bind(filter.topic)}]::text[]`);
      if (filter.riskLevel) where.push(`b.risk_level = ${params.bind(filter.riskLevel)}`);
      if (filter.region) where.push(`b.regions @> ARRAY[${params.bind(filter.region)}]::text[]`);
      if (filter.language) where.push(`b.languages @> ARRAY[${params.bind(filter.language)}]::text[]`);
      if (filter.search) {
        const words = params.bind(filter.search);
        where.push(
          `b.search_vector @@ (websearch_to_tsquery('simple', ${words}) || websearch_to_tsquery(brief_search_config(ARRAY[${params.bind(locale)}::text]), ${words}))`,
        );
      }
      return where;
    };
    const params = new SqlParams();
    const where = scope(params);
    // The first page counts in its own statement; a later one (keyset) counts all the scope apart.
    const counted = args.count !== false && !position;
    if (position) {
      where.push(
        `(${BRIEF_ORDER}, b.id) > (${params.bind(position[0])}::timestamptz, ${params.bind(position[1])}::uuid)`,
      );
    }
    const pageLimit = params.bind(limit + 1);
    // The text varies only with the filters used, the viewer's kind of standing and the fields read:
    // a page is prepared, so it is not planned again on every request. A search is planned for its
    // words and its consultation every time (see plannedStatement): its generic plan is the slow one.
    const pageRead = filter.search ? plannedStatement : preparedStatement;
    const [rows, totalCount] = await Promise.all([
      pageRead<Record<string, unknown>>(
        this.dataSource,
        (filter.search ? searchPage : listPage)(where, pageLimit, {
          counted,
          carry: args.carry ?? CARRY_ALL,
        }),
        params.values,
      ),
      counted || args.count === false ? null : this.count(scope),
    ]);
    return toConnection(
      rows.map(toBriefOnPage),
      limit,
      // never serialised when the operation did not select totalCount
      totalCount ?? (rows[0]?.['totalCount'] as number | undefined) ?? 0,
      (b) => [b.position, b.id],
      (b) => b,
    );
  }

  private async count(scope: (params: SqlParams) => string[]): Promise<number> {
    const params = new SqlParams();
    const [{ n }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM context_briefs b WHERE ${scope(params).join(' AND ')}`,
      params.values,
    )) as [{ n: number }];
    return n;
  }

  /** A brief's answers in question order; the caller has already seen the brief. */
  answers(ctx: RequestContext, briefId: string): Promise<BriefAnswerOutput[]> {
    return ctx.loaders
      .get(
        ANSWERS_BY_BRIEF,
        () =>
          new DataLoader<string, BriefAnswerOutput[]>(async (ids) => {
            const rows: { briefId: string; text: string; id: string; prompt: string; position: number }[] =
              await this.dataSource.query(
                `SELECT a.brief_id AS "briefId", a.text, q.id, q.prompt, q.position
             FROM brief_answers a JOIN consultation_questions q ON q.id = a.question_id
            WHERE a.brief_id = ANY($1::uuid[]) ORDER BY q.position`,
                [ids],
              );
            return ids.map((id) =>
              rows
                .filter((row) => row.briefId === id)
                .map((row) => ({
                  text: row.text,
                  question: { id: row.id, prompt: row.prompt, position: row.position },
                })),
            );
          }),
      )
      .load(briefId);
  }
}
