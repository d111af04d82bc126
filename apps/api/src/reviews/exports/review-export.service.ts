import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountService } from '../../accounts/account.service.js';
import { AuditLogService } from '../../core/audit/audit-log.service.js';
import { type Viewer } from '../../core/auth/viewer.js';
import { invalidInput, notFound } from '../../core/errors/domain.exception.js';
import { translate } from '../../core/i18n/translate.js';
import { isUuid } from '../../core/validation/uuid.js';
import { OrganizationService } from '../../organizations/organization.service.js';
import { ReviewReportService } from '../review-report.service.js';
import { ReviewSignOffEntity } from '../versions/review-sign-off.entity.js';
import { ReviewVersionEntity } from '../versions/review-version.entity.js';
import { ReviewExportFormat, type ExportReviewReportInput } from './dtos/export-review-report.input.js';
import { type ReviewExportOutput } from './dtos/review-export.output.js';

/**
 * Exports one version of a report (the published one by default) as its frozen Markdown, or as
 * printable HTML with a sign-off page. Readers outside the co-authors may export the published
 * version only. Every export is written to the audit log.
 */
@Injectable()
export class ReviewExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReviewReportService,
    private readonly organizations: OrganizationService,
    private readonly accounts: AccountService,
    private readonly audit: AuditLogService,
  ) {}

  async export(viewer: Viewer, input: ExportReviewReportInput, locale: string): Promise<ReviewExportOutput> {
    const { report, facts } = await this.reports.access(viewer, input.reportId);
    const versionId = input.versionId ?? report.publishedVersionId;
    if (!versionId) throw invalidInput([{ field: 'versionId', message: 'reviews.field.versionRequired' }]);
    const version = isUuid(versionId)
      ? await this.dataSource.getRepository(ReviewVersionEntity).findOne({ where: { id: versionId } })
      : null;
    const mayRead = facts.coAuthorRole !== null || version?.id === report.publishedVersionId;
    if (!version || version.reportId !== report.id || !mayRead) throw notFound();
    await this.audit.record({
      action: 'review.exported',
      actorId: viewer.userId,
      organizationId: report.ownerOrganizationId,
      targetType: 'review_report',
      targetId: report.id,
      metadata: { versionId: version.id, format: input.format },
    });
    const base = `review-${report.id}-${version.id}`;
    switch (input.format) {
      case ReviewExportFormat.MARKDOWN:
        return {
          filename: `${base}.md`,
          contentType: 'text/markdown',
          content: version.markdown,
          contentHash: version.contentHash,
        };
      case ReviewExportFormat.HTML: {
        // Loaded on the first HTML export: markdown-it is code a start would compile for nothing.
        const { renderReportHtml } = await import('./review-export.html.js');
        return {
          filename: `${base}.html`,
          contentType: 'text/html',
          content: renderReportHtml(
            report.title,
            version.markdown,
            await this.signaturePage(version, locale),
            locale,
          ),
          contentHash: version.contentHash,
        };
      }
    }
  }

  private async signaturePage(version: ReviewVersionEntity, locale: string) {
    const signOffs = await this.dataSource
      .getRepository(ReviewSignOffEntity)
      .find({ where: { versionId: version.id }, order: { signedAt: 'ASC' } });
    const organizations = await this.organizations.namesById(signOffs.map((row) => row.organizationId));
    const users = new Map(
      (await this.accounts.findUsersByIds(signOffs.flatMap((row) => (row.userId ? [row.userId] : [])))).map(
        (user) => [user.id, user.displayName],
      ),
    );
    return {
      label: version.label,
      contentHash: version.contentHash,
      signatures: signOffs.map((row) => ({
        organization: organizations.get(row.organizationId) ?? '',
        signer: (row.userId && users.get(row.userId)) || '',
        signedAt: row.signedAt,
      })),
      words: {
        signOff: translate(locale, 'reviews.export.signOff'),
        organization: translate(locale, 'reviews.export.organization'),
        signer: translate(locale, 'reviews.export.signer'),
        date: translate(locale, 'reviews.export.date'),
        hash: translate(locale, 'reviews.export.contentHash'),
      },
    };
  }
}
