import { Injectable } from '@nestjs/common';
import { CONTACT_IMPORT_LIMITS } from '@ecw/domain';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { type RequestContext } from '../../core/context/request-context.js';
import { DomainException, invalidInput, type FieldProblem } from '../../core/errors/domain.exception.js';
import { translate } from '../../core/i18n/translate.js';
import { parseInput } from '../../core/validation/parse-input.js';
import {
  ContactExportFormat,
  type ContactExportOutput,
  type ContactImportResultOutput,
  type ExportContactPointsInput,
  type ImportContactPointsInput,
} from '../dtos/contact-files.dtos.js';
import { ownSideOnly } from '../planning.errors.js';
import { can } from '../../core/policy/can.js';
import { contactPointResource } from '../../core/policy/resources/contact-point.policy.js';
import { sidesOf } from '../relationships/relationship.entity.js';
import { RelationshipService } from '../relationships/relationship.service.js';
import { fromCsv, toCsv } from './contact-csv.js';
import { ContactPointService } from './contact-point.service.js';
import { addContactPointRules, type ContactFields } from './contact-point.rules.js';
import { toVCard } from './contact-vcard.js';

/** CSV and vCard files of a registry: every export audited for both organisations; imports all or nothing. */
@Injectable()
export class ContactFilesService {
  constructor(
    private readonly relationships: RelationshipService,
    private readonly contacts: ContactPointService,
    private readonly audit: AuditLogService,
  ) {}

  /** Any member of either side exports (they can read it all anyway); recorded on both sides. */
  async export(viewer: Viewer, input: ExportContactPointsInput): Promise<ContactExportOutput> {
    const { relationship } = await this.relationships.access(viewer, input.relationshipId);
    const side = input.organizationId ?? null;
    if (side !== null && !sidesOf(relationship).includes(side)) {
      throw invalidInput([{ field: 'organizationId', message: 'planning.field.notOnRelationship' }]);
    }
    const rows = await this.contacts.forExport(relationship.id, side, input.contactPointId ?? null);
    await this.audit.recordAll(
      sidesOf(relationship).map((organizationId) => ({
        action: 'contacts.exported' as const,
        actorId: viewer.userId,
        organizationId,
        targetType: 'relationship',
        targetId: relationship.id,
        metadata: { format: input.format, contacts: rows.length, side: side ?? 'both' },
      })),
    );
    const stem = `contacts-${relationship.id.slice(0, 8)}`;
    switch (input.format) {
      case ContactExportFormat.CSV:
        return { filename: `${stem}.csv`, mimeType: 'text/csv', content: toCsv(rows), count: rows.length };
      case ContactExportFormat.VCARD:
        return {
          filename: `${stem}.vcf`,
          mimeType: 'text/vcard',
          content: rows.map(toVCard).join(''),
          count: rows.length,
        };
    }
  }

  /**
   * Checks every row with the same rules as a hand entry and reports each problem in the viewer's
   * language. With `commit`, saves all rows or, if any is refused, none (BAD_USER_INPUT naming them).
   */
  async import(
    ctx: RequestContext,
    viewer: Viewer,
    input: ImportContactPointsInput,
  ): Promise<ContactImportResultOutput> {
    if (input.csv.length > CONTACT_IMPORT_LIMITS.textMax) {
      throw invalidInput([
        { field: 'csv', message: 'field.tooLong', params: { max: CONTACT_IMPORT_LIMITS.textMax } },
      ]);
    }
    // Seeing the relationship and writing its side are checked before the file is even read.
    const { relationship, facts } = await this.relationships.access(viewer, input.relationshipId);
    if (!sidesOf(relationship).includes(input.organizationId)) {
      throw invalidInput([{ field: 'organizationId', message: 'planning.field.notOnRelationship' }]);
    }
    const side = contactPointResource('', { relationship: facts, organizationId: input.organizationId });
    if (!can(viewer, 'contactPoint.write', side)) throw ownSideOnly();
    let records: ReturnType<typeof fromCsv>;
    try {
      records = fromCsv(input.csv, CONTACT_IMPORT_LIMITS.rowsMax);
    } catch {
      throw invalidInput([{ field: 'csv', message: 'planning.field.csv' }]);
    }
    if (records.length > CONTACT_IMPORT_LIMITS.rowsMax) {
      throw invalidInput([
        { field: 'csv', message: 'field.tooMany', params: { max: CONTACT_IMPORT_LIMITS.rowsMax } },
      ]);
    }
    const checked = records.map((record, index) => {
      try {
        const {
          relationshipId: _r,
          organizationId: _o,
          ...fields
        } = parseInput(addContactPointRules, {
          relationshipId: input.relationshipId,
          organizationId: input.organizationId,
          ...record,
        });
        return {
          line: index + 2,
          name: record.name,
          fields: fields as ContactFields,
          problems: [] as FieldProblem[],
        };
      } catch (error) {
        if (!(error instanceof DomainException)) throw error;
        return {
          line: index + 2,
          name: record.name,
          fields: null,
          problems: error.details.fieldErrors ?? [],
        };
      }
    });
    const valid = checked.every((row) => row.problems.length === 0);
    if (input.commit && !valid) {
      throw invalidInput(
        checked.flatMap((row) =>
          row.problems.map((problem) => ({ ...problem, field: `rows.${row.line}.${problem.field}` })),
        ),
      );
    }
    let imported = 0;
    if (input.commit) {
      const fields = checked.flatMap((row) => (row.fields ? [row.fields] : []));
      imported = (
        await this.contacts.importAll(ctx, viewer, input.relationshipId, input.organizationId, fields)
      ).length;
      await this.audit.record({
        action: 'contacts.imported',
        actorId: viewer.userId,
        organizationId: input.organizationId,
        targetType: 'relationship',
        targetId: input.relationshipId,
        metadata: { contacts: imported },
      });
    }
    return {
      valid,
      imported,
      rows: checked.map((row) => ({
        line: row.line,
        name: row.name,
        problems: row.problems.map((problem) => ({
          field: problem.field,
          message: translate(ctx.locale, problem.message, problem.params),
        })),
      })),
    };
  }
}
