import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { EscalationTier, RelationshipStatus } from '@ecw/domain';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { ContactPointEntity } from '../contacts/contact-point.entity.js';
import { type ContactView } from '../contacts/contact-point.service.js';
import { ElectionService } from '../elections/election.service.js';
import { relationshipScopeSql } from '../../core/policy/resources/relationship.policy.js';
import { RelationshipEntity } from '../relationships/relationship.entity.js';
import { RelationshipService } from '../relationships/relationship.service.js';

/**
 * The page a duty officer opens on polling day: for an election, the CRITICAL contacts of every
 * ACTIVE relationship the viewer is part of, in one query whatever the number of relationships.
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
  ): Promise<ContactView[]> {
    const election = await this.elections.get(electionId);
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
      .orderBy('c.relationship_id')
      .addOrderBy('c.organization_id')
      .addOrderBy('lower(c.name)')
      .addOrderBy('c.id')
      .limit(limit)
      .getMany();
    const staleAfterDays = await this.relationships.staleAfterDaysOf(ctx, election.id);
    return rows.map((contact) => ({ contact, staleAfterDays }));
  }
}
