import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AttributionRule,
  BriefVisibility,
  ConsultationErrorReason,
  ConsultationEventKind,
  ConsultationStatus,
  MembershipRole,
} from '@ecw/domain';
import { AuditLogService, type AuditAction } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { forbidden, invalidInput } from '../core/errors/domain.exception.js';
import { parseInput } from '../core/validation/parse-input.js';
import { type OrganizationEntity } from '../organizations/organization.entity.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { ElectionService } from '../planning/elections/election.service.js';
import { consultationError } from './consultation.errors.js';
import { AccessEvents } from '../core/policy/access-events.js';
import { can } from '../core/policy/can.js';
import { type Announcement } from '../core/transaction/announcements.js';
import { consultationResource } from '../core/policy/resources/consultation.policy.js';
import { organizationResource } from '../core/policy/resources/organization.policy.js';
import { type ConsultationRecord } from './consultation.record.js';
import { ConsultationEvents } from './consultation-events.js';
import { ConsultationNotifier } from './consultation-notifier.js';
import { ConsultationReader } from './consultation-reader.service.js';
import {
  createConsultationRules,
  inviteRules,
  outcomeRules,
  removeParticipantRules,
  updateConsultationRules,
} from './consultations.rules.js';
import { type CreateConsultationInput } from './dtos/create-consultation.input.js';
import { type UpdateConsultationInput } from './dtos/update-consultation.input.js';

/** Which status a transition starts from and where it leads. */
const TRANSITIONS = {
  open: { from: [ConsultationStatus.DRAFT], to: ConsultationStatus.OPEN, audit: 'consultation.opened' },
  close: { from: [ConsultationStatus.OPEN], to: ConsultationStatus.CLOSED, audit: 'consultation.closed' },
  archive: {
    from: [ConsultationStatus.DRAFT, ConsultationStatus.CLOSED],
    to: ConsultationStatus.ARCHIVED,
    audit: 'consultation.archived',
  },
} as const satisfies Record<
  string,
  { from: ConsultationStatus[]; to: ConsultationStatus; audit: AuditAction }
>;

export type ConsultationTransition = keyof typeof TRANSITIONS;

/** The consultation's lifecycle, run by the convenor's members (MEMBER or above). */
@Injectable()
export class ConsultationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: ConsultationReader,
    private readonly organizations: OrganizationService,
    private readonly audit: AuditLogService,
    private readonly notifier: ConsultationNotifier,
    private readonly elections: ElectionService,
    private readonly accessEvents: AccessEvents,
    private readonly events: ConsultationEvents,
  ) {}

  async create(viewer: Viewer, input: CreateConsultationInput): Promise<ConsultationRecord> {
    const fields = parseInput(createConsultationRules, input);
    const { facts } = await this.organizations.access(viewer, fields.convenorOrganizationId);
    if (!can(viewer, 'consultations.convene', organizationResource(fields.convenorOrganizationId, facts))) {
      throw forbidden();
    }
    if (fields.electionId) await this.existingElection(fields.electionId);
    const id = await this.dataSource.transaction(async (manager) => {
      const [{ id: created }] = (await manager.query(
        `INSERT INTO consultations (convenor_organization_id, election_id, title, description, country_codes,
           attribution_rule, brief_visibility, opens_at, closes_at, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          fields.convenorOrganizationId,
          fields.electionId,
          fields.title,
          fields.description,
          fields.countryCodes,
          fields.attributionRule,
          fields.briefVisibility,
          fields.opensAt,
          fields.closesAt,
          viewer.userId,
        ],
      )) as [{ id: string }];
      if (fields.questions.length > 0) {
        await manager.query(
          `INSERT INTO consultation_questions (consultation_id, prompt, position)
           SELECT $1, prompt, ordinality::int - 1 FROM unnest($2::text[]) WITH ORDINALITY AS q(prompt, ordinality)`,
          [created, fields.questions],
        );
      }
      await this.record(manager, 'consultation.created', viewer, fields.convenorOrganizationId, created, {
        attributionRule: fields.attributionRule,
        briefVisibility: fields.briefVisibility,
        questions: fields.questions.length,
      });
      return created;
    });
    return this.reader.readable(viewer, id);
  }

  /**
   * Title, description, closing time, and the protections briefs are written under: the attribution
   * rule is fixed once a brief was submitted, and neither it nor the briefs' visibility loosens once
   * a brief was started (a draft was written for the readers and the rule it was started under).
   */
  async update(viewer: Viewer, input: UpdateConsultationInput): Promise<ConsultationRecord> {
    const fields = parseInput(updateConsultationRules, input);
    await this.dataSource.transaction(async (manager) => {
      const consultation = await this.managed(viewer, fields.id, manager);
      if (consultation.status === ConsultationStatus.ARCHIVED)
        throw consultationError(ConsultationErrorReason.WRONG_STATUS);
      await this.refuseLooserProtection(manager, consultation, fields);
      const closesAt = fields.closesAt === undefined ? consultation.closesAt : fields.closesAt;
      if (closesAt && consultation.opensAt && closesAt <= consultation.opensAt) {
        throw invalidInput([{ field: 'closesAt', message: 'consultations.field.closesBeforeOpens' }]);
      }
      await manager.query(
        `UPDATE consultations SET title = coalesce($2, title), description = coalesce($3, description),
           closes_at = $4, attribution_rule = coalesce($5, attribution_rule),
           brief_visibility = coalesce($6, brief_visibility), updated_at = now() WHERE id = $1`,
        [
          consultation.id,
          fields.title ?? null,
          fields.description ?? null,
          closesAt,
          fields.attributionRule ?? null,
          fields.briefVisibility ?? null,
        ],
      );
      await this.record(
        manager,
        'consultation.updated',
        viewer,
        consultation.facts.convenorOrganizationId,
        consultation.id,
      );
    });
    return this.reader.readable(viewer, fields.id);
  }

  /** Invites organisations the convenor can see; each one's owners and admins are notified. */
  async invite(
    viewer: Viewer,
    consultationId: string,
    organizationIds: string[],
  ): Promise<ConsultationRecord> {
    const { organizationIds: ids } = parseInput(inviteRules, { organizationIds });
    const unique = [...new Set(ids)];
    const invited: OrganizationEntity[] = [];
    for (const organizationId of unique) invited.push(await this.organizations.get(viewer, organizationId));
    const announcements = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.managed(viewer, consultationId, manager);
      assertParticipantsMayChange(consultation.status);
      if (unique.includes(consultation.facts.convenorOrganizationId)) {
        throw invalidInput([{ field: 'organizationIds', message: 'error.badInput' }]);
      }
      const added: { organizationId: string }[] = await manager.query(
        `INSERT INTO consultation_participants (consultation_id, organization_id)
         SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING organization_id AS "organizationId"`,
        [consultation.id, unique],
      );
      await this.record(
        manager,
        'consultation.invited',
        viewer,
        consultation.facts.convenorOrganizationId,
        consultation.id,
        {
          organizations: added.length,
        },
      );
      const out = await this.accessChanged(manager, consultation.id, added);
      for (const { organizationId } of added) {
        const organization = invited.find((candidate) => candidate.id === organizationId);
        out.push(
          ...(await this.notifier.notifyMembers(
            manager,
            [organizationId],
            {
              kind: 'consultationInvited',
              params: {
                convenor: consultation.convenor.name,
                organization: organization?.name ?? '',
                consultation: consultation.title,
              },
              link: `/consultations/${consultation.id}`,
            },
            { exceptUserId: viewer.userId, roles: [MembershipRole.OWNER, MembershipRole.ADMIN] },
          )),
        );
      }
      return out;
    });
    await this.notifier.announce(announcements);
    return this.reader.readable(viewer, consultationId);
  }

  /**
   * Takes an invitation back before the consultation closes. The organisation's members lose the
   * consultation at once (their open subscriptions end at the next delivery); the briefs it already
   * submitted stay with the consultation, still redacted by its attribution rule.
   */
  async removeParticipant(
    viewer: Viewer,
    input: { consultationId: string; organizationId: string },
  ): Promise<ConsultationRecord> {
    const { consultationId, organizationId } = parseInput(removeParticipantRules, input);
    const announcements = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.managed(viewer, consultationId, manager);
      assertParticipantsMayChange(consultation.status);
      // Through a CTE: TypeORM hands back a bare DELETE's RETURNING as [rows, count].
      const removed: { organizationId: string }[] = await manager.query(
        `WITH removed AS (DELETE FROM consultation_participants WHERE consultation_id = $1 AND organization_id = $2
           RETURNING organization_id) SELECT organization_id AS "organizationId" FROM removed`,
        [consultation.id, organizationId],
      );
      if (removed.length === 0) {
        throw invalidInput([{ field: 'organizationId', message: 'consultations.field.notParticipant' }]);
      }
      await this.record(
        manager,
        'consultation.participant_removed',
        viewer,
        consultation.facts.convenorOrganizationId,
        consultation.id,
        { organizationId },
      );
      return this.accessChanged(manager, consultation.id, removed);
    });
    await this.notifier.announce(announcements);
    return this.reader.readable(viewer, consultationId);
  }

  /**
   * `access:changed` for every member of the organisations just invited or removed, announced after
   * commit: an open subscription of theirs re-checks the policy at its next delivery.
   */
  private async accessChanged(
    manager: EntityManager,
    consultationId: string,
    organizations: { organizationId: string }[],
  ): Promise<Announcement[]> {
    if (organizations.length === 0) return [];
    const members: { userId: string }[] = await manager.query(
      `SELECT DISTINCT user_id AS "userId" FROM memberships WHERE organization_id = ANY($1::uuid[])`,
      [organizations.map(({ organizationId }) => organizationId)],
    );
    return members.map(({ userId }) =>
      this.accessEvents.changed(userId, { kind: 'consultation', id: consultationId }),
    );
  }

  async transition(
    viewer: Viewer,
    consultationId: string,
    transition: ConsultationTransition,
  ): Promise<ConsultationRecord> {
    const rule = TRANSITIONS[transition];
    await this.dataSource.transaction(async (manager) => {
      const consultation = await this.managed(viewer, consultationId, manager);
      if (!(rule.from as readonly ConsultationStatus[]).includes(consultation.status)) {
        throw consultationError(ConsultationErrorReason.WRONG_STATUS);
      }
      await manager.query(`UPDATE consultations SET status = $2, updated_at = now() WHERE id = $1`, [
        consultation.id,
        rule.to,
      ]);
      await this.record(
        manager,
        rule.audit,
        viewer,
        consultation.facts.convenorOrganizationId,
        consultation.id,
      );
    });
    return this.reader.readable(viewer, consultationId);
  }

  /**
   * "What we heard and what we will do", once the consultation has opened; every participant's
   * members are notified, and open consultation pages get it live (`consultationEvents`).
   */
  async publishOutcome(viewer: Viewer, consultationId: string, summary: string): Promise<ConsultationRecord> {
    const fields = parseInput(outcomeRules, { summary });
    const announcements = await this.dataSource.transaction(async (manager) => {
      const consultation = await this.managed(viewer, consultationId, manager);
      if (consultation.status === ConsultationStatus.DRAFT)
        throw consultationError(ConsultationErrorReason.WRONG_STATUS);
      await manager.query(
        `UPDATE consultations SET outcome_summary = $2, outcome_published_at = now(), updated_at = now() WHERE id = $1`,
        [consultation.id, fields.summary],
      );
      await this.record(
        manager,
        'consultation.outcome_published',
        viewer,
        consultation.facts.convenorOrganizationId,
        consultation.id,
      );
      const participants: { organizationId: string }[] = await manager.query(
        `SELECT organization_id AS "organizationId" FROM consultation_participants WHERE consultation_id = $1`,
        [consultation.id],
      );
      return this.notifier.notifyMembers(
        manager,
        participants.map((participant) => participant.organizationId),
        {
          kind: 'consultationOutcomePublished',
          params: { consultation: consultation.title },
          link: `/consultations/${consultation.id}`,
        },
        { exceptUserId: viewer.userId },
      );
    });
    await this.notifier.announce([
      ...announcements,
      () =>
        this.events.publish({ kind: ConsultationEventKind.OUTCOME_PUBLISHED, consultationId, briefId: null }),
    ]);
    return this.reader.readable(viewer, consultationId);
  }

  /** Elections are public to signed-in accounts; an unknown one is a field error, not a database error. */
  private async existingElection(electionId: string): Promise<void> {
    try {
      await this.elections.get(electionId);
    } catch {
      throw invalidInput([{ field: 'electionId', message: 'error.notFound' }]);
    }
  }

  /** The consultation, locked for this transaction, when the viewer may manage it (else NOT_FOUND or FORBIDDEN). */
  /** The refusals of `update` that protect briefs already written (see there). */
  private async refuseLooserProtection(
    manager: EntityManager,
    consultation: ConsultationRecord,
    fields: { attributionRule?: AttributionRule | null; briefVisibility?: BriefVisibility | null },
  ): Promise<void> {
    const attributionChanges =
      Boolean(fields.attributionRule) && fields.attributionRule !== consultation.attributionRule;
    if (attributionChanges && consultation.hasSubmittedBrief)
      throw consultationError(ConsultationErrorReason.ATTRIBUTION_FROZEN);
    const namesAuthors = attributionChanges && fields.attributionRule === AttributionRule.ATTRIBUTED;
    const widensReaders =
      consultation.briefVisibility === BriefVisibility.CONVENOR_ONLY &&
      fields.briefVisibility === BriefVisibility.ALL_PARTICIPANTS;
    if (!namesAuthors && !widensReaders) return;
    // The consultation row is locked (`managed`): a brief started meanwhile waits for this to commit.
    const [started] = await manager.query<{ any: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM context_briefs WHERE consultation_id = $1) AS any`,
      [consultation.id],
    );
    if (!started?.any) return;
    if (namesAuthors) throw consultationError(ConsultationErrorReason.ATTRIBUTION_FROZEN);
    throw consultationError(ConsultationErrorReason.BRIEF_VISIBILITY_FROZEN);
  }

  private async managed(viewer: Viewer, id: string, manager: EntityManager): Promise<ConsultationRecord> {
    const consultation = await this.reader.readable(viewer, id, { manager, lock: true });
    if (!can(viewer, 'consultation.manage', consultationResource(consultation.id, consultation.facts))) {
      throw forbidden();
    }
    return consultation;
  }

  private record(
    manager: EntityManager,
    action: AuditAction,
    viewer: Viewer,
    organizationId: string,
    consultationId: string,
    metadata: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorId: viewer.userId,
        organizationId,
        targetType: 'consultation',
        targetId: consultationId,
        metadata,
      },
      manager,
    );
  }
}

/** Organisations are invited or removed only before the consultation closes. */
function assertParticipantsMayChange(status: ConsultationStatus): void {
  if (status !== ConsultationStatus.DRAFT && status !== ConsultationStatus.OPEN) {
    throw consultationError(ConsultationErrorReason.WRONG_STATUS);
  }
}
