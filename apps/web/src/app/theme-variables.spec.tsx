import { readFileSync } from 'node:fs';
import { MantineProvider } from '@mantine/core';
import { renderToStaticMarkup } from 'react-dom/server';
import { cssVariablesResolver, theme } from './theme';

/** `selector → { variable → value }`, whatever the formatting, quotes and comments. */
function declarations(css: string): Record<string, Record<string, string>> {
  const blocks: Record<string, Record<string, string>> = {};
  const uncommented = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/"/g, "'")
    .replace(/\s+/g, ' ');
  for (const [, selector = '', body = ''] of uncommented.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const entries = body
      .split(';')
      .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
      .filter(([name]) => name);
    blocks[selector.trim()] = Object.fromEntries(entries);
  }
  return blocks;
}

describe('theme-variables.css', () => {
  it('declares exactly the variables MantineProvider generates from the theme', () => {
    const html = renderToStaticMarkup(
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
        {null}
      </MantineProvider>,
    );
    const generated = /<style data-mantine-styles="true">([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const file = readFileSync(new URL('./theme-variables.css', import.meta.url), 'utf8');

    expect(generated).not.toBe('');
    expect(declarations(file)).toEqual(declarations(generated));
  });
});
