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
});
