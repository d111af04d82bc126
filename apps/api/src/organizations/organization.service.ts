import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type Logger } from 'pino';
import { DataSource, In, type EntityManager, Repository } from 'typeorm';
import { MembershipRole } from '@ecw/domain';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { LOGGER } from '../core/core.module.js';
import { forbidden, notFound } from '../core/errors/domain.exception.js';
import { pageSize, toConnection, type ConnectionShape } from '../core/graphql/connection.js';
import { can } from '../core/policy/can.js';
import {
  organizationResource,
  organizationScopeSql,
  type OrganizationAction,
  type OrganizationFacts,
} from '../core/policy/resources/organization.policy.js';
import { parseInput } from '../core/validation/parse-input.js';
import { isUuid } from '../core/validation/uuid.js';
import { NotificationService } from '../notifications/notification.service.js';
import { announceAll, type Announcement } from '../core/transaction/announcements.js';
import { type CreateOrganizationInput } from './dtos/create-organization.input.js';
import { type OrganizationFilter } from './dtos/organization-filter.input.js';
import { type OrganizationOutput } from './dtos/organization.output.js';
import { type UpdateOrganizationInput } from './dtos/update-organization.input.js';
import { isText, keysetPosition } from '../core/pagination/keyset.js';
import { containsPattern } from '../core/database/like-pattern.js';
import {
  directorySql,
  toDirectoryOutput,
  type DirectoryPageRow,
  type DirectoryRow,
} from './directory.sql.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { ORGANIZATION_COLUMNS, organizationFromRow } from './organization-rows.js';
import {
  createOrganizationRules,
  organizationFilterRules,
  updateOrganizationRules,
} from './organization.rules.js';

/** An organisation together with what the policy needs to know about the viewer's standing in it. */
export interface OrganizationAccess {
  organization: OrganizationEntity;
  facts: OrganizationFacts;
}

const VISIBLE_ORGANIZATIONS = Symbol('organizations.visibleById');

@Injectable()
export class OrganizationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly audit: AuditLogService,
    private readonly notifications: NotificationService,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * The organisation and the viewer's role in it. NOT_FOUND when it does not exist, when the viewer
   * may not see it, or when the id is malformed: all three look the same from outside.
   */
  async access(viewer: Viewer, organizationId: string, manager?: EntityManager): Promise<OrganizationAccess> {
    if (!isUuid(organizationId)) throw notFound();
    const repository = manager?.getRepository(OrganizationEntity) ?? this.organizations;
    const { entities, raw } = await repository
      .createQueryBuilder('o')
      .leftJoin(MembershipEntity, 'm', 'm.organizationId = o.id AND m.userId = :viewerId', {
        viewerId: viewer.userId,
      })
      .addSelect('m.role', 'viewer_role')
      .where('o.id = :organizationId', { organizationId })
      .getRawAndEntities<{ viewer_role: MembershipRole | null }>();
    const organization = entities[0];
    if (!organization) throw notFound();
    const facts: OrganizationFacts = {
      verified: organization.verifiedAt !== null,
      viewerRole: raw[0]?.viewer_role ?? null,
    };
    if (!can(viewer, 'organization.read', organizationResource(organization.id, facts))) throw notFound();
    return { organization, facts };
  }

  /** `access`, then FORBIDDEN unless the policy allows the action. */
  async authorize(
    viewer: Viewer,
    action: OrganizationAction,
    organizationId: string,
    manager?: EntityManager,
  ): Promise<OrganizationAccess> {
    const granted = await this.access(viewer, organizationId, manager);
    if (!can(viewer, action, organizationResource(organizationId, granted.facts))) throw forbidden();
    return granted;
  }

  async get(viewer: Viewer, organizationId: string): Promise<OrganizationEntity> {
    return (await this.access(viewer, organizationId)).organization;
  }

  /**
   * An organisation by id for a parent the viewer was already allowed to see (a membership, an
   * invitation, an audit line), batched per request and still scoped to what the viewer may see.
   * Without a viewer (the `me` of a sign-in's answer) the parent is the account's own membership.
   */
  visibleById(ctx: RequestContext, organizationId: string): Promise<OrganizationEntity | null> {
    return this.visibleLoader(ctx).load(organizationId);
  }

  /**
   * Hands `visibleById` organisations that another statement of this request already read under
   * `organizationScopeSql` for the request's viewer (null: that scope did not find it), so it
   * answers them without a statement of its own.
   */
  primeVisible(ctx: RequestContext, found: Map<string, OrganizationEntity | null>): void {
    const loader = this.visibleLoader(ctx);
    for (const [id, organization] of found) loader.prime(id, organization);
  }

  private visibleLoader(ctx: RequestContext): DataLoader<string, OrganizationEntity | null> {
    const viewer = ctx.viewer;
    return ctx.loaders.get(
      VISIBLE_ORGANIZATIONS,
      () =>
        new DataLoader<string, OrganizationEntity | null>(async (ids) => {
          const visible = viewer ? organizationScopeSql('o', viewer) : { sql: 'TRUE', params: {} };
          const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
            `SELECT ${ORGANIZATION_COLUMNS} FROM organizations o
              WHERE o.id = ANY(CAST(:ids AS uuid[])) AND ${visible.sql}`,
            { ...visible.params, ids: [...ids] },
          );
          const rows: Record<string, unknown>[] = await this.dataSource.query(sql, values);
          const found = new Map(rows.map((row) => [row['id'], organizationFromRow(row)]));
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
  }

  /** Names by id, for messages written by the system itself (a scheduled job has no viewer). */
  async namesById(organizationIds: readonly string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (organizationIds.length === 0) return new Map();
    const repository = manager?.getRepository(OrganizationEntity) ?? this.organizations;
    const rows = await repository.find({
      select: { id: true, name: true },
      where: { id: In([...organizationIds]) },
    });
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * Visible organisations only (scoped in SQL), by lower(name) then id, with keyset cursors. One
   * statement answers the page, the total, and each row's member count and viewer role (carried on
   * the output, so the field resolvers need no loader), read as raw rows: the directory is the
   * busiest read path, and query building plus entity hydration cost more CPU than PostgreSQL spends.
   */
  async list(
    viewer: Viewer,
    first: number | null | undefined,
    after: string | null | undefined,
    filterInput: OrganizationFilter | null | undefined,
  ): Promise<ConnectionShape<OrganizationOutput>> {
    const limit = pageSize(first);
    const { filter } = parseInput(organizationFilterRules, { filter: filterInput ?? {} });
    const position = keysetPosition(after, [isText, isUuid]);
    const visible = organizationScopeSql('o', viewer);
    const conditions = [visible.sql];
    const parameters: Record<string, unknown> = {
      ...visible.params,
      directoryViewerId: viewer.userId,
      directoryLimit: limit + 1,
    };
    if (filter.kind) {
      conditions.push('o.kind = :kind');
      parameters.kind = filter.kind;
    }
    // Same meaning as `code = ANY(country_codes)`, in the form the GIN index on country_codes serves.
    if (filter.countryCode) {
      conditions.push('o.country_codes @> ARRAY[:countryCode]::text[]');
      parameters.countryCode = filter.countryCode;
    }
    if (filter.search) {
      conditions.push(`o.name ILIKE :pattern ESCAPE '\\'`);
      parameters.pattern = containsPattern(filter.search);
    }
    const matching = conditions.join(' AND ');
    const keyset = position ? ' AND (lower(o.name), o.id) > (:afterName, CAST(:afterId AS uuid))' : '';
    if (position) {
      parameters.afterName = position[0];
      parameters.afterId = position[1];
    }
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      directorySql(matching, keyset),
      parameters,
    );
    const rows: DirectoryRow[] = await this.dataSource.query(sql, values);
    const pageRows = rows.filter((row): row is DirectoryPageRow => row.id !== null);
    return toConnection(
      pageRows,
      limit,
      rows[0]?.total_count ?? 0,
      (row) => [row.sort_name, row.id],
      toDirectoryOutput,
    );
  }

  /** Anyone signed in may create an organisation; it starts unverified, with its creator as OWNER. */
  async create(viewer: Viewer, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const fields = parseInput(createOrganizationRules, input);
    return this.dataSource.transaction(async (manager) => {
      const organizations = manager.getRepository(OrganizationEntity);
      const organization = await organizations.save(
        organizations.create({ ...fields, verifiedAt: null, verifiedBy: null }),
      );
      const memberships = manager.getRepository(MembershipEntity);
      await memberships.save(
        memberships.create({
          organizationId: organization.id,
          userId: viewer.userId,
          role: MembershipRole.OWNER,
        }),
      );
      await this.audit.record(
        {
          action: 'organization.created',
          actorId: viewer.userId,
          organizationId: organization.id,
          targetType: 'organization',
          targetId: organization.id,
          metadata: { kind: organization.kind },
        },
        manager,
      );
      return organization;
    });
  }

  /** OWNER/ADMIN only; changes only the fields given (giving none changes and records nothing). */
  async update(viewer: Viewer, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const fields = parseInput(updateOrganizationRules, input);
    return this.dataSource.transaction(async (manager) => {
      const { organization } = await this.authorize(viewer, 'organization.update', fields.id, manager);
      const changes: Partial<Pick<OrganizationEntity, 'name' | 'countryCodes' | 'website'>> = {};
      if (fields.name != null) changes.name = fields.name;
      if (fields.countryCodes != null) changes.countryCodes = fields.countryCodes;
      if (fields.website !== undefined) changes.website = fields.website;
      if (Object.keys(changes).length === 0) return organization;
      const updated = await manager
        .getRepository(OrganizationEntity)
        .save(Object.assign(organization, changes));
      await this.audit.record(
        {
          action: 'organization.updated',
          actorId: viewer.userId,
          organizationId: organization.id,
          targetType: 'organization',
          targetId: organization.id,
          metadata: { fields: Object.keys(changes) },
        },
        manager,
      );
      return updated;
    });
  }

  /** Platform admins only (the resolver's guard and the policy both say so); tells every OWNER and ADMIN. */
  async verify(viewer: Viewer, organizationId: string): Promise<OrganizationEntity> {
    const { organization, announcements } = await this.dataSource.transaction(async (manager) => {
      const { organization: found } = await this.authorize(
        viewer,
        'organization.verify',
        organizationId,
        manager,
      );
      if (found.verifiedAt) return { organization: found, announcements: [] as Announcement[] };
      const organization = await manager
        .getRepository(OrganizationEntity)
        .save(Object.assign(found, { verifiedAt: new Date(), verifiedBy: viewer.userId }));
      await this.audit.record(
        {
          action: 'organization.verified',
          actorId: viewer.userId,
          organizationId: organization.id,
          targetType: 'organization',
          targetId: organization.id,
        },
        manager,
      );
      const managers = await manager.getRepository(MembershipEntity).findBy({
        organizationId: organization.id,
        role: In([MembershipRole.OWNER, MembershipRole.ADMIN]),
      });
      const announcements: Announcement[] = [];
      for (const { userId } of managers) {
        const notification = await this.notifications.notify(
          {
            userId,
            kind: 'organizationVerified',
            params: { organization: organization.name },
            link: `/organizations/${organization.id}`,
          },
          manager,
        );
        announcements.push(notification.announce);
      }
      return { organization, announcements };
    });
    await announceAll(announcements, this.logger);
    return organization;
  }
}
