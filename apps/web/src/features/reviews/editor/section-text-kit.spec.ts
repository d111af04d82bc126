import { describe, expect, it } from '@jest/globals';
import { getSchema } from '@tiptap/react';
import { sectionTextKit } from './section-text-kit';

describe('sectionTextKit', () => {
  it('allows exactly the marks the server writes as Markdown (bold, italic, strike, code, link)', () => {
    const marks = Object.keys(getSchema([sectionTextKit]).marks).sort();
    expect(marks).toEqual(['bold', 'code', 'italic', 'link', 'strike']);
  });
});
