import { type ContextBriefOutput } from './dtos/context-brief.output.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Everything written by people is escaped: the file never carries their markup or scripts. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * A printable page of briefs. Markdown stays as written (escaped, in a pre-wrapped block): the
 * export is for reading and archiving, and no HTML from a brief ever reaches the file.
 */
export function renderBriefsHtml(title: string, briefs: ContextBriefOutput[], locale: string): string {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const sections = briefs
    .map(
      (brief) => `<article>
<h2>${escape(brief.title)}</h2>
<p class="meta">${escape(brief.attribution)} · ${escape(brief.status)} · ${escape(brief.riskLevel)} · ${escape(brief.submittedAt?.toISOString() ?? '')}</p>
<p class="meta">${escape(brief.topics.join(', '))} · ${escape(brief.regions.join(', '))} · ${escape(brief.languages.join(', '))}</p>
<p><strong>${escape(brief.summary)}</strong></p>
<div class="body">${escape(brief.body)}</div>
${brief.response ? `<div class="body response">${escape(brief.response.body)}</div>` : ''}
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escape(locale)}" dir="${dir}">
<head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto}article{break-inside:avoid;border-top:1px solid #ccc;padding-top:1rem}.meta{color:#555;font-size:.9rem}.body{white-space:pre-wrap}.response{border-inline-start:3px solid #888;padding-inline-start:.75rem}</style>
</head>
<body>
<h1>${escape(title)}</h1>
${sections}
</body>
</html>
`;
}
