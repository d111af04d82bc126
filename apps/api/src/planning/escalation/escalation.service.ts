import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EscalationTier, RelationshipStatus, dateIn } from '@ecw/domain';
import { auditInsertSql } from '../../core/audit/audit-insert.sql.js';
import { type AuditAction } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { ContactPointEntity } from '../contacts/contact-point.entity.js';
import { type ContactView } from '../contacts/contact-point.service.js';
import { ElectionService } from '../elections/election.service.js';
import { relationshipScopeSql } from '../../core/policy/resources/relationship.policy.js';
import { RelationshipEntity } from '../relationships/relationship.entity.js';
import { RelationshipService } from '../relationships/relationship.service.js';

/**
 * The read of the registries the view shows, written to the audit log of both organisations of each
 * relationship (as a registry read is), in one statement whatever the number of relationships.
 */
const AUDIT_READS_SQL = auditInsertSql(`
  SELECT $1, $2::uuid, side, 'relationship', r.id,
         jsonb_build_object('side', 'both', 'view', 'escalation', 'contacts', shown.contacts)
    FROM unnest($3::uuid[], $4::int[]) AS shown (relationship_id, contacts)
    JOIN relationships r ON r.id = shown.relationship_id
   CROSS JOIN LATERAL unnest(ARRAY[r.proposer_organization_id, r.recipient_organization_id]) AS side`);

/**
 * Organisations taking part in the election :electionId: the sides of its relationships that have
 * not ended and the organisations of its engagements.
 */
const TAKING_PART_SQL = `
  SELECT unnest(ARRAY[s.proposer_organization_id, s.recipient_organization_id]) FROM relationships s
   WHERE s.election_id = :electionId AND s.status <> :ended
  UNION
  SELECT eo.organization_id FROM engagements g JOIN engagement_organizations eo ON eo.engagement_id = g.id
   WHERE g.election_id = :electionId`;

/**
 * The relationships `r` the view draws from: those scoped to the election, and the general
 * (unscoped) channels that concern it: with its authority (the commission a company calls on
 * polling day), or between two organisations that both take part in it.
 */
const CONCERNS_ELECTION_SQL = `(r.election_id = :electionId OR (r.election_id IS NULL AND (
  CAST(:authorityId AS uuid) IN (r.proposer_organization_id, r.recipient_organization_id)
  OR (r.proposer_organization_id IN (${TAKING_PART_SQL}) AND r.recipient_organization_id IN (${TAKING_PART_SQL})))))`;

/** How many contacts the view shows from each relationship, in two parallel lists for `unnest`. */
function contactsPerRelationship(contacts: ContactPointEntity[]): [string[], number[]] {
  const counts = new Map<string, number>();
  for (const contact of contacts) {
    counts.set(contact.relationshipId, (counts.get(contact.relationshipId) ?? 0) + 1);
  }
  return [[...counts.keys()], [...counts.values()]];
}

/**
 * The page a duty officer opens on polling day: for an election, the CRITICAL contacts of every
 * ACTIVE relationship concerning it that the viewer is part of, in one query whatever the number of
 * relationships. The election's own channels come before general ones, so that when the list is
 * cut at its limit, general channels are what it drops.
 * Only contacts valid today (in the election's zone, where its calendar dates are) are listed: a
 * desk must not call a number whose validity has ended or not begun, so those are left out rather
 * than flagged. It reads the registries' most sensitive entries, so each read is audited like a
 * registry read.
 */
@Injectable()
export class EscalationService {
  constructor(
    @InjectRepository(ContactPointEntity) private readonly contacts: Repository<ContactPointEntity>,
    private readonly elections: ElectionService,
    private readonly relationships: RelationshipService,
  ) {}

  async criticalContacts(
    ctx: RequestContext,
    viewer: Viewer,
    electionId: string,
    limit: number,
    now: Date,
  ): Promise<ContactView[]> {
    const election = await this.elections.get(electionId);
    const today = dateIn(election.timeZone, now);
    const visible = relationshipScopeSql('r', viewer);
    const { entities: rows, raw } = await this.contacts
      .createQueryBuilder('c')
      .innerJoin(RelationshipEntity, 'r', 'r.id = c.relationship_id')
      .addSelect('r.election_id IS NULL', 'general')
      .where('r.status = :active', { active: RelationshipStatus.ACTIVE })
      .andWhere(CONCERNS_ELECTION_SQL, {
        electionId: election.id,
        authorityId: election.authorityOrganizationId,
        ended: RelationshipStatus.ENDED,
      })
      .andWhere(visible.sql, visible.params)
      .andWhere('c.escalation_tier = :critical', { critical: EscalationTier.CRITICAL })
      .andWhere('(c.valid_from IS NULL OR c.valid_from <= :today)', { today })
      .andWhere('(c.valid_until IS NULL OR c.valid_until >= :today)', { today })
      .orderBy('r.election_id IS NULL')
      .addOrderBy('c.relationship_id')
      .addOrderBy('c.organization_id')
      .addOrderBy('lower(c.name)')
      .addOrderBy('c.id')
      .limit(limit)
      .getRawAndEntities<{ c_id: string; general: boolean }>();
    const general = new Set(raw.filter((row) => row.general).map((row) => row.c_id));
    const [electionWindow, generalWindow] = await Promise.all([
      this.relationships.staleAfterDaysOf(ctx, election.id),
      this.relationships.staleAfterDaysOf(ctx, null),
      this.auditReads(viewer, rows),
    ]);
    // A general channel's contacts go stale on its own window, not the election's (as in its registry).
    return rows.map((contact) => ({
      contact,
      staleAfterDays: general.has(contact.id) ? generalWindow : electionWindow,
    }));
  }

  private async auditReads(viewer: Viewer, shown: ContactPointEntity[]): Promise<void> {
    if (shown.length === 0) return;
    const action: AuditAction = 'contacts.read';
    const [relationshipIds, counts] = contactsPerRelationship(shown);
    await this.contacts.query(AUDIT_READS_SQL, [action, viewer.userId, relationshipIds, counts]);
  }
}
