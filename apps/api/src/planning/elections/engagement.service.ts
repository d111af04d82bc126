import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, Repository } from 'typeorm';
import { type MembershipRole } from '@ecw/domain';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { invalidInput } from '../../core/errors/domain.exception.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { MembershipService } from '../../organizations/membership.service.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { type ScheduleEngagementInput } from '../dtos/schedule-engagement.input.js';
import { notTakingPart } from '../planning.errors.js';
import { can } from '../../core/policy/can.js';
import { engagementResource, engagementScopeSql } from '../../core/policy/resources/engagement.policy.js';
import { BlackoutWindowEntity } from './blackout-window.entity.js';
import { ElectionService } from './election.service.js';
import { scheduleEngagementRules } from './election.rules.js';
import { EngagementEntity, EngagementOrganizationEntity } from './engagement.entity.js';

const VISIBLE_BY_ELECTION = Symbol('planning.visibleEngagementsByElection');
const CONFLICTS_BY_ENGAGEMENT = Symbol('planning.conflictsByEngagement');
const ORGANIZATIONS_BY_ENGAGEMENT = Symbol('planning.organizationIdsByEngagement');

/**
 * A blackout window covers whole days in the election's time zone: from midnight of its first day
 * to midnight after its last. An engagement conflicts when the two ranges overlap.
 */
const CONFLICT_SQL = `
  SELECT eg.id AS engagement_id, b.id, to_char(b.starts_on, 'YYYY-MM-DD') AS starts_on,
         to_char(b.ends_on, 'YYYY-MM-DD') AS ends_on, b.reason
  FROM engagements eg
  JOIN elections e ON e.id = eg.election_id
  JOIN blackout_windows b ON b.election_id = eg.election_id
  WHERE eg.id = ANY($1::uuid[])
    AND (b.starts_on::timestamp AT TIME ZONE e.time_zone) < eg.ends_at
    AND ((b.ends_on + 1)::timestamp AT TIME ZONE e.time_zone) > eg.starts_at
  ORDER BY b.starts_on, b.id`;

interface ConflictRow {
  engagement_id: string;
  id: string;
  starts_on: string;
  ends_on: string;
  reason: string | null;
}

/** Engagements between organisations around an election, visible only to those taking part. */
@Injectable()
export class EngagementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(EngagementEntity) private readonly engagements: Repository<EngagementEntity>,
    private readonly elections: ElectionService,
    private readonly organizations: OrganizationService,
    private readonly memberships: MembershipService,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * The scheduler must be MEMBER or above of one of the organisations taking part; each of them
   * must be an organisation the scheduler can see.
   */
  async schedule(viewer: Viewer, input: ScheduleEngagementInput): Promise<EngagementEntity> {
    const fields = parseInput(scheduleEngagementRules, input);
    return this.dataSource.transaction(async (manager) => {
      const election = await this.elections.get(fields.electionId, manager);
      const takingPartRoles: MembershipRole[] = [];
      for (const [index, organizationId] of fields.organizationIds.entries()) {
        try {
          await this.organizations.access(viewer, organizationId, manager);
        } catch {
          throw invalidInput([
            { field: `organizationIds.${index}`, message: 'planning.field.notAnOrganization' },
          ]);
        }
        const role = await this.memberships.roleOf(viewer.userId, organizationId, manager);
        if (role) takingPartRoles.push(role);
      }
      if (!can(viewer, 'engagement.schedule', engagementResource('', { takingPartRoles })))
        throw notTakingPart();
      const engagements = manager.getRepository(EngagementEntity);
      const engagement = await engagements.save(
        engagements.create({
          electionId: election.id,
          kind: fields.kind,
          title: fields.title,
          startsAt: fields.startsAt,
          endsAt: fields.endsAt,
          createdBy: viewer.userId,
        }),
      );
      await manager
        .getRepository(EngagementOrganizationEntity)
        .insert(
          fields.organizationIds.map((organizationId) => ({ engagementId: engagement.id, organizationId })),
        );
      for (const organizationId of fields.organizationIds) {
        await this.audit.record(
          {
            action: 'engagement.scheduled',
            actorId: viewer.userId,
            organizationId,
            targetType: 'engagement',
            targetId: engagement.id,
            metadata: { electionId: election.id, kind: engagement.kind },
          },
          manager,
        );
      }
      return engagement;
    });
  }

  /** The engagements of an election one of the viewer's organisations takes part in (scoped in SQL), by start. */
  visibleFor(ctx: RequestContext, viewer: Viewer, electionId: string): Promise<EngagementEntity[]> {
    const loader = ctx.loaders.get(
      VISIBLE_BY_ELECTION,
      () =>
        new DataLoader<string, EngagementEntity[]>(async (ids) => {
          const visible = engagementScopeSql('g', viewer);
          const rows = await this.engagements
            .createQueryBuilder('g')
            .where('g.election_id IN (:...ids)', { ids: [...ids] })
            .andWhere(visible.sql, visible.params)
            .orderBy('g.starts_at', 'ASC')
            .addOrderBy('g.id', 'ASC')
            .getMany();
          const groups = new Map<string, EngagementEntity[]>(ids.map((id) => [id, []]));
          for (const row of rows) groups.get(row.electionId)?.push(row);
          return ids.map((id) => groups.get(id) ?? []);
        }),
    );
    return loader.load(electionId);
  }

  /** The blackout windows each engagement overlaps, batched per request. */
  conflictsOf(ctx: RequestContext, engagementId: string): Promise<BlackoutWindowEntity[]> {
    const loader = ctx.loaders.get(
      CONFLICTS_BY_ENGAGEMENT,
      () =>
        new DataLoader<string, BlackoutWindowEntity[]>(async (ids) => {
          const rows = (await this.dataSource.query(CONFLICT_SQL, [[...ids]])) as ConflictRow[];
          const groups = new Map<string, BlackoutWindowEntity[]>(ids.map((id) => [id, []]));
          for (const row of rows) {
            groups.get(row.engagement_id)?.push(
              Object.assign(new BlackoutWindowEntity(), {
                id: row.id,
                startsOn: row.starts_on,
                endsOn: row.ends_on,
                reason: row.reason,
              }),
            );
          }
          return ids.map((id) => groups.get(id) ?? []);
        }),
    );
    return loader.load(engagementId);
  }

  /** Ids of the organisations taking part in each engagement, batched per request. */
  organizationIdsOf(ctx: RequestContext, engagementId: string): Promise<string[]> {
    const loader = ctx.loaders.get(
      ORGANIZATIONS_BY_ENGAGEMENT,
      () =>
        new DataLoader<string, string[]>(async (ids) => {
          const rows = await this.dataSource
            .getRepository(EngagementOrganizationEntity)
            .createQueryBuilder('eo')
            .where('eo.engagement_id IN (:...ids)', { ids: [...ids] })
            .orderBy('eo.organization_id', 'ASC')
            .getMany();
          const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
          for (const row of rows) groups.get(row.engagementId)?.push(row.organizationId);
          return ids.map((id) => groups.get(id) ?? []);
        }),
    );
    return loader.load(engagementId);
  }
}
