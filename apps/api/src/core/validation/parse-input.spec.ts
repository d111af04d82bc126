import { z } from 'zod';
import { DomainException } from '../errors/domain.exception.js';
import { parseInput } from './parse-input.js';

const contactsRules = z.object({
  contacts: z.array(z.object({ name: z.string().max(5), phone: z.string().max(3) })),
});

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainException)
      return (error.details.fieldErrors ?? []).map((problem) => problem.field);
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseInput', () => {
  it('names a nested field by its whole path, so a form can show it on the right row', () => {
    const input = {
      contacts: [
        { name: 'Ana', phone: '1' },
        { name: 'Bo', phone: '2' },
        { name: 'Cy', phone: '12345' },
      ],
    };
    expect(fieldsOf(() => parseInput(contactsRules, input))).toEqual(['contacts.2.phone']);
  });

  it('names every bad field at once', () => {
    const input = { contacts: [{ name: 'far too long', phone: '12345' }] };
    expect(fieldsOf(() => parseInput(contactsRules, input)).sort()).toEqual([
      'contacts.0.name',
      'contacts.0.phone',
    ]);
  });

  it('refuses text with half of a UTF-16 surrogate pair, naming the field, and keeps whole pairs', () => {
    // JSON.stringify writes a lone surrogate as "\udfff", which jsonb refuses: a note carried into a
    // notification's parameters was an internal error (the mutation fuzzer found it).
    const rules = z.object({ contacts: z.array(z.object({ name: z.string(), phone: z.string() })) });
    const named = (name: string) => ({ contacts: [{ name, phone: '1' }] });
    expect(fieldsOf(() => parseInput(rules, named('\uDFFF\uD800')))).toEqual(['contacts.0.name']);
    expect(fieldsOf(() => parseInput(rules, named('a\uD800')))).toEqual(['contacts.0.name']);
    expect(fieldsOf(() => parseInput(rules, named('\uDC00b')))).toEqual(['contacts.0.name']);
    expect(parseInput(rules, named('Ana 👩🏽‍⚕️ \uD83D\uDE00')).contacts[0]?.name).toBe('Ana 👩🏽‍⚕️ 😀');
  });

  it('refuses an instant PostgreSQL cannot store (before 4713 BC) or outside the years 1–9999, naming the field', () => {
    // The DateTime scalar turns "-004713-11-23T23:59:59.999Z" into a valid Date; stored, it was a 500.
    const rules = z.object({ window: z.object({ startsAt: z.date(), endsAt: z.date() }) });
    const at = (iso: string) => ({
      window: { startsAt: new Date(iso), endsAt: new Date('2030-01-01T00:00:00Z') },
    });
    expect(fieldsOf(() => parseInput(rules, at('-004713-11-23T23:59:59.999Z')))).toEqual(['window.startsAt']);
    expect(fieldsOf(() => parseInput(rules, at('0000-12-31T23:59:59.999Z')))).toEqual(['window.startsAt']);
    expect(fieldsOf(() => parseInput(rules, at('+010000-01-01T00:00:00.000Z')))).toEqual(['window.startsAt']);
    expect(parseInput(rules, at('0001-01-01T00:00:00.000Z')).window.startsAt.toISOString()).toBe(
      '0001-01-01T00:00:00.000Z',
    );
    expect(parseInput(rules, at('9999-12-31T23:59:59.999Z')).window.startsAt.getUTCFullYear()).toBe(9999);
  });
});
