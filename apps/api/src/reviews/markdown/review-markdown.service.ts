import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import * as Y from 'yjs';
import { type RequestContext } from '../../core/context/request-context.js';
import { ReviewDocumentStore } from '../review-document.store.js';
import { sectionMarkdown } from './section-markdown.js';

const DOCUMENTS = Symbol('reviews.documents');

/**
 * Markdown of the co-edited text as stored: every acknowledged update is in the log before its
 * acknowledgement, so this is the live document, with no delay to wait out.
 */
@Injectable()
export class ReviewMarkdownService {
  constructor(private readonly store: ReviewDocumentStore) {}

  async ofSection(ctx: RequestContext, reportId: string, sectionId: string): Promise<string> {
    return sectionMarkdown((await this.documentOf(ctx, reportId)).getXmlFragment(sectionId));
  }

  /** One Y.Doc per report per request, loaded for all the request's reports at once. */
  private documentOf(ctx: RequestContext, reportId: string): Promise<Y.Doc> {
    const loader = ctx.loaders.get(
      DOCUMENTS,
      () =>
        new DataLoader<string, Y.Doc>(async (reportIds) => {
          const states = await this.store.loadStates(reportIds);
          return reportIds.map((id) => {
            const doc = new Y.Doc();
            Y.applyUpdate(doc, states.get(id) ?? new Uint8Array([0, 0]));
            return doc;
          });
        }),
    );
    return loader.load(reportId);
  }
}
