import { Typography } from '@mantine/core';
import { useMemo } from 'react';
import { markdownRenderer } from '../model/markdown';

const renderMarkdown = markdownRenderer(window);

/** Participant-written Markdown, rendered and sanitised (see markdownRenderer). */
export function MarkdownText({ markdown }: { markdown: string }) {
  const html = useMemo(() => renderMarkdown(markdown), [markdown]);
  return (
    <Typography>
      {/* The HTML comes from markdownRenderer only: markdown-it without raw HTML, then DOMPurify.
          dir="auto": a brief is in its writer's language, whatever the reader's page direction;
          and each paragraph finds its own (global.css), for a text that mixes Arabic and English. */}
      <div className="markdown-text" dir="auto" dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
