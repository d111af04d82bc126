import { ErrorCode, type FieldError } from '@ecw/domain';
import { GraphQLError } from 'graphql';

/** A contact as the registry returns it: every field the card and the edit form read. */
export const CONTACT = {
  __typename: 'ContactPoint' as const,
  id: 'contact-1',
  name: 'Amina Wanjiru',
  title: 'Duty officer',
  escalationTier: 'CRITICAL' as const,
  verificationStatus: 'FRESH' as const,
  lastVerifiedAt: '2027-06-01T09:00:00Z',
  timeZone: 'Africa/Nairobi',
  availability: 'Weekdays 08:00–18:00',
  languages: ['sw', 'en'],
  validFrom: '2027-01-01',
  validUntil: '2027-12-31',
  organization: { __typename: 'Organization' as const, id: 'org-authority' },
  channels: [
    {
      __typename: 'ContactChannel' as const,
      kind: 'EMAIL' as const,
      value: 'duty@iec.example',
      preferred: true,
    },
  ],
  revisions: [],
};

/** The API's answer to bad input: BAD_USER_INPUT with a message per field. */
export function badInput(fieldErrors: FieldError[]) {
  return [
    new GraphQLError('Some fields need attention.', {
      extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors },
    }),
  ];
}

/** The text of whatever describes an input: its hint and, after a failed submit, its error. */
export function descriptionOf(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
