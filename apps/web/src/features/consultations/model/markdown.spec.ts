import { JSDOM } from 'jsdom';
import { markdownRenderer } from './markdown';

const renderMarkdown = markdownRenderer(new JSDOM('').window as unknown as Window & typeof globalThis);

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    expect(renderMarkdown('## Risks\n\n*Harassment* of poll workers')).toBe(
      '<h2>Risks</h2>\n<p><em>Harassment</em> of poll workers</p>\n',
    );
  });

  it('never lets raw HTML, scripts or script URLs through', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [x](JaVaScRiPt:alert(1))',
    );
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    const hrefs = [...document.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
    expect(html).toContain('&lt;script&gt;'); // shown as text, as written
  });

  it('opens links in a new tab without an opener', () => {
    expect(renderMarkdown('[report](https://example.org)')).toContain('rel="noopener noreferrer nofollow"');
  });
});
