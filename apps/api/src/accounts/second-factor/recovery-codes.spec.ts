import { newRecoveryCode, normalizeRecoveryCode } from './recovery-codes.js';

describe('recovery codes', () => {
  it('are two groups of five unambiguous characters, and differ each time', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are compared without case, spaces or dashes', () => {
    expect(normalizeRecoveryCode(' AB12C-de3F4 ')).toBe('ab12cde3f4');
    expect(normalizeRecoveryCode('ab12c de3f4')).toBe('ab12cde3f4');
  });
});
