/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderInApp } from '../../../testing/render-in-app';
import { SaveIndicator } from './SaveIndicator';

describe('SaveIndicator', () => {
  it('tells that offline edits are kept, as a polite status message', () => {
    renderInApp(<SaveIndicator state="offline" />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Offline — changes kept');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('speaks the reader’s language', () => {
    renderInApp(<SaveIndicator state="saved" />, { language: 'ar' });
    expect(screen.getByRole('status').textContent).toBe('تم الحفظ');
  });
});
