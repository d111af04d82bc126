import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { OrganizationKind, electionPeriod, roleAtLeast, MembershipRole } from '@ecw/domain';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { invalidInput, notFound } from '../../core/errors/domain.exception.js';
import { pageSize, toConnection, type ConnectionShape } from '../../core/graphql/connection.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { MembershipService } from '../../organizations/membership.service.js';
import { type OrganizationEntity } from '../../organizations/organization.entity.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { isUuid } from '../../core/validation/uuid.js';
import { keysetPosition } from '../../core/pagination/keyset.js';
import { type AddBlackoutWindowInput } from '../dtos/add-blackout-window.input.js';
import { type CreateElectionInput } from '../dtos/create-election.input.js';
import { type ElectionFilter } from '../dtos/election-filter.input.js';
import { toElectionOutput, type ElectionOutput } from '../dtos/election.output.js';
import { type MilestoneInput } from '../dtos/milestone.input.js';
import {
  needsVerifiedMembership,
  notAuthorityMember,
  authorityOnly,
  timelineOwnerOnly,
  unverifiedAuthority,
} from '../planning.errors.js';
import { can } from '../../core/policy/can.js';
import { containsPattern } from '../../core/database/like-pattern.js';
import {
  electionCreatorSql,
  electionResource,
  type ElectionFacts,
} from '../../core/policy/resources/election.policy.js';
import { BlackoutWindowEntity } from './blackout-window.entity.js';
import { ElectionEntity } from './election.entity.js';
import {
  addMilestoneRules,
  blackoutWindowRules,
  createElectionRules,
  electionFilterRules,
  type MilestoneFields,
} from './election.rules.js';
import { MilestoneEntity } from './milestone.entity.js';

const ELECTIONS_BY_ID = Symbol('planning.electionsById');
const MILESTONES_BY_ELECTION = Symbol('planning.milestonesByElection');
const BLACKOUTS_BY_ELECTION = Symbol('planning.blackoutWindowsByElection');

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Groups rows by a key, keeping their order, one list per requested key. */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Elections and their public timeline: milestones and the authority's blackout windows. */
@Injectable()
export class ElectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ElectionEntity) private readonly elections: Repository<ElectionEntity>,
    @InjectRepository(MilestoneEntity) private readonly milestones: Repository<MilestoneEntity>,
    @InjectRepository(BlackoutWindowEntity)
    private readonly blackoutWindows: Repository<BlackoutWindowEntity>,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly audit: AuditLogService,
  ) {}

  /** Any signed-in account reads any election; a malformed or unknown id is NOT_FOUND. */
  async get(electionId: string, manager?: EntityManager): Promise<ElectionEntity> {
    if (!isUuid(electionId)) throw notFound();
    const repository = manager?.getRepository(ElectionEntity) ?? this.elections;
    const election = await repository.findOneBy({ id: electionId });
    if (!election) throw notFound();
    return election;
  }

  /**
   * An election by id, batched per request: for other features (consultations, reviews,
   * relationships) resolving their `election` field. Null when it does not exist.
   */
  byId(ctx: RequestContext, electionId: string): Promise<ElectionEntity | null> {
    if (!isUuid(electionId)) return Promise.resolve(null);
    const loader = ctx.loaders.get(
      ELECTIONS_BY_ID,
      () =>
        new DataLoader<string, ElectionEntity | null>(async (ids) => {
          const found = await this.elections
            .createQueryBuilder('e')
            .where('e.id IN (:...ids)', { ids: [...ids] })
            .getMany();
          const byId = new Map(found.map((election) => [election.id, election]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
    return loader.load(electionId);
  }

  /** `byId`, mapped to the GraphQL type with today's phase: what another feature's `election` field returns. */
  async outputById(ctx: RequestContext, electionId: string): Promise<ElectionOutput | null> {
    const election = await this.byId(ctx, electionId);
    return election ? toElectionOutput(election, new Date()) : null;
  }

  /** By election day then id, with keyset cursors; the phase filter compares with today in each election's zone. */
  async list(
    first: number | null | undefined,
    after: string | null | undefined,
    filterInput: ElectionFilter | null | undefined,
    now: Date,
  ): Promise<ConnectionShape<ElectionOutput>> {
    const limit = pageSize(first);
    const { filter } = parseInput(electionFilterRules, { filter: filterInput ?? {} });
    const position = keysetPosition(after, [isDate, (value) => isUuid(value)]);
    const query = this.elections.createQueryBuilder('e');
    if (filter.countryCode)
      query.andWhere('e.country_code = :countryCode', { countryCode: filter.countryCode });
    if (filter.from) query.andWhere('e.election_day >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.election_day <= :to', { to: filter.to });
    if (filter.search) {
      query.andWhere(`(e.name ILIKE :pattern ESCAPE '\\' OR e.country_code = upper(:search))`, {
        pattern: containsPattern(filter.search),
        search: filter.search,
      });
    }
    if (filter.phase) {
      const today = `(CAST(:now AS timestamptz) AT TIME ZONE e.time_zone)::date`;
      const phaseSql = {
        PRE_ELECTION: `${today} < e.period_starts_on`,
        ELECTION_PERIOD: `${today} BETWEEN e.period_starts_on AND e.period_ends_on`,
        POST_ELECTION: `${today} > e.period_ends_on`,
      }[filter.phase];
      query.andWhere(phaseSql, { now: now.toISOString() });
    }
    const totalCount = await query.clone().getCount();
    const page = query
      .orderBy('e.election_day', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .limit(limit + 1);
    if (position) {
      page.andWhere('(e.election_day, e.id) > (CAST(:afterDay AS date), CAST(:afterId AS uuid))', {
        afterDay: position[0],
        afterId: position[1],
      });
    }
    return toConnection(
      await page.getMany(),
      limit,
      totalCount,
      (election) => [election.electionDay, election.id],
      (election) => toElectionOutput(election, now),
    );
  }

  /** Milestones of an election, ordered by start, batched per request. */
  milestonesOf(ctx: RequestContext, electionId: string): Promise<MilestoneEntity[]> {
    const loader = ctx.loaders.get(
      MILESTONES_BY_ELECTION,
      () =>
        new DataLoader<string, MilestoneEntity[]>(async (ids) => {
          const rows = await this.milestones
            .createQueryBuilder('m')
            .where('m.election_id IN (:...ids)', { ids: [...ids] })
            .orderBy('m.starts_on', 'ASC')
            .addOrderBy('m.id', 'ASC')
            .getMany();
          return groupBy(ids, rows, (row) => row.electionId);
        }),
    );
    return loader.load(electionId);
  }

  /** Blackout windows of an election, ordered by start, batched per request. */
  blackoutWindowsOf(ctx: RequestContext, electionId: string): Promise<BlackoutWindowEntity[]> {
    const loader = ctx.loaders.get(
      BLACKOUTS_BY_ELECTION,
      () =>
        new DataLoader<string, BlackoutWindowEntity[]>(async (ids) => {
          const rows = await this.blackoutWindows
            .createQueryBuilder('b')
            .where('b.election_id IN (:...ids)', { ids: [...ids] })
            .orderBy('b.starts_on', 'ASC')
            .addOrderBy('b.id', 'ASC')
            .getMany();
          return groupBy(ids, rows, (row) => row.electionId);
        }),
    );
    return loader.load(electionId);
  }

  /**
   * MEMBER or above of a verified organisation; with an authority, the creator must also be MEMBER
   * or above of it, and it must be a verified election authority the creator can see.
   */
  async create(viewer: Viewer, input: CreateElectionInput): Promise<ElectionEntity> {
    const fields = parseInput(createElectionRules, input);
    return this.dataSource.transaction(async (manager) => {
      const verifiedWriter = electionCreatorSql(viewer);
      const [{ allowed }] = (await manager.query(verifiedWriter.sql, verifiedWriter.params)) as [
        { allowed: boolean },
      ];
      if (!allowed) throw needsVerifiedMembership();
      if (fields.authorityOrganizationId)
        await this.assertAuthorityMember(viewer, fields.authorityOrganizationId, manager);
      const elections = manager.getRepository(ElectionEntity);
      const period = electionPeriod(fields.electionDay, fields.milestones);
      const election = await elections.save(
        elections.create({
          name: fields.name,
          countryCode: fields.countryCode,
          type: fields.type,
          electionDay: fields.electionDay,
          timeZone: fields.timeZone,
          authorityOrganizationId: fields.authorityOrganizationId,
          periodStartsOn: period.startsOn,
          periodEndsOn: period.endsOn,
          createdBy: viewer.userId,
        }),
      );
      const milestones = manager.getRepository(MilestoneEntity);
      if (fields.milestones.length > 0) {
        await milestones.insert(
          fields.milestones.map((milestone) => ({ ...milestone, electionId: election.id })),
        );
      }
      await this.audit.record(
        {
          action: 'election.created',
          actorId: viewer.userId,
          organizationId: election.authorityOrganizationId,
          targetType: 'election',
          targetId: election.id,
          metadata: { milestones: fields.milestones.length },
        },
        manager,
      );
      return election;
    });
  }

  /** The authority's members (or, without an authority, the creator) add milestones; the period follows. */
  async addMilestone(viewer: Viewer, electionId: string, input: MilestoneInput): Promise<MilestoneEntity> {
    const fields = parseInput(addMilestoneRules, { electionId, input });
    return this.dataSource.transaction(async (manager) => {
      const election = await this.lockForTimeline(fields.electionId, manager);
      const facts = await this.timelineFacts(viewer, election, manager);
      if (!can(viewer, 'timeline.edit', electionResource(election.id, facts))) throw timelineOwnerOnly();
      const milestones = manager.getRepository(MilestoneEntity);
      const milestone = await milestones.save(
        milestones.create({ ...fields.input, electionId: election.id }),
      );
      await this.recomputePeriod(election, manager);
      await this.audit.record(
        {
          action: 'election.milestone_added',
          actorId: viewer.userId,
          organizationId: election.authorityOrganizationId,
          targetType: 'election',
          targetId: election.id,
          metadata: { kind: milestone.kind },
        },
        manager,
      );
      return milestone;
    });
  }

  /** The authority's members only: FORBIDDEN for anyone else, including on elections without an authority. */
  async addBlackoutWindow(viewer: Viewer, input: AddBlackoutWindowInput): Promise<BlackoutWindowEntity> {
    const fields = parseInput(blackoutWindowRules, input);
    return this.dataSource.transaction(async (manager) => {
      const election = await this.get(fields.electionId, manager);
      const facts = await this.timelineFacts(viewer, election, manager);
      if (!can(viewer, 'blackoutWindows.set', electionResource(election.id, facts))) throw authorityOnly();
      const windows = manager.getRepository(BlackoutWindowEntity);
      const window = await windows.save(
        windows.create({
          electionId: election.id,
          startsOn: fields.startsOn,
          endsOn: fields.endsOn,
          reason: fields.reason,
          createdBy: viewer.userId,
        }),
      );
      await this.audit.record(
        {
          action: 'election.blackout_window_added',
          actorId: viewer.userId,
          organizationId: election.authorityOrganizationId,
          targetType: 'election',
          targetId: election.id,
        },
        manager,
      );
      return window;
    });
  }

  private async assertAuthorityMember(
    viewer: Viewer,
    organizationId: string,
    manager: EntityManager,
  ): Promise<void> {
    let organization: OrganizationEntity;
    try {
      ({ organization } = await this.organizations.access(viewer, organizationId, manager));
    } catch {
      // Invisible and unknown look alike: the field is refused either way.
      throw invalidInput([
        { field: 'authorityOrganizationId', message: 'planning.field.notAuthorityMember' },
      ]);
    }
    if (organization.kind !== OrganizationKind.ELECTION_AUTHORITY) {
      throw invalidInput([
        { field: 'authorityOrganizationId', message: 'planning.field.notAuthorityMember' },
      ]);
    }
    const role = await this.memberships.roleOf(viewer.userId, organizationId, manager);
    if (!roleAtLeast(role, MembershipRole.MEMBER)) throw notAuthorityMember();
    // Anyone may create an organisation of kind ELECTION_AUTHORITY: until a platform admin has
    // verified it, it must not own an election's timeline or its blackout windows.
    if (!organization.verifiedAt) throw unverifiedAuthority();
  }

  private async timelineFacts(
    viewer: Viewer,
    election: ElectionEntity,
    manager: EntityManager,
  ): Promise<ElectionFacts> {
    const authorityRole = election.authorityOrganizationId
      ? await this.memberships.roleOf(viewer.userId, election.authorityOrganizationId, manager)
      : null;
    return {
      authorityOrganizationId: election.authorityOrganizationId,
      createdBy: election.createdBy,
      authorityRole,
    };
  }

  /** The election row, locked so concurrent milestone changes recompute the period one after another. */
  private async lockForTimeline(electionId: string, manager: EntityManager): Promise<ElectionEntity> {
    if (!isUuid(electionId)) throw notFound();
    const election = await manager
      .getRepository(ElectionEntity)
      .createQueryBuilder('e')
      .setLock('pessimistic_write')
      .where('e.id = :electionId', { electionId })
      .getOne();
    if (!election) throw notFound();
    return election;
  }

  private async recomputePeriod(election: ElectionEntity, manager: EntityManager): Promise<void> {
    const all: MilestoneFields[] = await manager.getRepository(MilestoneEntity).find({
      where: { electionId: election.id },
      select: { kind: true, startsOn: true, endsOn: true, title: true, notes: true },
    });
    const period = electionPeriod(election.electionDay, all);
    await manager
      .getRepository(ElectionEntity)
      .update({ id: election.id }, { periodStartsOn: period.startsOn, periodEndsOn: period.endsOn });
  }
}
