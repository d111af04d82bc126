import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { LIMITS } from '@ecw/domain';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { forbidden } from '../core/errors/domain.exception.js';
import { BriefReader } from './brief-reader.service.js';
import { type BriefRecord } from './brief.record.js';
import { can } from '../core/policy/can.js';
import { consultationResource } from '../core/policy/resources/consultation.policy.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { BriefExportFormat } from './dtos/export-briefs.input.js';
import { type BriefExportOutput } from './dtos/brief-export.output.js';
import { toBriefOutput, type ContextBriefOutput } from './dtos/context-brief.output.js';
import { renderBriefsHtml } from './brief-export.html.js';

/** An export holds at most this many briefs (the pages are read one after another). */
const EXPORT_MAX = 5_000;

/** Spreadsheet programs run a cell starting with these as a formula: such a cell gets a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The convenor's export of a consultation's briefs, built from the same per-viewer output as the
 * screen (so under the Chatham House Rule it names no organisation), and written to the audit log.
 */
@Injectable()
export class BriefExportService {
  constructor(
    private readonly consultations: ConsultationReader,
    private readonly briefs: BriefReader,
    private readonly audit: AuditLogService,
  ) {}

  async export(
    viewer: Viewer,
    consultationId: string,
    format: BriefExportFormat,
    locale: string,
  ): Promise<BriefExportOutput> {
    const consultation = await this.consultations.readable(viewer, consultationId);
    if (!can(viewer, 'consultation.manage', consultationResource(consultation.id, consultation.facts))) {
      throw forbidden();
    }
    const records: BriefRecord[] = [];
    let after: string | null = null;
    do {
      const page = await this.briefs.list(consultation, { first: LIMITS.pageSizeMax, after }, locale);
      records.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && records.length < EXPORT_MAX);
    const shown = records.map((record) => toBriefOutput(record, consultation, locale));
    await this.audit.record({
      action: 'consultation.exported',
      actorId: viewer.userId,
      organizationId: consultation.facts.convenorOrganizationId,
      targetType: 'consultation',
      targetId: consultation.id,
      metadata: { format, briefs: shown.length },
    });
    const base = `consultation-${consultation.id}`;
    return format === BriefExportFormat.CSV
      ? { filename: `${base}.csv`, contentType: 'text/csv', content: toCsv(shown), briefCount: shown.length }
      : {
          filename: `${base}.html`,
          contentType: 'text/html',
          content: renderBriefsHtml(consultation.title, shown, locale),
          briefCount: shown.length,
        };
  }
}

function toCsv(briefs: ContextBriefOutput[]): string {
  const header = [
    'submittedAt',
    'status',
    'attribution',
    'title',
    'summary',
    'topics',
    'riskLevel',
    'regions',
    'languages',
    'body',
    'response',
  ];
  const rows = briefs.map((brief) => [
    brief.submittedAt?.toISOString() ?? '',
    brief.status,
    brief.attribution,
    brief.title,
    brief.summary,
    brief.topics.join(' '),
    brief.riskLevel,
    brief.regions.join('; '),
    brief.languages.join(' '),
    brief.body,
    brief.response?.body ?? '',
  ]);
  return stringify([header, ...rows.map((row) => row.map(spreadsheetSafe))]);
}
