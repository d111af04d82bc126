import { Injectable } from '@nestjs/common';
import { LIMITS } from '@ecw/domain';
import { AuditLogService } from '../core/audit/audit-log.service.js';
import { type Viewer } from '../core/auth/viewer.js';
import { forbidden } from '../core/errors/domain.exception.js';
import { BriefReader } from './brief-reader.service.js';
import { can } from '../core/policy/can.js';
import { consultationResource } from '../core/policy/resources/consultation.policy.js';
import { ConsultationReader } from './consultation-reader.service.js';
import { BriefExportFormat } from './dtos/export-briefs.input.js';
import { type BriefExportOutput } from './dtos/brief-export.output.js';
import { toBriefOutput } from './dtos/context-brief.output.js';
import { toCommentOutput } from './dtos/comment.output.js';
import { translate } from '../core/i18n/translate.js';
import { CommentService } from './comment.service.js';
import { renderBriefsCsv } from './brief-export.csv.js';
import { type ExportedBrief } from './exported-brief.js';

/** An export holds at most this many briefs (the pages are read one after another). */
const EXPORT_MAX = 5_000;

/**
 * The convenor's export of a consultation's briefs, built from the same per-viewer output as the
 * screen (so under the Chatham House Rule it names no organisation), and written to the audit log.
 */
@Injectable()
export class BriefExportService {
  constructor(
    private readonly consultations: ConsultationReader,
    private readonly briefs: BriefReader,
    private readonly comments: CommentService,
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
    const shown: ExportedBrief[] = [];
    let after: string | null = null;
    do {
      // Each page's briefs carry their answers; their comments come in one more statement per page.
      const page = await this.briefs.list(consultation, { first: LIMITS.pageSizeMax, after }, locale);
      const records = page.edges.map((edge) => edge.node);
      const comments = await this.comments.allOf(records.map((record) => record.id));
      for (const record of records)
        shown.push({
          brief: toBriefOutput(record, consultation, locale),
          comments: (comments.get(record.id) ?? []).map((comment) =>
            toCommentOutput(comment, consultation, locale),
          ),
        });
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && shown.length < EXPORT_MAX);
    await this.audit.record({
      action: 'consultation.exported',
      actorId: viewer.userId,
      organizationId: consultation.facts.convenorOrganizationId,
      targetType: 'consultation',
      targetId: consultation.id,
      metadata: { format, briefs: shown.length },
    });
    const base = `consultation-${consultation.id}`;
    if (format === BriefExportFormat.CSV)
      return {
        filename: `${base}.csv`,
        contentType: 'text/csv',
        content: renderBriefsCsv(consultation.questions, shown),
        briefCount: shown.length,
      };
    // Loaded on the first HTML export, as the reviews' export does: markdown-it is code a start would compile for nothing.
    const { renderBriefsHtml } = await import('./brief-export.html.js');
    return {
      filename: `${base}.html`,
      contentType: 'text/html',
      content: renderBriefsHtml(
        consultation.title,
        shown,
        {
          response: translate(locale, 'consultations.export.response'),
          comments: translate(locale, 'consultations.export.comments'),
        },
        locale,
      ),
      briefCount: shown.length,
    };
  }
}
