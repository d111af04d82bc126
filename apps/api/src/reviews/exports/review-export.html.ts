import MarkdownIt from 'markdown-it';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** Raw HTML off: any tag in the text becomes text, and markdown-it refuses script and data URLs. */
const markdown = new MarkdownIt({ html: false, linkify: false });

export interface SignaturePage {
  label: string;
  contentHash: string;
  signatures: { organization: string; signer: string; signedAt: Date }[];
  /** The page's fixed words, in the reader's language. */
  words: { signOff: string; organization: string; signer: string; date: string; hash: string };
}

/**
 * When an organisation signed, as its reader reads a date, in UTC (the column's heading says so);
 * the exact instant stays machine-readable in `datetime`.
 */
function signedAtCell(signedAt: Date, locale: string): string {
  const readable = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(signedAt);
  return `<time datetime="${signedAt.toISOString()}">${escape(readable)}</time>`;
}

/**
 * A printable report: the version's Markdown rendered (no HTML from the text reaches the file; each
 * block in the direction of its own text, since a report mixes Arabic and English), then a sign-off
 * page on its own sheet with the organisations, signers, dates and content hash.
 */
export function renderReportHtml(title: string, body: string, page: SignaturePage, locale: string): string {
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const rows = page.signatures
    .map(
      (row) =>
        `<tr><td>${escape(row.organization)}</td><td>${escape(row.signer)}</td><td>${signedAtCell(row.signedAt, locale)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escape(locale)}" dir="${dir}">
<head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:start}.signoff{break-before:page}.hash{font-family:monospace;word-break:break-all}main :is(p,h1,h2,h3,h4,h5,h6,li,blockquote,td,th){unicode-bidi:plaintext;text-align:start}</style>
</head>
<body>
<main>
${markdown.render(body)}
</main>
<section class="signoff">
<h2>${escape(page.words.signOff)}: ${escape(page.label)}</h2>
<table>
<thead><tr><th>${escape(page.words.organization)}</th><th>${escape(page.words.signer)}</th><th>${escape(page.words.date)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>${escape(page.words.hash)}: <span class="hash">${escape(page.contentHash)}</span></p>
</section>
</body>
</html>
`;
}
