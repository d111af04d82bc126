import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type Logger } from 'pino';
import { DataSource, In, type EntityManager, Repository } from 'typeorm';
import { MembershipRole, roleAtLeast } from '@ecw/domain';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { type RequestContext } from '../core/context/request-context.js';
import { LOGGER } from '../core/core.module.js';
import { forbidden, notFound } from '../core/errors/domain.exception.js';
import { pageSize, toConnection, type ConnectionShape } from '../core/graphql/connection.js';
import { can } from '../core/policy/can.js';
import { type MembershipResource } from '../core/policy/resources/membership.policy.js';
import { organizationResource } from '../core/policy/resources/organization.policy.js';
import { NotificationService } from '../notifications/notification.service.js';
import { inTransaction, type Outcome } from '../core/transaction/command.js';
import { toMembershipOutput, type MembershipOutput } from './dtos/membership.output.js';
import {
  exactInstantSql,
  isExactInstant,
  isRank,
  keysetPosition,
  withRawRows,
} from '../core/pagination/keyset.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganizationEvents, type OrganizationMembersChanged } from './organization-events.js';
import { ResourceAccess } from '../core/policy/resource-access.js';
import { AccessGate } from '../core/pubsub/access-gate.js';
import { EventBus } from '../core/pubsub/event-bus.js';
import { lastOwner, ownerOnly } from './organization.errors.js';
import { isUuid } from '../core/validation/uuid.js';
import { OrganizationService, type OrganizationAccess } from './organization.service.js';
import { listPage, type ListPageArgs } from '../core/pagination/list-page.js';

const VIEWER_ROLES = Symbol('memberships.viewerRoles');
const MEMBER_COUNTS = Symbol('memberships.counts');

/** Members are listed strongest role first: OWNER, ADMIN, MEMBER, VIEWER. */
const ROLE_RANK_SQL = `array_position(ARRAY['${MembershipRole.OWNER}','${MembershipRole.ADMIN}','${MembershipRole.MEMBER}','${MembershipRole.VIEWER}'], m.role)`;

@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditLogService,
    private readonly notifications: NotificationService,
    private readonly events: OrganizationEvents,
    private readonly bus: EventBus,
    private readonly gate: AccessGate,
    private readonly access: ResourceAccess,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** The user's role in the organisation, or null when not a member. For other features' rules. */
  async roleOf(
    userId: string,
    organizationId: string,
    manager?: EntityManager,
  ): Promise<MembershipRole | null> {
    if (!isUuid(userId) || !isUuid(organizationId)) return null;
    const repository = manager?.getRepository(MembershipEntity) ?? this.memberships;
    const membership = await repository.findOne({
      select: { id: true, role: true },
      where: { userId, organizationId },
    });
    return membership?.role ?? null;
  }

  /** User ids of the organisation's OWNERs and ADMINs: whom other features notify about its decisions. */
  async managerIdsOf(organizationId: string, manager?: EntityManager): Promise<string[]> {
    const repository = manager?.getRepository(MembershipEntity) ?? this.memberships;
    const rows = await repository.find({
      select: { id: true, userId: true },
      where: { organizationId, role: In([MembershipRole.OWNER, MembershipRole.ADMIN]) },
    });
    return rows.map((row) => row.userId);
  }

  /** User ids of every member of these organisations (each once): whom an access change concerns. */
  async memberIdsOf(organizationIds: readonly string[], manager?: EntityManager): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const repository = manager?.getRepository(MembershipEntity) ?? this.memberships;
    const rows = await repository.find({
      select: { id: true, userId: true },
      where: { organizationId: In([...organizationIds]) },
    });
    return [...new Set(rows.map((row) => row.userId))];
  }

  /** User ids of the members of these organisations whose role is at least `atLeast` (each once). */
  async idsWithRoleOf(
    organizationIds: readonly string[],
    atLeast: MembershipRole,
    manager?: EntityManager,
  ): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const repository = manager?.getRepository(MembershipEntity) ?? this.memberships;
    const rows = await repository.find({
      select: { id: true, userId: true },
      where: {
        organizationId: In([...organizationIds]),
        role: In(Object.values(MembershipRole).filter((role) => roleAtLeast(role, atLeast))),
      },
    });
    return [...new Set(rows.map((row) => row.userId))];
  }

  /** The viewer's role in each organisation of a request, in one query (null without a viewer). */
  viewerRole(ctx: RequestContext, organizationId: string): Promise<MembershipRole | null> {
    const viewer = ctx.viewer;
    if (!viewer) return Promise.resolve(null);
    const loader = ctx.loaders.get(
      VIEWER_ROLES,
      () =>
        new DataLoader<string, MembershipRole | null>(async (organizationIds) => {
          const rows = await this.memberships
            .createQueryBuilder('m')
            .select(['m.id', 'm.organizationId', 'm.role'])
            .where('m.userId = :userId AND m.organizationId IN (:...organizationIds)', {
              userId: viewer.userId,
              organizationIds: [...organizationIds],
            })
            .getMany();
          const roles = new Map(rows.map((row) => [row.organizationId, row.role]));
          return organizationIds.map((id) => roles.get(id) ?? null);
        }),
    );
    return loader.load(organizationId);
  }

  /** Members per organisation of a request, in one query. The parent organisation is already visible. */
  memberCount(ctx: RequestContext, organizationId: string): Promise<number> {
    const loader = ctx.loaders.get(
      MEMBER_COUNTS,
      () =>
        new DataLoader<string, number>(async (organizationIds) => {
          const rows = await this.memberships
            .createQueryBuilder('m')
            .select('m.organization_id', 'organization_id')
            .addSelect('count(*)::int', 'members')
            .where('m.organizationId IN (:...organizationIds)', { organizationIds: [...organizationIds] })
            .groupBy('m.organization_id')
            .getRawMany<{ organization_id: string; members: number }>();
          const counts = new Map(rows.map((row) => [row.organization_id, row.members]));
          return organizationIds.map((id) => counts.get(id) ?? 0);
        }),
    );
    return loader.load(organizationId);
  }

  /**
   * Members only: anyone else, platform admins included, gets FORBIDDEN rather than an empty list.
   * Strongest role first, then oldest membership first.
   */
  async members(
    ctx: RequestContext,
    organization: { id: string; verified: boolean },
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<MembershipOutput>> {
    const viewer = ctx.viewer;
    const viewerRole = await this.viewerRole(ctx, organization.id);
    if (
      !viewer ||
      !can(
        viewer,
        'members.read',
        organizationResource(organization.id, { verified: organization.verified, viewerRole }),
      )
    ) {
      throw forbidden();
    }
    const limit = pageSize(first);
    const position = keysetPosition(after, [isRank, isExactInstant, isUuid]);
    const query = this.memberships
      .createQueryBuilder('m')
      .addSelect(ROLE_RANK_SQL, 'sort_rank')
      .addSelect(exactInstantSql('m.created_at'), 'sort_at')
      .where('m.organizationId = :organizationId', { organizationId: organization.id });
    const totalCount = await query.clone().getCount();
    if (position) {
      query.andWhere(
        `(${ROLE_RANK_SQL}, m.created_at, m.id) > (:afterRank, CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))`,
        {
          afterRank: position[0],
          afterAt: position[1],
          afterId: position[2],
        },
      );
    }
    const { entities, raw } = await query
      .orderBy(ROLE_RANK_SQL, 'ASC')
      .addOrderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(limit + 1)
      .getRawAndEntities<{ sort_rank: number; sort_at: string }>();
    return toConnection(
      withRawRows(entities, raw),
      limit,
      totalCount,
      ({ entity, row }) => [row.sort_rank, row.sort_at, entity.id],
      ({ entity }) => toMembershipOutput(entity),
    );
  }

  /**
   * Live "the member list changed" events of one organisation, for its members only: a member
   * removed (or leaving) stops receiving at once, on every instance (AccessGate re-checks the
   * policy after `access:changed`). NOT_FOUND for anyone else.
   */
  async watchMembers(
    viewer: Viewer,
    organizationId: string,
  ): Promise<AsyncIterableIterator<OrganizationMembersChanged>> {
    if (!isUuid(organizationId)) throw notFound();
    const organization = { kind: 'organization' as const, id: organizationId };
    return this.gate.authorizedSubscription({
      viewer,
      stream: this.bus.subscribe('organization:members', organizationId),
      resource: organization,
      checkName: 'members.read',
      check: () => this.access.allows(viewer, 'members.read', organization),
    });
  }

  /** A user's own memberships, oldest first (the `me` of that user, so no further check). */
  membershipsOf(userId: string, page: ListPageArgs): Promise<MembershipEntity[]> {
    const own = this.memberships.createQueryBuilder('m').where('m.user_id = :userId', { userId });
    const order = { column: 'created_at', direction: 'ASC' } as const;
    return listPage(own, 'm', 'memberships', order, { column: 'user_id', id: userId }, page).getMany();
  }

  /**
   * OWNER/ADMIN change others' roles; only an OWNER grants OWNER or changes an OWNER's role; the
   * last OWNER stays an OWNER. The organisation's memberships are locked, so two concurrent
   * demotions cannot both see "another owner remains".
   */
  async changeRole(viewer: Viewer, membershipId: string, role: MembershipRole): Promise<MembershipEntity> {
    return inTransaction(
      this.dataSource,
      this.logger,
      async (manager): Promise<Outcome<MembershipEntity>> => {
        const { target, team, granted } = await this.lockTarget(viewer, membershipId, manager);
        if (!can(viewer, 'members.changeRole', organizationResource(target.organizationId, granted.facts)))
          throw forbidden();
        if (
          !can(viewer, 'membership.changeRole', { ...membershipResource(target, granted), newRole: role })
        ) {
          throw ownerOnly('role');
        }
        if (target.role === role) return { result: target, announcements: [] };
        if (target.role === MembershipRole.OWNER && ownerCount(team) === 1) throw lastOwner('role');
        const from = target.role;
        const changed = await manager.getRepository(MembershipEntity).save(Object.assign(target, { role }));
        await this.audit.record(
          {
            action: 'member.role_changed',
            actorId: viewer.userId,
            organizationId: target.organizationId,
            targetType: 'membership',
            targetId: target.id,
            metadata: { from, to: role },
          },
          manager,
        );
        const changes = this.events.membershipChanged(target.organizationId, changed.userId);
        if (changed.userId === viewer.userId) return { result: changed, announcements: changes };
        const notification = await this.notifications.notify(
          {
            userId: changed.userId,
            kind: 'roleChanged',
            params: { organization: granted.organization.name, role },
            link: `/organizations/${target.organizationId}`,
          },
          manager,
        );
        return { result: changed, announcements: [...changes, notification.announce] };
      },
    );
  }

  /**
   * OWNER/ADMIN remove others (only an OWNER removes an OWNER); anyone may remove their own
   * membership, which is leaving. The last OWNER can neither be removed nor leave.
   */
  async remove(viewer: Viewer, membershipId: string): Promise<boolean> {
    return inTransaction(this.dataSource, this.logger, async (manager): Promise<Outcome<true>> => {
      const { target, team, granted } = await this.lockTarget(viewer, membershipId, manager);
      const leaving = target.userId === viewer.userId;
      if (
        !leaving &&
        !can(viewer, 'members.remove', organizationResource(target.organizationId, granted.facts))
      ) {
        throw forbidden();
      }
      if (!can(viewer, 'membership.remove', membershipResource(target, granted)))
        throw ownerOnly('membershipId');
      if (target.role === MembershipRole.OWNER && ownerCount(team) === 1) throw lastOwner('membershipId');
      await manager.getRepository(MembershipEntity).delete({ id: target.id });
      await this.audit.record(
        {
          action: leaving ? 'member.left' : 'member.removed',
          actorId: viewer.userId,
          organizationId: target.organizationId,
          targetType: 'membership',
          targetId: target.id,
          metadata: { role: target.role },
        },
        manager,
      );
      const changes = this.events.membershipChanged(target.organizationId, target.userId);
      if (leaving) return { result: true, announcements: changes };
      const notification = await this.notifications.notify(
        {
          userId: target.userId,
          kind: 'removed',
          params: { organization: granted.organization.name },
          link: null,
        },
        manager,
      );
      return { result: true, announcements: [...changes, notification.announce] };
    });
  }

  /**
   * Locks every membership of the target's organisation (in id order, so concurrent changes queue
   * instead of deadlocking) and reads the viewer's standing after the lock. A membership is
   * invisible (NOT_FOUND) to anyone who may not read that organisation's members.
   */
  private async lockTarget(
    viewer: Viewer,
    membershipId: string,
    manager: EntityManager,
  ): Promise<{ target: MembershipEntity; team: MembershipEntity[]; granted: OrganizationAccess }> {
    if (!isUuid(membershipId)) throw notFound();
    const repository = manager.getRepository(MembershipEntity);
    const located = await repository.findOneBy({ id: membershipId });
    if (!located) throw notFound();
    const team = await repository
      .createQueryBuilder('m')
      .where('m.organizationId = :organizationId', { organizationId: located.organizationId })
      .orderBy('m.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
    const target = team.find((membership) => membership.id === membershipId);
    if (!target) throw notFound();
    const granted = await this.organizations.access(viewer, target.organizationId, manager);
    if (
      target.userId !== viewer.userId &&
      !can(viewer, 'members.read', organizationResource(target.organizationId, granted.facts))
    ) {
      throw notFound();
    }
    return { target, team, granted };
  }
}

function membershipResource(target: MembershipEntity, granted: OrganizationAccess): MembershipResource {
  return {
    kind: 'membership',
    organization: granted.facts,
    member: { userId: target.userId, role: target.role },
  };
}

function ownerCount(team: MembershipEntity[]): number {
  return team.filter((membership) => membership.role === MembershipRole.OWNER).length;
}
