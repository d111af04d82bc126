import * as Y from 'yjs';

/**
 * Renders a section's Tiptap content (an XmlFragment with Tiptap's default node names) as
 * Markdown: headings, paragraphs, bullet and ordered lists, blockquotes, code blocks, rules, GFM
 * tables, and bold/italic/strike/code/link marks. Pure: the same fragment always gives the same
 * text, which is what a version's content hash is taken of.
 */
export function sectionMarkdown(fragment: Y.XmlFragment): string {
  return blocks(fragment.toArray(), '').join('\n\n');
}

type Node = Y.XmlElement | Y.XmlText | Y.XmlHook;

function blocks(nodes: readonly Node[], indent: string): string[] {
  return nodes.flatMap((node) => {
    const text = block(node, indent);
    return text === null ? [] : [text];
  });
}

function block(node: Node, indent: string): string | null {
  if (node instanceof Y.XmlText) return indent + inline([node]);
  if (!(node instanceof Y.XmlElement)) return null;
  const children = node.toArray() as Node[];
  switch (node.nodeName) {
    case 'paragraph':
      return indent + inline(children);
    case 'heading': {
      const level = Math.min(Math.max(Number(node.getAttribute('level') ?? 1) || 1, 1), 6);
      return `${indent}${'#'.repeat(level)} ${inline(children)}`;
    }
    case 'bulletList':
      return listItems(children, indent, () => '- ');
    case 'orderedList': {
      const start = Number(node.getAttribute('start') ?? 1) || 1;
      return listItems(children, indent, (index) => `${start + index}. `);
    }
    case 'blockquote':
      return blocks(children, '')
        .join('\n\n')
        .split('\n')
        .map((line) => `${indent}> ${line}`.trimEnd())
        .join('\n');
    case 'codeBlock': {
      const language = String(node.getAttribute('language') ?? '');
      const code = children.map((child) => (child instanceof Y.XmlText ? child.toString() : '')).join('');
      return `${indent}\`\`\`${language}\n${code}\n${indent}\`\`\``;
    }
    case 'horizontalRule':
      return `${indent}---`;
    case 'table':
      return table(children, indent);
    default:
      // An unknown block keeps its text rather than losing it.
      return blocks(children, indent).join('\n\n');
  }
}

function listItems(items: readonly Node[], indent: string, marker: (index: number) => string): string {
  return items
    .filter((item): item is Y.XmlElement => item instanceof Y.XmlElement)
    .map((item, index) => {
      const prefix = marker(index);
      const [first = '', ...rest] = blocks(item.toArray() as Node[], indent + ' '.repeat(prefix.length));
      return `${indent}${prefix}${first.trimStart()}${rest.map((text) => `\n${text}`).join('')}`;
    })
    .join('\n');
}

function table(rows: readonly Node[], indent: string): string {
  const cells = rows
    .filter((row): row is Y.XmlElement => row instanceof Y.XmlElement)
    .map((row) =>
      (row.toArray() as Node[])
        .filter((cell): cell is Y.XmlElement => cell instanceof Y.XmlElement)
        // Pipes inside a cell are escaped with the rest of the inline text.
        .map((cell) =>
          blocks(cell.toArray() as Node[], '')
            .join(' ')
            .replace(/\n/g, ' '),
        ),
    );
  const width = Math.max(1, ...cells.map((row) => row.length));
  const line = (row: string[]) =>
    `${indent}| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
  const [header = [], ...body] = cells;
  return [line(header), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

interface Run {
  insert: unknown;
  attributes?: Record<string, unknown>;
}

function inline(nodes: readonly Node[]): string {
  return nodes
    .map((node) => {
      if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') return '  \n';
      if (!(node instanceof Y.XmlText)) return '';
      return (node.toDelta() as Run[]).map(run).join('');
    })
    .join('');
}

function run({ insert, attributes = {} }: Run): string {
  if (typeof insert !== 'string' || insert.length === 0) return '';
  let text = attributes['code'] ? `\`${insert}\`` : escapeMarkdown(insert);
  if (attributes['bold']) text = `**${text}**`;
  if (attributes['italic']) text = `*${text}*`;
  if (attributes['strike']) text = `~~${text}~~`;
  const link = attributes['link'];
  if (link && typeof link === 'object' && typeof (link as { href?: unknown }).href === 'string') {
    text = `[${text}](${(link as { href: string }).href.replace(/[()\s]/g, encodeURIComponent)})`;
  }
  return text;
}

/** Characters that would otherwise start Markdown syntax inside running text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|~])/g, '\\$1').replace(/^(#{1,6}\s|[-+]\s|\d+\.\s|>)/, '\\$1');
}
