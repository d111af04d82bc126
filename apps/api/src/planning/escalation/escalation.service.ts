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
 * ACTIVE relationship the viewer is part of, in one query whatever the number of relationships.
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
    const rows = await this.contacts
      .createQueryBuilder('c')
      .innerJoin(RelationshipEntity, 'r', 'r.id = c.relationship_id')
      .where('r.election_id = :electionId AND r.status = :active', {
        electionId: election.id,
        active: RelationshipStatus.ACTIVE,
      })
      .andWhere(visible.sql, visible.params)
      .andWhere('c.escalation_tier = :critical', { critical: EscalationTier.CRITICAL })
      .andWhere('(c.valid_from IS NULL OR c.valid_from <= :today)', { today })
      .andWhere('(c.valid_until IS NULL OR c.valid_until >= :today)', { today })
      .orderBy('c.relationship_id')
      .addOrderBy('c.organization_id')
      .addOrderBy('lower(c.name)')
      .addOrderBy('c.id')
      .limit(limit)
      .getMany();
    const [staleAfterDays] = await Promise.all([
      this.relationships.staleAfterDaysOf(ctx, election.id),
      this.auditReads(viewer, rows),
    ]);
    return rows.map((contact) => ({ contact, staleAfterDays }));
  }

  private async auditReads(viewer: Viewer, shown: ContactPointEntity[]): Promise<void> {
    if (shown.length === 0) return;
    const action: AuditAction = 'contacts.read';
    const [relationshipIds, counts] = contactsPerRelationship(shown);
    await this.contacts.query(AUDIT_READS_SQL, [action, viewer.userId, relationshipIds, counts]);
  }
}
