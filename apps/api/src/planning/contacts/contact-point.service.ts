import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { type Logger } from 'pino';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { ChangeKind, LIMITS, RelationshipStatus } from '@ecw/domain';
import { auditInsertSql } from '../../core/audit/audit-insert.sql.js';
import { type AuditAction, AuditLogService } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { LOGGER } from '../../core/core.module.js';
import { forbidden, invalidInput, notFound } from '../../core/errors/domain.exception.js';
import { EventBus } from '../../core/pubsub/event-bus.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { isUuid } from '../../core/validation/uuid.js';
import { type AddContactPointInput } from '../dtos/add-contact-point.input.js';
import { type UpdateContactPointInput } from '../dtos/update-contact-point.input.js';
import { ownSideOnly, wrongStatus } from '../planning.errors.js';
import { can } from '../../core/policy/can.js';
import { contactPointResource } from '../../core/policy/resources/contact-point.policy.js';
import { type RelationshipFacts } from '../../core/policy/resources/relationship.policy.js';
import { CONTACT_TOPIC, type ContactChangedEvent, type ContactSnapshot } from '../planning.topics.js';
import { RelationshipEntity, sidesOf } from '../relationships/relationship.entity.js';
import { RelationshipService } from '../relationships/relationship.service.js';
import { describeChanges, describeCreation, DESCRIBED_FIELDS } from './contact-change.js';
import { ContactPointEntity } from './contact-point.entity.js';
import { CONTACT_COLUMNS, contactFromRow } from './contact-rows.js';
import { addContactPointRules, updateContactPointRules, type ContactFields } from './contact-point.rules.js';
import { ContactRevisionEntity } from './contact-revision.entity.js';

/** A contact point and the staleness window of its relationship (to compute its verification status). */
export interface ContactView {
  contact: ContactPointEntity;
  staleAfterDays: number;
}

const REVISIONS_BY_CONTACT = Symbol('planning.revisionsByContact');

/** The text that replaces an erased contact's revision summaries: that it changed, not what it said. */
const ERASED_CHANGE = 'personal data erased';

/** Strongest tier first, then by name: ORDER BY over the given tier, name and id columns. */
function registryOrder(tier: string, name: string, id: string): string {
  return `array_position(ARRAY['CRITICAL','URGENT','ROUTINE'], ${tier}), lower(${name}), ${id}`;
}

type Announce = () => Promise<void>;

/**
 * Each side's contact points in a relationship: written by that side's MEMBERs and above, read by
 * both sides. Every change is a revision; every read of a registry is audited for both sides.
 */
@Injectable()
export class ContactPointService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ContactPointEntity) private readonly contacts: Repository<ContactPointEntity>,
    @InjectRepository(ContactRevisionEntity) private readonly revisions: Repository<ContactRevisionEntity>,
    private readonly relationships: RelationshipService,
    private readonly audit: AuditLogService,
    private readonly events: EventBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * The registry of a relationship (both sides, or the one asked for), strongest tier first, at
   * most `limit`, read by a viewer who may read the relationship. The same statement writes the
   * read to both organisations' audit logs: reading and auditing were two round trips of the five
   * a registry read made against the baseline's three (docs/benchmarks.md).
   */
  async registry(
    ctx: RequestContext,
    viewer: Viewer,
    relationship: {
      id: string;
      electionId: string | null;
      proposerOrganizationId: string;
      recipientOrganizationId: string;
    },
    organizationId: string | null,
    limit: number,
  ): Promise<ContactView[]> {
    const sides = [relationship.proposerOrganizationId, relationship.recipientOrganizationId];
    if (organizationId !== null && !sides.includes(organizationId)) {
      throw invalidInput([{ field: 'organizationId', message: 'planning.field.notOnRelationship' }]);
    }
    const action: AuditAction = 'contacts.read';
    const read: Promise<Record<string, unknown>[]> = this.contacts.query(
      `WITH found AS (
         SELECT ${CONTACT_COLUMNS} FROM contact_points c
          WHERE c.relationship_id = $1 AND ($2::uuid IS NULL OR c.organization_id = $2::uuid)
          ORDER BY ${registryOrder('c.escalation_tier', 'c.name', 'c.id')} LIMIT $3
       ), audited AS (
         ${auditInsertSql(`SELECT $4, $5::uuid, side, 'relationship', $1::uuid,
                                  jsonb_build_object('side', $6::text, 'contacts', (SELECT count(*) FROM found))
                             FROM unnest($7::uuid[]) AS side`)}
       )
       SELECT * FROM found f ORDER BY ${registryOrder('f."escalationTier"', 'f.name', 'f.id')}`,
      [relationship.id, organizationId, limit, action, viewer.userId, organizationId ?? 'both', sides],
    );
    const [rows, staleAfterDays] = await Promise.all([
      read,
      this.relationships.staleAfterDaysOf(ctx, relationship.electionId),
    ]);
    return rows.map((row) => ({ contact: contactFromRow(row), staleAfterDays }));
  }

  /** Revisions of a contact, newest first (at most 100), batched per request. */
  revisionsOf(ctx: RequestContext, contactPointId: string): Promise<ContactRevisionEntity[]> {
    const loader = ctx.loaders.get(
      REVISIONS_BY_CONTACT,
      () =>
        new DataLoader<string, ContactRevisionEntity[]>(async (ids) => {
          const rows = await this.revisions
            .createQueryBuilder('v')
            .where('v.contact_point_id IN (:...ids)', { ids: [...ids] })
            .orderBy('v.changed_at', 'DESC')
            .addOrderBy('v.id', 'DESC')
            .getMany();
          return ids.map((id) =>
            rows.filter((row) => row.contactPointId === id).slice(0, LIMITS.pageSizeMax),
          );
        }),
    );
    return loader.load(contactPointId);
  }

  /** A MEMBER or above adds to its own side of a relationship that has not ended; entered by hand, so FRESH. */
  async add(ctx: RequestContext, viewer: Viewer, input: AddContactPointInput): Promise<ContactView> {
    const { relationshipId, organizationId, ...fields } = parseInput(addContactPointRules, input);
    return this.write(ctx, async (manager) => {
      const { relationship, facts } = await this.relationships.access(viewer, relationshipId, manager, true);
      if (!sidesOf(relationship).includes(organizationId)) {
        throw invalidInput([{ field: 'organizationId', message: 'planning.field.notOnRelationship' }]);
      }
      this.assertWritable(viewer, relationship, facts, organizationId);
      const contacts = manager.getRepository(ContactPointEntity);
      const contact = await contacts.save(
        contacts.create({
          ...fields,
          relationshipId,
          organizationId,
          lastVerifiedAt: new Date(),
          staleNotifiedAt: null,
        }),
      );
      await this.revise(manager, viewer, contact, ChangeKind.CREATED, describeCreation(fields));
      return { relationship, contact, kind: ChangeKind.CREATED };
    });
  }

  /**
   * Adds checked rows to the viewer's own side in one transaction (all or nothing). Imported
   * contacts are UNVERIFIED until someone verifies them by hand.
   */
  async importAll(
    ctx: RequestContext,
    viewer: Viewer,
    relationshipId: string,
    organizationId: string,
    rows: ContactFields[],
  ): Promise<ContactPointEntity[]> {
    const { relationship, created } = await this.dataSource.transaction(async (manager) => {
      const { relationship, facts } = await this.relationships.access(viewer, relationshipId, manager, true);
      if (!sidesOf(relationship).includes(organizationId)) {
        throw invalidInput([{ field: 'organizationId', message: 'planning.field.notOnRelationship' }]);
      }
      this.assertWritable(viewer, relationship, facts, organizationId);
      const contacts = manager.getRepository(ContactPointEntity);
      const created: ContactPointEntity[] = [];
      for (const fields of rows) {
        const contact = await contacts.save(
          contacts.create({
            ...fields,
            relationshipId,
            organizationId,
            lastVerifiedAt: null,
            staleNotifiedAt: null,
          }),
        );
        await this.revise(
          manager,
          viewer,
          contact,
          ChangeKind.CREATED,
          describeCreation(fields).replace(/^created/, 'imported'),
        );
        created.push(contact);
      }
      return { relationship, created };
    });
    const staleAfterDays = await this.relationships.staleAfterDaysOf(ctx, relationship.electionId);
    for (const contact of created) {
      await this.announce(() =>
        this.publish({
          kind: ChangeKind.CREATED,
          relationshipId,
          contactPointId: contact.id,
          contact: toSnapshot(contact),
          staleAfterDays,
        }),
      );
    }
    return created;
  }

  /** Contacts of a relationship for an export (one side, one contact, or all), strongest tier first. */
  async forExport(
    relationshipId: string,
    organizationId: string | null,
    contactPointId: string | null,
  ): Promise<ContactPointEntity[]> {
    const query = this.contacts
      .createQueryBuilder('c')
      .where('c.relationship_id = :relationshipId', { relationshipId })
      .orderBy(registryOrder('c.escalation_tier', 'c.name', 'c.id'));
    if (organizationId) query.andWhere('c.organization_id = :organizationId', { organizationId });
    if (contactPointId) {
      if (!isUuid(contactPointId)) throw notFound();
      query.andWhere('c.id = :contactPointId', { contactPointId });
    }
    return query.getMany();
  }

  /** Changes the fields given; a change by hand counts as a verification. Nothing given, nothing recorded. */
  async update(ctx: RequestContext, viewer: Viewer, input: UpdateContactPointInput): Promise<ContactView> {
    const { id, ...given } = parseInput(updateContactPointRules, input);
    return this.write(ctx, async (manager) => {
      const { relationship, contact } = await this.writableContact(viewer, id, manager);
      const before = pickDescribed(contact);
      const after: ContactFields = { ...before };
      for (const field of DESCRIBED_FIELDS) {
        const value = given[field];
        if (value !== undefined) Object.assign(after, { [field]: value });
      }
      // Required fields ignore null: it means "leave as is" for them.
      if (given.name === null) after.name = before.name;
      if (given.channels === null) after.channels = before.channels;
      if (given.languages === null) after.languages = before.languages;
      if (given.escalationTier === null) after.escalationTier = before.escalationTier;
      if (after.validFrom && after.validUntil && after.validUntil < after.validFrom) {
        throw invalidInput([{ field: 'validUntil', message: 'planning.field.validUntil' }]);
      }
      const change = describeChanges(before, after);
      if (change === '') return { relationship, contact, kind: null };
      const saved = await manager
        .getRepository(ContactPointEntity)
        .save(Object.assign(contact, after, { lastVerifiedAt: new Date(), staleNotifiedAt: null }));
      await this.revise(manager, viewer, saved, ChangeKind.UPDATED, change);
      return { relationship, contact: saved, kind: ChangeKind.UPDATED };
    });
  }

  /** One click: the contact is confirmed as it is, FRESH again. */
  async verify(ctx: RequestContext, viewer: Viewer, contactPointId: string): Promise<ContactView> {
    return this.write(ctx, async (manager) => {
      const { relationship, contact } = await this.writableContact(viewer, contactPointId, manager);
      const saved = await manager
        .getRepository(ContactPointEntity)
        .save(Object.assign(contact, { lastVerifiedAt: new Date(), staleNotifiedAt: null }));
      await this.revise(manager, viewer, saved, ChangeKind.VERIFIED, 'verified');
      return { relationship, contact: saved, kind: ChangeKind.VERIFIED };
    });
  }

  /** Deletes the contact; its revisions stay for the audit trail. */
  async remove(ctx: RequestContext, viewer: Viewer, contactPointId: string): Promise<boolean> {
    await this.write(ctx, async (manager) => {
      const { relationship, contact } = await this.writableContact(viewer, contactPointId, manager);
      await this.revise(manager, viewer, contact, ChangeKind.REMOVED, `removed: ${contact.name}`);
      await manager.getRepository(ContactPointEntity).delete({ id: contact.id });
      return { relationship, contact, kind: ChangeKind.REMOVED };
    });
    return true;
  }

  /**
   * An OWNER or ADMIN of the contact's side erases it: the contact goes, and its revisions keep only
   * that a change happened, by whom and when. Works on removed contacts and ended relationships too.
   */
  async erase(viewer: Viewer, contactPointId: string): Promise<boolean> {
    if (!isUuid(contactPointId)) throw notFound();
    const { announce } = await this.dataSource.transaction(async (manager) => {
      const trail = await manager.getRepository(ContactRevisionEntity).findOne({
        where: { contactPointId },
        order: { changedAt: 'ASC' },
      });
      if (!trail) throw notFound();
      const { facts } = await this.relationships.access(viewer, trail.relationshipId, manager, true);
      const contact = contactPointResource(contactPointId, {
        relationship: facts,
        organizationId: trail.organizationId,
      });
      if (!can(viewer, 'contactPoint.erase', contact)) throw forbidden();
      const live = await manager.getRepository(ContactPointEntity).delete({ id: contactPointId });
      await manager
        .getRepository(ContactRevisionEntity)
        .update({ contactPointId }, { change: ERASED_CHANGE });
      await this.audit.record(
        {
          action: 'contact.erased',
          actorId: viewer.userId,
          organizationId: trail.organizationId,
          targetType: 'contact_point',
          targetId: contactPointId,
        },
        manager,
      );
      const removedNow = (live.affected ?? 0) > 0;
      const event: ContactChangedEvent = {
        kind: ChangeKind.REMOVED,
        relationshipId: trail.relationshipId,
        contactPointId,
        contact: null,
        staleAfterDays: 0,
      };
      return { announce: removedNow ? () => this.publish(event) : async () => undefined };
    });
    await this.announce(announce);
    return true;
  }

  /** Re-checked before each live delivery: still a member of one of the two sides. */
  async canRead(viewer: Viewer, relationshipId: string): Promise<boolean> {
    try {
      await this.relationships.access(viewer, relationshipId);
      return true;
    } catch {
      return false;
    }
  }

  private async write(
    ctx: RequestContext,
    change: (manager: EntityManager) => Promise<{
      relationship: RelationshipEntity;
      contact: ContactPointEntity;
      kind: ChangeKind | null;
    }>,
  ): Promise<ContactView> {
    const { relationship, contact, kind } = await this.dataSource.transaction(change);
    const staleAfterDays = await this.relationships.staleAfterDaysOf(ctx, relationship.electionId);
    if (kind !== null) {
      await this.announce(() =>
        this.publish({
          kind,
          relationshipId: relationship.id,
          contactPointId: contact.id,
          contact: kind === ChangeKind.REMOVED ? null : toSnapshot(contact),
          staleAfterDays,
        }),
      );
    }
    return { contact, staleAfterDays };
  }

  private async writableContact(
    viewer: Viewer,
    contactPointId: string,
    manager: EntityManager,
  ): Promise<{ relationship: RelationshipEntity; contact: ContactPointEntity }> {
    if (!isUuid(contactPointId)) throw notFound();
    const found = await manager.getRepository(ContactPointEntity).findOneBy({ id: contactPointId });
    if (!found) throw notFound();
    const { relationship, facts } = await this.relationships.access(
      viewer,
      found.relationshipId,
      manager,
      true,
    );
    // Re-read under the relationship's lock, so concurrent edits apply one after another.
    const contact = await manager.getRepository(ContactPointEntity).findOneBy({ id: contactPointId });
    if (!contact) throw notFound();
    this.assertWritable(viewer, relationship, facts, contact.organizationId);
    return { relationship, contact };
  }

  /** Own side only, MEMBER or above; an ENDED relationship is read-only history. */
  private assertWritable(
    viewer: Viewer,
    relationship: RelationshipEntity,
    facts: RelationshipFacts,
    organizationId: string,
  ): void {
    const side = contactPointResource('', { relationship: facts, organizationId });
    if (!can(viewer, 'contactPoint.write', side)) throw ownSideOnly();
    if (relationship.status === RelationshipStatus.ENDED) throw wrongStatus();
  }

  private async revise(
    manager: EntityManager,
    viewer: Viewer,
    contact: ContactPointEntity,
    kind: ChangeKind,
    change: string,
  ): Promise<void> {
    await manager.getRepository(ContactRevisionEntity).insert({
      contactPointId: contact.id,
      relationshipId: contact.relationshipId,
      organizationId: contact.organizationId,
      kind,
      change,
      changedBy: viewer.userId,
    });
    await this.audit.record(
      {
        action: AUDIT_ACTION[kind],
        actorId: viewer.userId,
        organizationId: contact.organizationId,
        targetType: 'contact_point',
        targetId: contact.id,
        metadata: { relationshipId: contact.relationshipId },
      },
      manager,
    );
  }

  private publish(event: ContactChangedEvent): Promise<void> {
    return this.events.publish(CONTACT_TOPIC, event.relationshipId, event);
  }

  /** At-most-once: the change has committed, so a failed announcement is logged, not turned into an error. */
  private async announce(announce: Announce): Promise<void> {
    try {
      await announce();
    } catch (error) {
      this.logger.warn({ err: error }, 'a contact change could not be announced');
    }
  }
}

const AUDIT_ACTION = {
  [ChangeKind.CREATED]: 'contact.created',
  [ChangeKind.UPDATED]: 'contact.updated',
  [ChangeKind.VERIFIED]: 'contact.verified',
  [ChangeKind.REMOVED]: 'contact.removed',
} as const;

function pickDescribed(contact: ContactPointEntity): ContactFields {
  return {
    name: contact.name,
    title: contact.title,
    channels: contact.channels,
    languages: contact.languages,
    timeZone: contact.timeZone,
    availability: contact.availability,
    escalationTier: contact.escalationTier,
    validFrom: contact.validFrom,
    validUntil: contact.validUntil,
  };
}

function toSnapshot(contact: ContactPointEntity): ContactSnapshot {
  return {
    id: contact.id,
    relationshipId: contact.relationshipId,
    organizationId: contact.organizationId,
    name: contact.name,
    title: contact.title,
    channels: contact.channels,
    languages: contact.languages,
    timeZone: contact.timeZone,
    availability: contact.availability,
    escalationTier: contact.escalationTier,
    validFrom: contact.validFrom,
    validUntil: contact.validUntil,
    lastVerifiedAt: contact.lastVerifiedAt?.toISOString() ?? null,
    updatedAt: contact.updatedAt.toISOString(),
  };
}

/** The entity again from a bus snapshot (for the per-viewer output mapper). */
export function fromSnapshot(snapshot: ContactSnapshot): ContactPointEntity {
  return Object.assign(new ContactPointEntity(), {
    ...snapshot,
    escalationTier: snapshot.escalationTier as ContactPointEntity['escalationTier'],
    lastVerifiedAt: snapshot.lastVerifiedAt ? new Date(snapshot.lastVerifiedAt) : null,
    updatedAt: new Date(snapshot.updatedAt),
    staleNotifiedAt: null,
  });
}
