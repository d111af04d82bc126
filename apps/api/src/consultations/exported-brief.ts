import { type CommentOutput } from './dtos/comment.output.js';
import { type ContextBriefOutput } from './dtos/context-brief.output.js';

/** A brief as its export shows it: built by the same output mappers as the screen, for the same viewer. */
export interface ExportedBrief {
  brief: ContextBriefOutput;
  comments: CommentOutput[];
}

/**
 * How one kind of export file is written: each brief on its own as it is read (so only the text of
 * the file is kept, never every brief's records), then the file around them.
 */
export interface BriefFileFormat {
  extension: string;
  contentType: string;
  brief(exported: ExportedBrief): string;
  /** `cut`, when given, tells the reader in the file itself that briefs were left out. */
  file(briefs: string[], cut: string | null): string;
}
