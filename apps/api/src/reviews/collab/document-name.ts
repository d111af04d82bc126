import { isUuid } from '../../core/validation/uuid.js';

/** A report's Yjs document at /collab is named `review-report.<report id>`; parsed here and only here. */
const PREFIX = 'review-report.';

export function reviewDocumentName(reportId: string): string {
  return `${PREFIX}${reportId}`;
}

/** The report id a document name stands for, or null when it names no report. */
export function reportIdOfDocument(documentName: string): string | null {
  if (!documentName.startsWith(PREFIX)) return null;
  const id = documentName.slice(PREFIX.length);
  return isUuid(id) ? id.toLowerCase() : null;
}
