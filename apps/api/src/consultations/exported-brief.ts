import { type CommentOutput } from './dtos/comment.output.js';
import { type ContextBriefOutput } from './dtos/context-brief.output.js';

/** A brief as its export shows it: built by the same output mappers as the screen, for the same viewer. */
export interface ExportedBrief {
  brief: ContextBriefOutput;
  comments: CommentOutput[];
}
