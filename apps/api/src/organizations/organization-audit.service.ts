import { Injectable } from '@nestjs/common';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { pageSize, toConnection, type ConnectionShape } from '../core/graphql/connection.js';
import { toAuditEventOutput, type AuditEventOutput } from './dtos/audit-event.output.js';
import { isExactInstant, keysetPosition } from '../core/pagination/keyset.js';
import { isUuid } from '../core/validation/uuid.js';
import { OrganizationService } from './organization.service.js';

/** An organisation's audit log, for its OWNERs and ADMINs: newest first, keyset on (at, id). */
@Injectable()
export class OrganizationAuditService {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly auditLog: AuditLogService,
  ) {}

  async page(
    viewer: Viewer,
    organizationId: string,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<AuditEventOutput>> {
    const { organization } = await this.organizations.authorize(viewer, 'auditLog.read', organizationId);
    const limit = pageSize(first);
    const position = keysetPosition(after, [isExactInstant, isUuid]);
    const { events, totalCount } = await this.auditLog.listForOrganization(
      organization.id,
      limit + 1,
      position ? { at: String(position[0]), id: String(position[1]) } : null,
    );
    return toConnection(
      events,
      limit,
      totalCount,
      (row) => [row.position.at, row.position.id],
      (row) => toAuditEventOutput(row.event),
    );
  }
}
