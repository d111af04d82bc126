import MarkdownIt from 'markdown-it';
import { type BriefFileFormat, type ExportedBrief } from './exported-brief.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text written by people (titles, labels) is escaped: the file never carries their markup. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * Markdown as the screen renders it (the web app's settings): raw HTML off, so a tag in the text
 * becomes text, and markdown-it refuses script and data URLs in links. The web app sanitises its
 * output with DOMPurify too, which needs a DOM the API does not load; the page's Content Security
 * Policy below stands in for it, so a renderer bug still cannot run a script where the file is opened.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: false });

function rendered(text: string): string {
  return `<div class="markdown">${markdown.render(text)}</div>`;
}

/** The page's fixed words, in the reader's language. */
export interface BriefExportWords {
  response: string;
  comments: string;
}

function answersHtml(brief: ExportedBrief['brief']): string {
  return (brief.answers ?? [])
    .map(
      (answer) => `<section class="answer">
<h3>${escape(answer.question.prompt)}</h3>
${rendered(answer.text)}
</section>`,
    )
    .join('\n');
}

function commentsHtml(comments: ExportedBrief['comments'], words: BriefExportWords): string {
  if (comments.length === 0) return '';
  const items = comments
    .map(
      (comment) => `<li>
<p class="meta">${escape(comment.attribution)} · ${escape(comment.createdAt.toISOString())}</p>
${rendered(comment.body)}
</li>`,
    )
    .join('\n');
  return `<h3>${escape(words.comments)}</h3>
<ul class="comments">
${items}
</ul>`;
}

function articleHtml({ brief, comments }: ExportedBrief, words: BriefExportWords): string {
  return `<article>
<h2>${escape(brief.title)}</h2>
<p class="meta">${escape(brief.attribution)} · ${escape(brief.status)} · ${escape(brief.riskLevel)} · ${escape(brief.submittedAt?.toISOString() ?? '')}</p>
<p class="meta">${escape(brief.topics.join(', '))} · ${escape(brief.regions.join(', '))} · ${escape(brief.languages.join(', '))}</p>
<p><strong>${escape(brief.summary)}</strong></p>
${rendered(brief.body)}
${answersHtml(brief)}
${brief.response ? `<section class="response"><h3>${escape(words.response)}</h3>${rendered(brief.response.body)}</section>` : ''}
${commentsHtml(comments, words)}
</article>
`;
}

/**
 * A printable page of briefs, each with its answers (under the question's text), the convenor's
 * response and its comments, their Markdown rendered as on screen. A cut page says so under its
 * title, before any brief.
 */
export function htmlFile(title: string, words: BriefExportWords, locale: string): BriefFileFormat {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  return {
    extension: 'html',
    contentType: 'text/html',
    brief: (exported) => articleHtml(exported, words),
    file: (briefs, cut) => `<!doctype html>
<html lang="${escape(locale)}" dir="${dir}">
<head><meta charset="utf-8"><meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto}article{border-top:1px solid #ccc;padding-top:1rem}h3{font-size:1rem}.meta{color:#555;font-size:.9rem}.markdown{overflow-wrap:anywhere}.response{border-inline-start:3px solid #888;padding-inline-start:.75rem}.comments{list-style:none;padding:0}.comments li{border-top:1px dotted #ccc}.cut{border:2px solid #b00;padding:.5rem .75rem;font-weight:600}.markdown :is(p,h1,h2,h3,h4,h5,h6,li,blockquote,td,th){unicode-bidi:plaintext;text-align:start}</style>
</head>
<body>
<h1>${escape(title)}</h1>
${cut === null ? '' : `<p class="cut" role="note">${escape(cut)}</p>\n`}${briefs.join('')}</body>
</html>
`,
  };
}
