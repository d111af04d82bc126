import * as Y from 'yjs';
import { sectionMarkdown } from './section-markdown.js';

/** Builds Tiptap-shaped content: [name, attributes, children] or text runs. */
type Spec =
  string | { text: string; marks?: Record<string, unknown> } | [string, Record<string, unknown>, Spec[]];

function build(parent: Y.XmlFragment | Y.XmlElement, specs: Spec[]): void {
  for (const spec of specs) {
    if (typeof spec === 'string' || !Array.isArray(spec)) {
      const run = typeof spec === 'string' ? { text: spec } : spec;
      const text = new Y.XmlText();
      parent.push([text]);
      text.insert(0, run.text, run.marks ?? {});
      continue;
    }
    const [name, attributes, children] = spec;
    const element = new Y.XmlElement(name);
    parent.push([element]);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as string);
    build(element, children);
  }
}

function render(specs: Spec[]): string {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('section');
  build(fragment, specs);
  return sectionMarkdown(fragment);
}

describe('sectionMarkdown', () => {
  it('renders headings and paragraphs with marks and links', () => {
    expect(
      render([
        ['heading', { level: 2 }, ['Turnout']],
        [
          'paragraph',
          {},
          [
            'Polls opened ',
            { text: 'late', marks: { bold: true } },
            ' in ',
            { text: 'two', marks: { italic: true } },
            ' regions; see ',
            { text: 'the log', marks: { link: { href: 'https://example.org/log' } } },
            '.',
          ],
        ],
      ]),
    ).toBe('## Turnout\n\nPolls opened **late** in *two* regions; see [the log](https://example.org/log).');
  });

  it('renders bullet lists, ordered lists and nested lists', () => {
    expect(
      render([
        [
          'bulletList',
          {},
          [
            ['listItem', {}, [['paragraph', {}, ['hotline']]]],
            [
              'listItem',
              {},
              [
                ['paragraph', {}, ['escalation']],
                [
                  'orderedList',
                  {},
                  [
                    ['listItem', {}, [['paragraph', {}, ['first']]]],
                    ['listItem', {}, [['paragraph', {}, ['second']]]],
                  ],
                ],
              ],
            ],
          ],
        ],
      ]),
    ).toBe('- hotline\n- escalation\n  1. first\n  2. second');
  });

  it('renders tables as GFM, escaping pipes in cells', () => {
    expect(
      render([
        [
          'table',
          {},
          [
            [
              'tableRow',
              {},
              [
                ['tableHeader', {}, [['paragraph', {}, ['Region']]]],
                ['tableHeader', {}, [['paragraph', {}, ['Incidents']]]],
              ],
            ],
            [
              'tableRow',
              {},
              [
                ['tableCell', {}, [['paragraph', {}, ['North | coast']]]],
                ['tableCell', {}, [['paragraph', {}, ['3']]]],
              ],
            ],
          ],
        ],
      ]),
    ).toBe('| Region | Incidents |\n| --- | --- |\n| North \\| coast | 3 |');
  });

  it('escapes text that would otherwise become Markdown, and renders an empty section as nothing', () => {
    expect(render([['paragraph', {}, ['# not a heading, *not* bold']]])).toBe(
      '\\# not a heading, \\*not\\* bold',
    );
    expect(render([])).toBe('');
  });

  it('renders blockquotes, code blocks and rules', () => {
    expect(
      render([
        ['blockquote', {}, [['paragraph', {}, ['quoted']]]],
        ['codeBlock', { language: 'sql' }, ['SELECT 1']],
        ['horizontalRule', {}, []],
      ]),
    ).toBe('> quoted\n\n```sql\nSELECT 1\n```\n\n---');
  });
});
