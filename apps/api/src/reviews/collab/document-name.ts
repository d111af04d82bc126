import { isUuid } from '../../core/validation/uuid.js';

/** A report's Yjs document at /collab is named `review-report.<report id>`; parsed here and only here. */
const PREFIX = 'review-report.';

export function reviewDocumentName(reportId: string): string {
  return `${PREFIX}${reportId}`;
}

/**
 * The report id a document name stands for, or null unless it is the report's canonical name (the
 * id as PostgreSQL prints it, in lower case). Hocuspocus keys live documents by name: a second
 * spelling of the same id would open a second live copy, whose edits are stored but never reach the
 * editors of the first.
 */
export function reportIdOfDocument(documentName: string): string | null {
  if (!documentName.startsWith(PREFIX)) return null;
  const id = documentName.slice(PREFIX.length);
  return isUuid(id) && id === id.toLowerCase() ? id : null;
}
