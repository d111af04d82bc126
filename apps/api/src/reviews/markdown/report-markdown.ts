import { createHash } from 'node:crypto';
import type * as Y from 'yjs';
import { sectionMarkdown } from './section-markdown.js';

/**
 * The whole report as one Markdown text: its title, then each section's title and text in
 * position order. Pure, so a version's hash can be recomputed from the same document and sections.
 */
export function reportMarkdown(
  title: string,
  sections: readonly { id: string; title: string }[],
  doc: Y.Doc,
): string {
  const parts = [`# ${title}`];
  for (const section of sections) {
    parts.push(`## ${section.title}`);
    const body = sectionMarkdown(doc.getXmlFragment(section.id));
    if (body) parts.push(body);
  }
  return `${parts.join('\n\n')}\n`;
}

/** SHA-256 hex of the exact Markdown text (UTF-8): anyone can check a version with `sha256sum`. */
export function contentHashOf(markdown: string): string {
  return createHash('sha256').update(markdown, 'utf8').digest('hex');
}
