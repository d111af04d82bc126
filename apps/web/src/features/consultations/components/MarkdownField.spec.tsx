/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../../../testing/render-in-app';
import { MarkdownField } from './MarkdownField';

describe('a Markdown field', () => {
  it('previews what is written, rendered safely, and goes back to the text', async () => {
    const markdown = '## What we heard\n\n<script>alert(1)</script>[x](javascript:alert(1))';
    const { container } = renderInApp(
      <MarkdownField label="Outcome" value={markdown} onChange={() => undefined} maxLength={100} />,
    );
    expect((screen.getByRole('textbox', { name: 'Outcome' }) as HTMLTextAreaElement).value).toBe(markdown);
    await userEvent.click(screen.getByText('Preview'));
    expect(screen.getByRole('heading', { name: 'What we heard' })).toBeTruthy();
    expect(container.querySelectorAll('script')).toHaveLength(0);
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).not.toContain(
      'javascript:alert(1)',
    );
    await userEvent.click(screen.getByText('Write'));
    expect(screen.getByRole('textbox', { name: 'Outcome' })).toBeTruthy();
  });

  it('passes each keystroke to its form', async () => {
    const typed: string[] = [];
    renderInApp(
      <MarkdownField label="Outcome" value="" onChange={(value) => typed.push(value)} maxLength={100} />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Outcome' }), 'ok');
    expect(typed).toEqual(['o', 'k']);
  });
});
