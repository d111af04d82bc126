import { ConsultationStanding } from '@ecw/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { notFound, unauthenticated } from '../core/errors/domain.exception.js';
import { pageSize, toConnection, type ConnectionShape } from '../core/graphql/connection.js';
import { parseInput } from '../core/validation/parse-input.js';
import { preparedStatement } from '../core/database/prepared-statement.js';
import { isExactInstant, keysetPosition } from '../core/pagination/keyset.js';
import { isUuid } from '../core/validation/uuid.js';
import { can } from '../core/policy/can.js';
import { type PolicySubject } from '../core/policy/policy-subject.js';
import { consultationResource, consultationScopeSql } from '../core/policy/resources/consultation.policy.js';
import { type Bind } from '../core/policy/sql-bind.js';
import { consultationSelect, toConsultationRecord, type ConsultationRecord } from './consultation.record.js';
import { consultationFilterRules } from './consultations.rules.js';
import { type ConsultationFilter } from './dtos/consultation-filter.input.js';
import { SqlParams } from './sql-params.js';

const CONSULTATIONS_BY_ID = Symbol('consultations.byId');

/**
 * The viewer's side of a consultation `c`, as SQL. It only narrows `consultationScopeSql` (which
 * stays in the WHERE): someone in both a convening and an invited organisation is found under both.
 */
function standingSql(standing: ConsultationStanding, viewer: Viewer, bind: Bind): string {
  const user = bind(viewer.userId);
  switch (standing) {
    case ConsultationStanding.CONVENING:
      return `EXISTS (SELECT 1 FROM memberships sm WHERE sm.user_id = ${user}::uuid
        AND sm.organization_id = c.convenor_organization_id)`;
    case ConsultationStanding.INVITED:
      return `EXISTS (SELECT 1 FROM consultation_participants sp JOIN memberships sm
        ON sm.organization_id = sp.organization_id AND sm.user_id = ${user}::uuid WHERE sp.consultation_id = c.id)`;
  }
}

/**
 * Reads consultations for a viewer: one by id (NOT_FOUND unless the policy lets the viewer see it,
 * so existence never leaks), or a page scoped in SQL.
 */
@Injectable()
export class ConsultationReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Rows for these ids with the subject's standing, visible or not: callers apply the policy. */
  async load(
    subject: PolicySubject,
    ids: readonly string[],
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<Map<string, ConsultationRecord>> {
    const wellFormed = ids.filter(isUuid);
    if (wellFormed.length === 0) return new Map();
    const params = new SqlParams();
    // One id (a request's own consultation) by `=`: for `= ANY` of an array PostgreSQL assumes ten
    // ids, finds the generic plan dearer than a custom one and plans the statement on every request.
    const match =
      wellFormed.length === 1
        ? `c.id = ${params.bind(wellFormed[0])}::uuid`
        : `c.id = ANY(${params.bind(wellFormed)}::uuid[])`;
    const sql = `${consultationSelect(subject, params.bind)} WHERE ${match}${options.lock ? ' FOR UPDATE OF c' : ''}`;
    // Outside a transaction (every read of a request), one text for every viewer: prepared.
    const rows: Record<string, unknown>[] = options.manager
      ? await options.manager.query(sql, params.values)
      : await preparedStatement(this.dataSource, sql, params.values);
    return new Map(rows.map((row) => [row['id'] as string, toConsultationRecord(row, subject)]));
  }

  /** Whether the subject it was read for may see it (`consultation.read`). */
  static isReadable(found: ConsultationRecord | null | undefined): found is ConsultationRecord {
    return !!found && can(found.subject, 'consultation.read', consultationResource(found.id, found.facts));
  }

  /** The consultation if the viewer may see it, else NOT_FOUND. `lock` holds its row until the transaction ends. */
  async readable(
    viewer: Viewer,
    id: string,
    options: { manager?: EntityManager; lock?: boolean } = {},
  ): Promise<ConsultationRecord> {
    const found = (await this.load(viewer, [id], options)).get(id);
    if (!ConsultationReader.isReadable(found)) throw notFound();
    return found;
  }

  /** `readable`, batched and cached for the rest of the request. */
  forRequest(ctx: RequestContext, id: string): Promise<ConsultationRecord> {
    const viewer = ctx.viewer;
    if (!viewer) return Promise.reject(unauthenticated());
    const loader = ctx.loaders.get(
      CONSULTATIONS_BY_ID,
      () =>
        new DataLoader<string, ConsultationRecord | null>(async (ids) => {
          const found = await this.load(viewer, ids);
          return ids.map((key) => found.get(key) ?? null);
        }),
    );
    return loader.load(id).then((found) => {
      if (!ConsultationReader.isReadable(found)) throw notFound();
      return found;
    });
  }

  /** Consultations the viewer convenes or is invited to (or only one of the two), newest first. */
  async list(
    viewer: Viewer,
    first: number | null | undefined,
    after: string | null | undefined,
    filterInput: ConsultationFilter | null | undefined,
  ): Promise<ConnectionShape<ConsultationRecord>> {
    const limit = pageSize(first);
    const { filter } = parseInput(consultationFilterRules, { filter: filterInput ?? {} });
    const position = keysetPosition(after, [isExactInstant, isUuid]);
    const scope = (bind: Bind): string[] => {
      const where = [consultationScopeSql('c', viewer, bind)];
      if (filter.status) where.push(`c.status = ${bind(filter.status)}`);
      if (filter.electionId) where.push(`c.election_id = ${bind(filter.electionId)}::uuid`);
      if (filter.countryCode) where.push(`c.country_codes @> ARRAY[${bind(filter.countryCode)}]::text[]`);
      if (filter.standing) where.push(standingSql(filter.standing, viewer, bind));
      return where;
    };
    const counting = new SqlParams();
    const [{ n: totalCount }] = (await this.dataSource.query(
      `SELECT count(*)::int AS n FROM consultations c WHERE ${scope(counting.bind).join(' AND ')}`,
      counting.values,
    )) as [{ n: number }];
    const params = new SqlParams();
    const select = consultationSelect(viewer, params.bind);
    const page = scope(params.bind);
    if (position) {
      page.push(
        `(c.created_at, c.id) < (${params.bind(position[0])}::timestamptz, ${params.bind(position[1])}::uuid)`,
      );
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `${select} WHERE ${page.join(' AND ')} ORDER BY c.created_at DESC, c.id DESC LIMIT ${params.bind(limit + 1)}`,
      params.values,
    );
    return toConnection(
      rows.map((row) => toConsultationRecord(row, viewer)),
      limit,
      totalCount,
      (c) => [c.position, c.id],
      (c) => c,
    );
  }
}
