import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type Logger } from 'pino';
import { DataSource, type EntityManager, QueryFailedError, Repository } from 'typeorm';
import {
  LIMITS,
  MembershipRole,
  RelationshipStatus,
  dateIn,
  electionPhase,
  roleAtLeast,
  staleAfterDays,
} from '@ecw/domain';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { LOGGER } from '../../core/core.module.js';
import { forbidden, invalidInput, notFound } from '../../core/errors/domain.exception.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { NotificationService, type NotificationKind } from '../../notifications/notification.service.js';
import { announceAll, type Announcement } from '../../core/transaction/announcements.js';
import { MembershipService } from '../../organizations/membership.service.js';
import { type OrganizationEntity } from '../../organizations/organization.entity.js';
import { organizationColumns, organizationFromPrefixedRow } from '../../organizations/organization-rows.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { organizationScopeSql } from '../../core/policy/resources/organization.policy.js';
import { isUuid } from '../../core/validation/uuid.js';
import { type ProposeRelationshipInput } from '../dtos/propose-relationship.input.js';
import { ElectionService } from '../elections/election.service.js';
import { recipientOnly, relationshipAdminOnly, relationshipExists, wrongStatus } from '../planning.errors.js';
import { AccessEvents } from '../../core/policy/access-events.js';
import { can } from '../../core/policy/can.js';
import {
  relationshipResource,
  relationshipScopeSql,
  subjectRoleSql,
  type RelationshipAction,
  type RelationshipFacts,
} from '../../core/policy/resources/relationship.policy.js';
import { RelationshipEntity, sidesOf } from './relationship.entity.js';
import { proposeRelationshipRules } from './relationship.rules.js';

/** A relationship and the viewer's standing in it. */
export interface RelationshipAccess {
  relationship: RelationshipEntity;
  facts: RelationshipFacts;
}

/** A row of `relationshipColumns` (and maybe more columns beside them). */
type RelationshipRow = Record<string, unknown> &
  RelationshipEntity & {
    proposerRole: MembershipRole | null;
    recipientRole: MembershipRole | null;
  };

/** The columns of relationship `r` and the viewer's role on each side; `viewer` is the viewer id's parameter. */
function relationshipColumns(viewer: string): string {
  return `r.id, r.proposer_organization_id AS "proposerOrganizationId",
    r.recipient_organization_id AS "recipientOrganizationId", r.election_id AS "electionId",
    r.status, r.created_by AS "createdBy", r.created_at AS "createdAt",
    r.accepted_at AS "acceptedAt", r.ended_at AS "endedAt",
    ${subjectRoleSql('r.proposer_organization_id', viewer)} AS "proposerRole",
    ${subjectRoleSql('r.recipient_organization_id', viewer)} AS "recipientRole"`;
}

/** Column prefixes of the two sides' organisations in `readable`'s statement. */
const PROPOSER = 'proposer.';
const RECIPIENT = 'recipient.';

const STALE_AFTER_BY_ELECTION = Symbol('planning.staleAfterDaysByElection');
const VISIBLE_BY_ID = Symbol('planning.visibleRelationshipsById');
const UNIQUE_VIOLATION = '23505';

@Injectable()
export class RelationshipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RelationshipEntity) private readonly relationships: Repository<RelationshipEntity>,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly elections: ElectionService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditLogService,
    private readonly accessEvents: AccessEvents,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * The relationship and the viewer's roles on its two sides. NOT_FOUND when it does not exist, the
   * id is malformed, or the viewer belongs to neither side: all look alike from outside.
   * `lock` takes a row lock so status changes run one after another.
   */
  async access(
    viewer: Viewer,
    relationshipId: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<RelationshipAccess> {
    if (!isUuid(relationshipId)) throw notFound();
    // Hand-written: every registry read starts here, and the query builder's cost showed in its profile.
    const rows: RelationshipRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT ${relationshipColumns('$2')} FROM relationships r WHERE r.id = $1${lock ? ' FOR UPDATE OF r' : ''}`,
      [relationshipId, viewer.userId],
    );
    return this.granted(viewer, rows[0]);
  }

  /**
   * `relationship(id)`: as `access`, and in the same statement both sides' organisations as the
   * viewer may see them, handed to the request's organisation loader. The registry shows the two
   * sides and each contact's side, always one of these two: a statement of their own was one
   * round trip of the five a registry read made against the baseline's three (docs/benchmarks.md).
   */
  async readable(ctx: RequestContext, viewer: Viewer, relationshipId: string): Promise<RelationshipEntity> {
    if (!isUuid(relationshipId)) throw notFound();
    const proposer = organizationScopeSql('p', viewer);
    const recipient = organizationScopeSql('q', viewer);
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT ${relationshipColumns(':viewerId')},
              ${organizationColumns('p', PROPOSER)}, ${organizationColumns('q', RECIPIENT)}
         FROM relationships r
         LEFT JOIN organizations p ON p.id = r.proposer_organization_id AND ${proposer.sql}
         LEFT JOIN organizations q ON q.id = r.recipient_organization_id AND ${recipient.sql}
        WHERE r.id = :relationshipId`,
      { ...proposer.params, ...recipient.params, relationshipId, viewerId: viewer.userId },
    );
    const rows: RelationshipRow[] = await this.dataSource.query(sql, values);
    const { relationship } = this.granted(viewer, rows[0]);
    const [row] = rows;
    if (row) {
      this.organizations.primeVisible(
        ctx,
        new Map([
          [relationship.proposerOrganizationId, organizationFromPrefixedRow(row, PROPOSER)],
          [relationship.recipientOrganizationId, organizationFromPrefixedRow(row, RECIPIENT)],
        ]),
      );
    }
    return relationship;
  }

  /** The relationship of a `relationshipColumns` row and the viewer's facts; NOT_FOUND unless it may be read. */
  private granted(viewer: Viewer, row: RelationshipRow | undefined): RelationshipAccess {
    if (!row) throw notFound();
    const relationship = Object.assign(new RelationshipEntity(), {
      id: row.id,
      proposerOrganizationId: row.proposerOrganizationId,
      recipientOrganizationId: row.recipientOrganizationId,
      electionId: row.electionId,
      status: row.status,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
      acceptedAt: row.acceptedAt,
      endedAt: row.endedAt,
    });
    const facts: RelationshipFacts = {
      proposerOrganizationId: relationship.proposerOrganizationId,
      recipientOrganizationId: relationship.recipientOrganizationId,
      proposerRole: row.proposerRole,
      recipientRole: row.recipientRole,
    };
    if (!can(viewer, 'relationship.read', relationshipResource(relationship.id, facts))) throw notFound();
    return { relationship, facts };
  }

  /** Relationships by id for a parent the viewer already saw (a contact point), batched and still scoped. */
  visibleById(
    ctx: RequestContext,
    viewer: Viewer,
    relationshipId: string,
  ): Promise<RelationshipEntity | null> {
    const loader = ctx.loaders.get(
      VISIBLE_BY_ID,
      () =>
        new DataLoader<string, RelationshipEntity | null>(async (ids) => {
          const visible = relationshipScopeSql('r', viewer);
          const rows = await this.relationships
            .createQueryBuilder('r')
            .where('r.id IN (:...ids)', { ids: [...ids] })
            .andWhere(visible.sql, visible.params)
            .getMany();
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
    return loader.load(relationshipId);
  }

  /**
   * Relationships of an organisation, newest first (at most a page: 100). Members only: anyone
   * else gets FORBIDDEN, not an empty list.
   */
  async listFor(viewer: Viewer, organizationId: string): Promise<RelationshipEntity[]> {
    const role = await this.memberships.roleOf(viewer.userId, organizationId);
    if (role === null) throw forbidden();
    const visible = relationshipScopeSql('r', viewer);
    return this.relationships
      .createQueryBuilder('r')
      .where(
        '(r.proposer_organization_id = :organizationId OR r.recipient_organization_id = :organizationId)',
        {
          organizationId,
        },
      )
      .andWhere(visible.sql, visible.params)
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(LIMITS.pageSizeMax)
      .getMany();
  }

  /**
   * By an OWNER or ADMIN of `from`, to another verified organisation; PENDING until the other side
   * accepts. Its OWNERs and ADMINs are notified, with the note.
   */
  async propose(viewer: Viewer, input: ProposeRelationshipInput): Promise<RelationshipEntity> {
    const fields = parseInput(proposeRelationshipRules, input);
    const { relationship, announcements } = await this.dataSource.transaction(async (manager) => {
      const from = await this.verifiedOrganization(
        viewer,
        fields.fromOrganizationId,
        'fromOrganizationId',
        manager,
      );
      const role = await this.memberships.roleOf(viewer.userId, from.id, manager);
      if (!roleAtLeast(role, MembershipRole.ADMIN)) throw relationshipAdminOnly();
      const to = await this.verifiedOrganization(
        viewer,
        fields.toOrganizationId,
        'toOrganizationId',
        manager,
      );
      if (fields.electionId) {
        try {
          await this.elections.get(fields.electionId, manager);
        } catch {
          throw invalidInput([{ field: 'electionId', message: 'planning.field.unknownElection' }]);
        }
      }
      const relationships = manager.getRepository(RelationshipEntity);
      const relationship = await this.insertOpen(
        manager,
        relationships.create({
          proposerOrganizationId: from.id,
          recipientOrganizationId: to.id,
          electionId: fields.electionId,
          status: RelationshipStatus.PENDING,
          createdBy: viewer.userId,
          acceptedAt: null,
          endedAt: null,
        }),
      );
      await this.recordForBothSides(viewer, 'relationship.proposed', relationship, manager);
      const announcements = await this.notifySide(
        to.id,
        'planning.relationshipProposed',
        { organization: from.name, counterpart: to.name, note: fields.note },
        relationship,
        manager,
      );
      return { relationship, announcements };
    });
    await announceAll(announcements, this.logger);
    return relationship;
  }

  /** Only an OWNER or ADMIN of the side that was asked; only while PENDING. */
  async accept(viewer: Viewer, relationshipId: string): Promise<RelationshipEntity> {
    return this.changeStatus(viewer, relationshipId, 'relationship.accept', async (relationship, manager) => {
      if (relationship.status !== RelationshipStatus.PENDING) throw wrongStatus();
      relationship.status = RelationshipStatus.ACTIVE;
      relationship.acceptedAt = new Date();
      await manager.getRepository(RelationshipEntity).save(relationship);
      await this.recordForBothSides(viewer, 'relationship.accepted', relationship, manager);
      return this.notifyOther(
        viewer,
        relationship,
        relationship.recipientOrganizationId,
        'planning.relationshipAccepted',
        manager,
      );
    });
  }

  /** An OWNER or ADMIN of either side ends it (or withdraws or declines a proposal); history stays read-only. */
  async end(viewer: Viewer, relationshipId: string): Promise<RelationshipEntity> {
    return this.changeStatus(
      viewer,
      relationshipId,
      'relationship.end',
      async (relationship, manager, facts) => {
        if (relationship.status === RelationshipStatus.ENDED) throw wrongStatus();
        relationship.status = RelationshipStatus.ENDED;
        relationship.endedAt = new Date();
        await manager.getRepository(RelationshipEntity).save(relationship);
        await this.recordForBothSides(viewer, 'relationship.ended', relationship, manager);
        const actingSide = roleAtLeast(facts.proposerRole, MembershipRole.ADMIN)
          ? relationship.proposerOrganizationId
          : relationship.recipientOrganizationId;
        return this.notifyOther(viewer, relationship, actingSide, 'planning.relationshipEnded', manager);
      },
    );
  }

  /**
   * 14 days while the relationship's election is in its ELECTION_PERIOD, else 90; batched per
   * request by election.
   */
  staleAfterDaysOf(ctx: RequestContext, electionId: string | null): Promise<number> {
    if (!electionId) return Promise.resolve(staleAfterDays(null));
    const loader = ctx.loaders.get(
      STALE_AFTER_BY_ELECTION,
      () =>
        new DataLoader<string, number>(async (ids) => {
          const now = new Date();
          return Promise.all(
            ids.map(async (id) => {
              const election = await this.elections.byId(ctx, id);
              if (!election) return staleAfterDays(null);
              const phase = electionPhase(
                { startsOn: election.periodStartsOn, endsOn: election.periodEndsOn },
                dateIn(election.timeZone, now),
              );
              return staleAfterDays(phase);
            }),
          );
        }),
    );
    return loader.load(electionId);
  }

  private async changeStatus(
    viewer: Viewer,
    relationshipId: string,
    action: RelationshipAction,
    change: (
      relationship: RelationshipEntity,
      manager: EntityManager,
      facts: RelationshipFacts,
    ) => Promise<Announcement[]>,
  ): Promise<RelationshipEntity> {
    const { relationship, announcements } = await this.dataSource.transaction(async (manager) => {
      const { relationship, facts } = await this.access(viewer, relationshipId, manager, true);
      if (!can(viewer, action, relationshipResource(relationshipId, facts))) {
        throw action === 'relationship.accept' && facts.proposerRole !== null
          ? recipientOnly()
          : relationshipAdminOnly();
      }
      const announcements = await change(relationship, manager, facts);
      return {
        relationship,
        announcements: [...announcements, ...(await this.accessChanged(relationship, manager))],
      };
    });
    await announceAll(announcements, this.logger);
    return relationship;
  }

  /**
   * `access:changed` for every member of both sides: what they may do in the relationship changed
   * (an ENDED registry takes no writes), so their open subscriptions ask the policy again.
   */
  private async accessChanged(
    relationship: RelationshipEntity,
    manager: EntityManager,
  ): Promise<Announcement[]> {
    const members = await this.memberships.memberIdsOf(sidesOf(relationship), manager);
    const resource = { kind: 'relationship' as const, id: relationship.id };
    return members.map((userId) => this.accessEvents.changed(userId, resource));
  }

  /** The unique index refuses a second open relationship for the pair and election, even under races. */
  private async insertOpen(
    manager: EntityManager,
    relationship: RelationshipEntity,
  ): Promise<RelationshipEntity> {
    try {
      // A savepoint keeps the surrounding transaction usable when the insert is refused.
      return await manager.transaction((inner) => inner.getRepository(RelationshipEntity).save(relationship));
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw relationshipExists();
      }
      throw error;
    }
  }

  private async verifiedOrganization(
    viewer: Viewer,
    organizationId: string,
    field: string,
    manager: EntityManager,
  ): Promise<OrganizationEntity> {
    let organization: OrganizationEntity;
    try {
      organization = (await this.organizations.access(viewer, organizationId, manager)).organization;
    } catch {
      throw invalidInput([{ field, message: 'planning.field.notVerifiedOrganization' }]);
    }
    // Both sides must be verified: each must be able to see the other.
    if (!organization.verifiedAt)
      throw invalidInput([{ field, message: 'planning.field.notVerifiedOrganization' }]);
    return organization;
  }

  private async recordForBothSides(
    viewer: Viewer,
    action: 'relationship.proposed' | 'relationship.accepted' | 'relationship.ended',
    relationship: RelationshipEntity,
    manager: EntityManager,
  ): Promise<void> {
    for (const organizationId of sidesOf(relationship)) {
      await this.audit.record(
        {
          action,
          actorId: viewer.userId,
          organizationId,
          targetType: 'relationship',
          targetId: relationship.id,
        },
        manager,
      );
    }
  }

  /** Tells the side other than `actingSide` what `actingSide` did. */
  private async notifyOther(
    viewer: Viewer,
    relationship: RelationshipEntity,
    actingSide: string,
    kind: NotificationKind,
    manager: EntityManager,
  ): Promise<Announcement[]> {
    const [a, b] = sidesOf(relationship);
    const other = actingSide === a ? b : a;
    const names = await this.names(viewer, [actingSide, other], manager);
    return this.notifySide(
      other,
      kind,
      { organization: names[0], counterpart: names[1] },
      relationship,
      manager,
    );
  }

  private async notifySide(
    organizationId: string,
    kind: NotificationKind,
    params: Record<string, string>,
    relationship: RelationshipEntity,
    manager: EntityManager,
  ): Promise<Announcement[]> {
    const announcements: Announcement[] = [];
    for (const userId of await this.memberships.managerIdsOf(organizationId, manager)) {
      const notification = await this.notifications.notify(
        { userId, kind, params, link: `/relationships/${relationship.id}` },
        manager,
      );
      announcements.push(notification.announce);
    }
    return announcements;
  }

  /** Both sides are verified organisations, so the acting viewer may read their names. */
  private async names(viewer: Viewer, organizationIds: string[], manager: EntityManager): Promise<string[]> {
    const found = await Promise.all(
      organizationIds.map((id) => this.organizations.access(viewer, id, manager)),
    );
    return found.map(({ organization }) => organization.name);
  }
}
