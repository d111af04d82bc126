import { type ContactFields } from './contact-point.rules.js';

/** The fields a revision describes, by their contract names, in the order the contract lists them. */
export const DESCRIBED_FIELDS = [
  'name',
  'title',
  'channels',
  'languages',
  'timeZone',
  'availability',
  'escalationTier',
  'validFrom',
  'validUntil',
] as const satisfies readonly (keyof ContactFields)[];

type Described = Pick<ContactFields, (typeof DESCRIBED_FIELDS)[number]>;

const EMPTY = '—';

function shown(field: keyof Described, value: Described[keyof Described]): string {
  if (value === null || value === undefined) return EMPTY;
  if (field === 'channels') {
    const channels = value as Described['channels'];
    return (
      channels.map((c) => `${c.kind} ${c.value}${c.preferred ? ' (preferred)' : ''}`).join(', ') || EMPTY
    );
  }
  if (Array.isArray(value)) return value.join(', ') || EMPTY;
  return String(value);
}

/** "name: Amina Odhiambo; title: Duty officer; ..." for a new contact, leaving out empty fields. */
export function describeCreation(fields: Described): string {
  const parts = DESCRIBED_FIELDS.map((field) => [field, shown(field, fields[field])] as const)
    .filter(([, value]) => value !== EMPTY)
    .map(([field, value]) => `${field}: ${value}`);
  return `created: ${parts.join('; ')}`;
}

/** "title: Duty officer → Head of ICT security; ..." naming each changed field; empty when nothing changed. */
export function describeChanges(before: Described, after: Described): string {
  return DESCRIBED_FIELDS.flatMap((field) => {
    const from = shown(field, before[field]);
    const to = shown(field, after[field]);
    return from === to ? [] : [`${field}: ${from} → ${to}`];
  }).join('; ');
}
