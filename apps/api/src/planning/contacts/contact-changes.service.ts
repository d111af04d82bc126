import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditInsertSql } from '../../core/audit/audit-insert.sql.js';
import { type AuditAction } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/errors/domain.exception.js';
import { ResourceAccess } from '../../core/policy/resource-access.js';
import { AccessGate } from '../../core/pubsub/access-gate.js';
import { EventBus } from '../../core/pubsub/event-bus.js';
import { isUuid } from '../../core/validation/uuid.js';
import { CONTACT_TOPIC, type ContactChangedEvent } from '../planning.topics.js';

/**
 * The live stream of one relationship's contact changes. The viewer must be a member of one of its
 * two organisations when subscribing (else NOT_FOUND, as for the relationship itself) and again,
 * with its credential, before each delivery: the AccessGate asks the one policy again at once after
 * `access:changed` names the viewer (removed from an organisation, a relationship accepted or ended).
 * The answer is shared by the subscriptions of one credential (`checkName`): a thousand tabs of one
 * member cost one policy query per event and 2 s, not one each.
 *
 * Every event carries a contact of the registry, so opening the stream is a read of the registry:
 * it is written to both organisations' audit logs once, when the subscription is allowed (one entry
 * per event and subscriber would flood the log with what the revisions already record).
 */
@Injectable()
export class ContactChanges {
  constructor(
    private readonly events: EventBus,
    private readonly gate: AccessGate,
    private readonly access: ResourceAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async subscribe(
    viewer: Viewer,
    relationshipId: string,
  ): Promise<AsyncIterableIterator<ContactChangedEvent>> {
    if (!isUuid(relationshipId)) throw notFound();
    const relationship = { kind: 'relationship' as const, id: relationshipId };
    const stream = await this.gate.authorizedSubscription({
      viewer,
      stream: this.events.subscribe(CONTACT_TOPIC, relationshipId),
      resource: relationship,
      checkName: 'relationship.read',
      check: () => this.access.allows(viewer, 'relationship.read', relationship),
    });
    try {
      await this.auditLiveRead(viewer, relationshipId);
    } catch (error) {
      // No audit entry, no stream: a read that could not be recorded is not served.
      await stream.return?.();
      throw error;
    }
    return stream;
  }

  /** Both organisations' `contacts.read` entries for a live stream, in one statement. */
  private async auditLiveRead(viewer: Viewer, relationshipId: string): Promise<void> {
    const action: AuditAction = 'contacts.read';
    await this.dataSource.query(
      auditInsertSql(`SELECT $1, $2::uuid, side, 'relationship', r.id, '{"side":"both","live":true}'::jsonb
                        FROM relationships r,
                             unnest(ARRAY[r.proposer_organization_id, r.recipient_organization_id]) AS side
                       WHERE r.id = $3`),
      [action, viewer.userId, relationshipId],
    );
  }
}
