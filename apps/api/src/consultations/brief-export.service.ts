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
import { csvFile } from './brief-export.csv.js';
import { type ConsultationRecord } from './consultation.record.js';
import { type BriefFileFormat } from './exported-brief.js';

/**
 * The most text an export holds (16 Mi characters). The file travels as one GraphQL string, so it is
 * built in memory: what bounds that memory is its size, not a count of briefs (one brief with its
 * answers and comments can be half a megabyte, another a few hundred characters). A file cut there
 * says so in itself, with how many briefs it left out.
 */
export const EXPORT_CHARACTERS_MAX = 16 * 1024 * 1024;

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
    const file =
      format === BriefExportFormat.CSV
        ? csvFile(consultation.questions)
        : await htmlFile(consultation, locale);
    const { briefs, total } = await this.write(consultation, file, locale);
    // `total` was counted with the first page: a brief submitted during the export is not in it.
    const omitted = Math.max(total - briefs.length, 0);
    await this.audit.record({
      action: 'consultation.exported',
      actorId: viewer.userId,
      organizationId: consultation.facts.convenorOrganizationId,
      targetType: 'consultation',
      targetId: consultation.id,
      metadata: { format, briefs: briefs.length, omitted },
    });
    const cut =
      omitted === 0
        ? null
        : translate(locale, 'consultations.export.cut', { shown: briefs.length, total, omitted });
    return {
      filename: `consultation-${consultation.id}.${file.extension}`,
      contentType: file.contentType,
      content: file.file(briefs, cut),
      briefCount: briefs.length,
    };
  }

  /**
   * Every brief the convenor sees, page by page in submission order, each written as soon as it is
   * read (only the file's text is kept), until the next one would take the file past its limit.
   */
  private async write(
    consultation: ConsultationRecord,
    file: BriefFileFormat,
    locale: string,
  ): Promise<{ briefs: string[]; total: number }> {
    const briefs: string[] = [];
    let size = 0;
    let total = 0;
    let after: string | null = null;
    do {
      // Each page's briefs carry their answers; their comments come in one more statement per page.
      const page = await this.briefs.list(consultation, { first: LIMITS.pageSizeMax, after }, locale);
      if (after === null) total = page.totalCount;
      const records = page.edges.map((edge) => edge.node);
      const comments = await this.comments.allOf(records.map((record) => record.id));
      for (const record of records) {
        const written = file.brief({
          brief: toBriefOutput(record, consultation, locale),
          comments: (comments.get(record.id) ?? []).map((comment) =>
            toCommentOutput(comment, consultation, locale),
          ),
        });
        if (size + written.length > EXPORT_CHARACTERS_MAX) return { briefs, total };
        briefs.push(written);
        size += written.length;
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { briefs, total };
  }
}

/** Loaded on the first HTML export, as the reviews' export does: markdown-it is code a start would compile for nothing. */
async function htmlFile(consultation: ConsultationRecord, locale: string): Promise<BriefFileFormat> {
  const { htmlFile: page } = await import('./brief-export.html.js');
  return page(
    consultation.title,
    {
      response: translate(locale, 'consultations.export.response'),
      comments: translate(locale, 'consultations.export.comments'),
    },
    locale,
  );
}
