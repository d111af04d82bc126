import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AttributionRule,
  BriefEventKind,
  BriefStatus,
  ConsultationErrorReason,
  ConsultationEventKind,
  ConsultationStatus,
  MembershipRole,
  roleAtLeast,
} from '@ecw/domain';
import { AuditLogService, type AuditAction } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { forbidden, invalidInput } from '../core/errors/domain.exception.js';
import { parseInput } from '../core/validation/parse-input.js';
import { type Announcement } from '../core/transaction/announcements.js';
import { BriefEvents } from './brief-events.js';
import { ConsultationEvents } from './consultation-events.js';
import { BriefReader, type BriefInContext } from './brief-reader.service.js';
import { consultationError } from './consultation.errors.js';
import { can } from '../core/policy/can.js';
import { briefResource } from '../core/policy/resources/brief.policy.js';
import { acceptsSubmissions, type ConsultationRecord } from './consultation.record.js';
import { ConsultationNotifier } from './consultation-notifier.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { createBriefRules, responseRules, updateBriefRules } from './consultations.rules.js';
import { type CreateBriefInput } from './dtos/create-brief.input.js';
import { type UpdateBriefInput } from './dtos/update-brief.input.js';

const WRITABLE_CONSULTATION = [ConsultationStatus.DRAFT, ConsultationStatus.OPEN];
const ANSWERABLE = [BriefStatus.SUBMITTED, BriefStatus.ACKNOWLEDGED, BriefStatus.RESPONDED];

/** What a change did, to announce after its transaction commits. */
interface Outcome {
  briefId: string;
  event: BriefEventKind | null;
  announcements: Announcement[];
}

/**
 * Briefs: written by MEMBERs of an invited organisation, submitted while the consultation is open,
 * acknowledged and answered by the convenor. Every change is audited under the organisation that
 * made it, so no other organisation's audit log learns who wrote what.
 */
@Injectable()
export class BriefService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: BriefReader,
    private readonly consultations: ConsultationReader,
    private readonly audit: AuditLogService,
    private readonly notifier: ConsultationNotifier,
    private readonly events: BriefEvents,
    private readonly consultationEvents: ConsultationEvents,
  ) {}

  async create(viewer: Viewer, input: CreateBriefInput): Promise<BriefInContext> {
    const fields = parseInput(createBriefRules, input);
    return this.change(viewer, async (manager) => {
      const consultation = await this.consultations.readable(viewer, fields.consultationId, {
        manager,
        lock: true,
      });
      const role = consultation.facts.participantRoles.get(fields.organizationId);
      if (role === undefined) throw consultationError(ConsultationErrorReason.NOT_INVITED);
      if (!roleAtLeast(role, MembershipRole.MEMBER)) throw forbidden();
      if (!WRITABLE_CONSULTATION.includes(consultation.status))
        throw consultationError(ConsultationErrorReason.WRONG_STATUS);
      await this.checkAnswers(manager, consultation.id, fields.answers);
      const [{ id }] = (await manager.query(
        `INSERT INTO context_briefs (consultation_id, organization_id, author_id, title, summary, body, topics, regions, languages, risk_level)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          consultation.id,
          fields.organizationId,
          viewer.userId,
          fields.title,
          fields.summary,
          fields.body,
          fields.topics,
          fields.regions,
          fields.languages,
          fields.riskLevel,
        ],
      )) as [{ id: string }];
      await this.replaceAnswers(manager, id, fields.answers);
      await this.record(manager, 'brief.created', viewer, fields.organizationId, id);
      return { briefId: id, event: null, announcements: [] };
    });
  }

  /** Drafts change silently; a submitted brief's change is kept as an UPDATED event. */
  async update(viewer: Viewer, input: UpdateBriefInput): Promise<BriefInContext> {
    const fields = parseInput(updateBriefRules, input);
    return this.change(viewer, async (manager) => {
      const { brief, consultation } = await this.editable(viewer, fields.id, manager);
      if (brief.status === BriefStatus.WITHDRAWN)
        throw consultationError(ConsultationErrorReason.BRIEF_WRONG_STATUS);
      if (!WRITABLE_CONSULTATION.includes(consultation.status))
        throw consultationError(ConsultationErrorReason.WRONG_STATUS);
      if (fields.answers) await this.checkAnswers(manager, consultation.id, fields.answers);
      await manager.query(
        `UPDATE context_briefs SET title = coalesce($2, title), summary = coalesce($3, summary), body = coalesce($4, body),
           topics = coalesce($5, topics), regions = coalesce($6, regions), languages = coalesce($7, languages),
           risk_level = coalesce($8, risk_level), updated_at = now() WHERE id = $1`,
        [
          brief.id,
          fields.title ?? null,
          fields.summary ?? null,
          fields.body ?? null,
          fields.topics ?? null,
          fields.regions ?? null,
          fields.languages ?? null,
          fields.riskLevel ?? null,
        ],
      );
      if (fields.answers) await this.replaceAnswers(manager, brief.id, fields.answers);
      await this.record(manager, 'brief.updated', viewer, brief.organizationId, brief.id);
      const submitted = brief.submittedAt !== null;
      if (submitted) await this.history(manager, brief.id, BriefEventKind.UPDATED, viewer);
      return { briefId: brief.id, event: submitted ? BriefEventKind.UPDATED : null, announcements: [] };
    });
  }

  async submit(viewer: Viewer, id: string): Promise<BriefInContext> {
    return this.change(viewer, async (manager) => {
      const { brief, consultation } = await this.editable(viewer, id, manager);
      if (!acceptsSubmissions(consultation)) throw consultationError(ConsultationErrorReason.NOT_OPEN);
      if (brief.status !== BriefStatus.DRAFT)
        throw consultationError(ConsultationErrorReason.BRIEF_WRONG_STATUS);
      await manager.query(
        `UPDATE context_briefs SET status = 'SUBMITTED', submitted_at = now(), updated_at = now() WHERE id = $1`,
        [brief.id],
      );
      await this.history(manager, brief.id, BriefEventKind.SUBMITTED, viewer);
      await this.record(manager, 'brief.submitted', viewer, brief.organizationId, brief.id);
      // The convenor's members are outside the author's organisation: under the Chatham House Rule
      // their notification has no organisation placeholder at all.
      const attributed = consultation.attributionRule === AttributionRule.ATTRIBUTED;
      const announcements = await this.notifier.notifyMembers(
        manager,
        [consultation.facts.convenorOrganizationId],
        {
          kind: attributed ? 'briefSubmitted' : 'briefSubmittedAnonymously',
          params: attributed
            ? { organization: brief.organization.name, consultation: consultation.title }
            : { consultation: consultation.title },
          link: `/consultations/${consultation.id}/briefs/${brief.id}`,
        },
        { exceptUserId: viewer.userId },
      );
      return { briefId: brief.id, event: BriefEventKind.SUBMITTED, announcements };
    });
  }

  async withdraw(viewer: Viewer, id: string): Promise<BriefInContext> {
    const withdrawn = await this.change(viewer, async (manager) => {
      const { brief } = await this.editable(viewer, id, manager);
      if (brief.status === BriefStatus.WITHDRAWN)
        throw consultationError(ConsultationErrorReason.BRIEF_WRONG_STATUS);
      await manager.query(
        `UPDATE context_briefs SET status = 'WITHDRAWN', updated_at = now() WHERE id = $1`,
        [brief.id],
      );
      await this.record(manager, 'brief.withdrawn', viewer, brief.organizationId, brief.id);
      const submitted = brief.submittedAt !== null;
      if (submitted) await this.history(manager, brief.id, BriefEventKind.WITHDRAWN, viewer);
      return { briefId: brief.id, event: submitted ? BriefEventKind.WITHDRAWN : null, announcements: [] };
    });
    // Those it was shared with may no longer read it, so the brief event (which carries the brief)
    // skips them: the consultation's stream tells them its id, for their pages to drop it.
    // Announced like every event after a commit: a failed publish (Redis away) is logged, the
    // withdrawal stands.
    if (withdrawn.brief.submittedAt !== null) {
      await this.notifier.announce([
        () =>
          this.consultationEvents.publish({
            kind: ConsultationEventKind.BRIEF_WITHDRAWN,
            consultationId: withdrawn.consultation.id,
            briefId: withdrawn.brief.id,
          }),
      ]);
    }
    return withdrawn;
  }

  async acknowledge(viewer: Viewer, id: string): Promise<BriefInContext> {
    return this.change(viewer, async (manager) => {
      const { brief, consultation } = await this.answerable(viewer, id, manager);
      if (brief.status !== BriefStatus.SUBMITTED)
        throw consultationError(ConsultationErrorReason.BRIEF_WRONG_STATUS);
      await manager.query(
        `UPDATE context_briefs SET status = 'ACKNOWLEDGED', acknowledged_at = now(), updated_at = now() WHERE id = $1`,
        [brief.id],
      );
      return this.convenorAct(manager, viewer, brief.id, brief.organizationId, consultation, {
        event: BriefEventKind.ACKNOWLEDGED,
        audit: 'brief.acknowledged',
        kind: 'briefAcknowledged',
        title: brief.title,
      });
    });
  }

  async respond(viewer: Viewer, id: string, body: string): Promise<BriefInContext> {
    const fields = parseInput(responseRules, { body });
    return this.change(viewer, async (manager) => {
      const { brief, consultation } = await this.answerable(viewer, id, manager);
      if (!ANSWERABLE.includes(brief.status))
        throw consultationError(ConsultationErrorReason.BRIEF_WRONG_STATUS);
      await manager.query(
        `UPDATE context_briefs SET status = 'RESPONDED', response_body = $2, responded_at = now(), responder_id = $3,
           updated_at = now() WHERE id = $1`,
        [brief.id, fields.body, viewer.userId],
      );
      return this.convenorAct(manager, viewer, brief.id, brief.organizationId, consultation, {
        event: BriefEventKind.RESPONDED,
        audit: 'brief.responded',
        kind: 'briefResponded',
        title: brief.title,
      });
    });
  }

  /** Runs a change in a transaction, then reads the brief back for the viewer and announces the change. */
  private async change(
    viewer: Viewer,
    work: (manager: EntityManager) => Promise<Outcome>,
  ): Promise<BriefInContext> {
    const { briefId, event, announcements } = await this.dataSource.transaction(work);
    const read = await this.reader.readable(viewer, briefId);
    if (event) {
      const consultationId = read.consultation.id;
      announcements.push(() =>
        this.events.publish({ kind: event, consultationId, briefId, commentId: null }),
      );
    }
    await this.notifier.announce(announcements);
    return read;
  }

  private async editable(viewer: Viewer, id: string, manager: EntityManager): Promise<BriefInContext> {
    const found = await this.reader.readable(viewer, id, { manager, lock: true });
    if (!can(viewer, 'brief.edit', briefResource(id, found.consultation.facts, found.brief)))
      throw forbidden();
    return found;
  }

  /** The convenor's acts; the brief's own organisation is refused with a reason it can show. */
  private async answerable(viewer: Viewer, id: string, manager: EntityManager): Promise<BriefInContext> {
    const found = await this.reader.readable(viewer, id, { manager, lock: true });
    if (found.consultation.facts.participantRoles.has(found.brief.organizationId)) {
      throw consultationError(ConsultationErrorReason.OWN_BRIEF);
    }
    if (!can(viewer, 'brief.answer', briefResource(id, found.consultation.facts, found.brief)))
      throw forbidden();
    if (found.consultation.status === ConsultationStatus.ARCHIVED)
      throw consultationError(ConsultationErrorReason.WRONG_STATUS);
    return found;
  }

  private async convenorAct(
    manager: EntityManager,
    viewer: Viewer,
    briefId: string,
    briefOrganizationId: string,
    consultation: ConsultationRecord,
    act: {
      event: BriefEventKind;
      audit: AuditAction;
      kind: 'briefAcknowledged' | 'briefResponded';
      title: string;
    },
  ): Promise<Outcome> {
    await this.history(manager, briefId, act.event, viewer);
    await this.record(manager, act.audit, viewer, consultation.facts.convenorOrganizationId, briefId);
    const announcements = await this.notifier.notifyMembers(
      manager,
      [briefOrganizationId],
      {
        kind: act.kind,
        params: { brief: act.title },
        link: `/consultations/${consultation.id}/briefs/${briefId}`,
      },
      { exceptUserId: viewer.userId },
    );
    return { briefId, event: act.event, announcements };
  }

  /** Answers only to this consultation's questions, one per question; refused before anything is written. */
  private async checkAnswers(
    manager: EntityManager,
    consultationId: string,
    answers: { questionId: string }[],
  ): Promise<void> {
    if (answers.length === 0) return;
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM consultation_questions WHERE consultation_id = $1`,
      [consultationId],
    );
    const known = new Set(rows.map((row) => row.id));
    const seen = new Set<string>();
    const problems = answers.flatMap((answer, index) => {
      const bad = !known.has(answer.questionId) || seen.has(answer.questionId);
      seen.add(answer.questionId);
      return bad
        ? [{ field: `answers.${index}.questionId`, message: 'consultations.field.unknownQuestion' as const }]
        : [];
    });
    if (problems.length > 0) throw invalidInput(problems);
  }

  private async replaceAnswers(
    manager: EntityManager,
    briefId: string,
    answers: { questionId: string; text: string }[],
  ): Promise<void> {
    await manager.query(`DELETE FROM brief_answers WHERE brief_id = $1`, [briefId]);
    if (answers.length === 0) return;
    await manager.query(
      `INSERT INTO brief_answers (brief_id, question_id, text) SELECT $1, unnest($2::uuid[]), unnest($3::text[])`,
      [briefId, answers.map((answer) => answer.questionId), answers.map((answer) => answer.text)],
    );
  }

  private async history(
    manager: EntityManager,
    briefId: string,
    kind: BriefEventKind,
    viewer: Viewer,
  ): Promise<void> {
    await manager.query(`INSERT INTO brief_events (brief_id, kind, actor_id) VALUES ($1, $2, $3)`, [
      briefId,
      kind,
      viewer.userId,
    ]);
  }

  private record(
    manager: EntityManager,
    action: AuditAction,
    viewer: Viewer,
    organizationId: string,
    briefId: string,
  ): Promise<void> {
    return this.audit.record(
      { action, actorId: viewer.userId, organizationId, targetType: 'context_brief', targetId: briefId },
      manager,
    );
  }
}
