/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../../gql';
import { renderInApp } from '../../../testing/render-in-app';
import { updateContactPointMutation } from '../graphql/update-contact-point.mutation';
import { formatDay } from '../timeline/zoned-time';
import { ContactCard, ContactCardFragment } from './ContactCard';
import { CONTACT, badInput, descriptionOf } from './contact-mocks';

const UPDATED = {
  id: CONTACT.id,
  name: CONTACT.name,
  title: CONTACT.title,
  escalationTier: CONTACT.escalationTier,
  availability: CONTACT.availability,
  languages: ['sw', 'en'],
  timeZone: null,
  validFrom: '2027-01-01',
  validUntil: '2027-03-31',
  channels: [{ kind: 'EMAIL', value: 'duty@iec.example', preferred: true }],
};

function renderCard(mocks: MockLink.MockedResponse[] = []) {
  return renderInApp(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <ContactCard contact={makeFragmentData(CONTACT, ContactCardFragment)} canWrite />
    </MockedProvider>,
  );
}

describe('a contact card', () => {
  it('shows the contact’s languages, time zone and validity', () => {
    renderCard();
    const card = screen.getByTestId('contact-card');
    expect(card.textContent).toContain('Languages: sw, en');
    expect(card.textContent).toContain('Time zone: Africa/Nairobi');
    expect(card.textContent).toContain(
      `Valid from ${formatDay('2027-01-01', 'en')} to ${formatDay('2027-12-31', 'en')}`,
    );
  });

  it('edits them, sends an emptied time zone as none, and places the server’s errors', async () => {
    let updates = 0;
    const request = { query: updateContactPointMutation, variables: { input: UPDATED } };
    renderCard([
      {
        request,
        result: { errors: badInput([{ field: 'input.validUntil', message: 'Ends before it starts.' }]) },
      },
      {
        request,
        result: () => {
          updates++;
          return { data: { updateContactPoint: { ...CONTACT, timeZone: null, validUntil: '2027-03-31' } } };
        },
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: `Edit ${CONTACT.name}` });
    // Prefilled with what the contact has.
    expect(within(form).getByText('sw')).toBeTruthy();
    const timeZone = within(form).getByLabelText('Time zone', { selector: 'input' }) as HTMLInputElement;
    expect(timeZone.value).toBe('Africa/Nairobi');
    const validUntil = within(form).getByLabelText('Valid until') as HTMLInputElement;
    expect(validUntil.value).toBe('2027-12-31');

    await userEvent.clear(timeZone);
    fireEvent.change(validUntil, { target: { value: '2027-03-31' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Ends before it starts.')).toBeTruthy();
    expect(validUntil.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(validUntil)).toContain('Ends before it starts.');

    await userEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(updates).toBe(1);
  });
});
