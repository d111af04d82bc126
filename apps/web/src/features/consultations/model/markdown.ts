import DOMPurify, { type WindowLike } from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * Markdown written by participants, rendered for reading. markdown-it with raw HTML off turns any
 * tag into text and refuses script URLs in links; DOMPurify then sanitises the result again, so
 * a renderer bug cannot become a script. Links open in a new tab without an opener.
 */
export function markdownRenderer(window: WindowLike): (markdown: string) => string {
  const renderer = new MarkdownIt({ html: false, linkify: true, breaks: false });
  const purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    }
  });
  return (markdown) => purifier.sanitize(renderer.render(markdown), { USE_PROFILES: { html: true } });
}
