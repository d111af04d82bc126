import { describe, expect, it } from '@jest/globals';
import { presenceColour } from '@ecw/domain';
import { presenceOf } from './presence';

const amira = { id: 'u-amira', name: 'Amira Haddad', color: '#1864ab' };
const ben = { id: 'u-ben', name: 'Ben Okafor', color: '#2b8a3e' };

describe('presenceOf', () => {
  it('lists each account once, the viewer first, with the section they are in', () => {
    const states = new Map<number, Record<string, unknown>>([
      [7, { user: ben, section: 's-2' }],
      [3, { user: amira }],
      [9, { user: amira, section: 's-1' }],
    ]);
    expect(presenceOf(states, 3)).toEqual([
      { ...amira, sectionId: 's-1', self: true },
      { ...ben, sectionId: 's-2', self: false },
    ]);
  });

  it('skips connections that have not said who they are', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, {}],
      [2, { user: { name: 'no id' } }],
      [3, { user: ben }],
    ]);
    expect(presenceOf(states, 1).map((person) => person.id)).toEqual(['u-ben']);
  });
});

describe('presenceColour', () => {
  it('gives an account the same six-digit colour every time, and spreads accounts over the palette', () => {
    expect(presenceColour('u-amira')).toBe(presenceColour('u-amira'));
    expect(presenceColour('u-amira')).toMatch(/^#[0-9a-f]{6}$/);
    const colours = new Set(Array.from({ length: 40 }, (_, i) => presenceColour(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(4);
  });
});
