import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Logger } from 'pino';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { ReviewEventKind } from '@ecw/domain';
import { type Viewer } from '../../core/auth/viewer.js';
import { LOGGER } from '../../core/core.module.js';
import { invalidInput, notFound } from '../../core/errors/domain.exception.js';
import { inTransaction } from '../../core/transaction/command.js';
import { parseInput } from '../../core/validation/parse-input.js';
import { isUuid } from '../../core/validation/uuid.js';
import { CollabServer } from '../collab/collab.server.js';
import { ReviewCoAuthorEntity } from '../review-co-author.entity.js';
import { ReviewDocumentStore } from '../review-document.store.js';
import { ReviewEvents } from '../review-events.js';
import { type ReviewReportEntity } from '../review-report.entity.js';
import { ReviewReportService } from '../review-report.service.js';
import { ReviewSectionEntity } from '../review-section.entity.js';
import { updateReviewSectionRules } from '../review.rules.js';
import { ReviewVersionEntity } from '../versions/review-version.entity.js';
import { type RestoreReviewSectionInput } from './dtos/restore-review-section.input.js';
import { type UpdateReviewSectionInput } from './dtos/update-review-section.input.js';

/**
 * Renaming, moving, removing and restoring sections (MEMBER or above of a co-author, before
 * publication). A removed section leaves the list but its text stays in the document, so every
 * version made before still holds it and it can be restored from one.
 */
@Injectable()
export class ReviewSectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReviewReportService,
    private readonly store: ReviewDocumentStore,
    private readonly collab: CollabServer,
    private readonly events: ReviewEvents,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async update(viewer: Viewer, input: UpdateReviewSectionInput): Promise<ReviewSectionEntity> {
    const fields = parseInput(updateReviewSectionRules, input);
    const { report, section } = await this.editable(viewer, fields.id);
    return inTransaction(this.dataSource, this.logger, async (manager) => {
      const live = await this.lockedSections(manager, report.id);
      if (fields.leadOrganizationId) await this.assertCoAuthor(manager, report.id, fields.leadOrganizationId);
      const current = live.find((row) => row.id === section.id);
      if (!current) throw notFound();
      if (fields.title) current.title = fields.title;
      if (fields.leadOrganizationId !== undefined) current.leadOrganizationId = fields.leadOrganizationId;
      const order = live.filter((row) => row.id !== current.id);
      order.splice(Math.min(fields.position ?? current.position, order.length), 0, current);
      await this.saveOrder(manager, order);
      return {
        result: current,
        announcements: [this.events.announce(ReviewEventKind.SECTION_UPDATED, report.id)],
      };
    });
  }

  async remove(viewer: Viewer, sectionId: string): Promise<ReviewReportEntity> {
    const { report, section } = await this.editable(viewer, sectionId);
    await inTransaction(this.dataSource, this.logger, async (manager) => {
      const live = await this.lockedSections(manager, report.id);
      await manager.getRepository(ReviewSectionEntity).update(section.id, { removedAt: new Date() });
      await this.saveOrder(
        manager,
        live.filter((row) => row.id !== section.id),
      );
      return {
        result: null,
        announcements: [this.events.announce(ReviewEventKind.SECTION_UPDATED, report.id)],
      };
    });
    return this.reports.get(viewer, report.id);
  }

  /**
   * The section's text becomes what the version froze (a removed section comes back, last). The
   * change is stored first, then applied to the live document, like any acknowledged edit.
   */
  async restore(viewer: Viewer, input: RestoreReviewSectionInput): Promise<ReviewSectionEntity> {
    if (!isUuid(input.versionId)) throw notFound();
    const version = await this.dataSource
      .getRepository(ReviewVersionEntity)
      .createQueryBuilder('v')
      .addSelect('v.snapshot')
      .where('v.id = :id', { id: input.versionId })
      .getOne();
    if (!version) throw notFound();
    const { report } = await this.reports.authorize(viewer, 'reviewReport.edit', version.reportId);
    if (!version.sections.some((frozen) => frozen.id === input.sectionId)) {
      throw invalidInput([{ field: 'sectionId', message: 'reviews.field.sectionNotInVersion' }]);
    }
    const restored = await inTransaction(this.dataSource, this.logger, async (manager) => {
      const live = await this.lockedSections(manager, report.id);
      const sections = manager.getRepository(ReviewSectionEntity);
      const section = await sections.findOneOrFail({ where: { id: input.sectionId, reportId: report.id } });
      if (section.removedAt) {
        section.removedAt = null;
        await this.saveOrder(manager, [...live, section]);
      }
      return {
        result: section,
        announcements: [this.events.announce(ReviewEventKind.SECTION_UPDATED, report.id)],
      };
    });
    const update = await this.restoringUpdate(report.id, input.sectionId, new Uint8Array(version.snapshot));
    await this.store.append(report.id, update);
    await this.collab.applyStoredUpdate(report.id, update);
    return restored;
  }

  /** The Yjs update that replaces the section's live content with the version's. */
  private async restoringUpdate(
    reportId: string,
    sectionId: string,
    snapshot: Uint8Array,
  ): Promise<Uint8Array> {
    const live = new Y.Doc();
    Y.applyUpdate(live, (await this.store.load(reportId)).state);
    const frozen = new Y.Doc();
    Y.applyUpdate(frozen, snapshot);
    const before = Y.encodeStateVector(live);
    live.transact(() => {
      const fragment = live.getXmlFragment(sectionId);
      fragment.delete(0, fragment.length);
      const nodes = frozen
        .getXmlFragment(sectionId)
        .toArray()
        .map((node) => node.clone());
      fragment.insert(0, nodes as (Y.XmlElement | Y.XmlText)[]);
    });
    const update = Y.encodeStateAsUpdate(live, before);
    live.destroy();
    frozen.destroy();
    return update;
  }

  private async editable(
    viewer: Viewer,
    sectionId: string,
  ): Promise<{ report: ReviewReportEntity; section: ReviewSectionEntity }> {
    if (!isUuid(sectionId)) throw notFound();
    const section = await this.dataSource
      .getRepository(ReviewSectionEntity)
      .findOne({ where: { id: sectionId, removedAt: IsNull() } });
    if (!section) throw notFound();
    const { report } = await this.reports.authorize(viewer, 'reviewReport.edit', section.reportId);
    return { report, section };
  }

  /** Live sections by position, with the report locked: one writer at a time renumbers them. */
  private async lockedSections(manager: EntityManager, reportId: string): Promise<ReviewSectionEntity[]> {
    await manager.query(`SELECT id FROM review_reports WHERE id = $1 FOR UPDATE`, [reportId]);
    return manager
      .getRepository(ReviewSectionEntity)
      .find({ where: { reportId, removedAt: IsNull() }, order: { position: 'ASC' } });
  }

  private async saveOrder(manager: EntityManager, order: ReviewSectionEntity[]): Promise<void> {
    const sections = manager.getRepository(ReviewSectionEntity);
    for (const [position, section] of order.entries()) {
      section.position = position;
      await sections.save(section);
    }
  }

  private async assertCoAuthor(
    manager: EntityManager,
    reportId: string,
    organizationId: string,
  ): Promise<void> {
    const found = await manager
      .getRepository(ReviewCoAuthorEntity)
      .findOne({ where: { reportId, organizationId } });
    if (!found) throw invalidInput([{ field: 'leadOrganizationId', message: 'reviews.field.notCoAuthor' }]);
  }
}
