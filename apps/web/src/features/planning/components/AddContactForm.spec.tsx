/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../../../testing/render-in-app';
import { addContactPointMutation } from '../graphql/add-contact-point.mutation';
import { AddContactForm } from './AddContactForm';
import { CONTACT, badInput, descriptionOf } from './contact-mocks';

const INPUT = {
  relationshipId: 'relationship-1',
  organizationId: 'org-authority',
  name: 'Amina Wanjiru',
  title: null,
  escalationTier: 'URGENT',
  availability: null,
  languages: ['sw', 'en'],
  timeZone: 'Africa/Nairobi',
  validFrom: '2027-01-01',
  validUntil: '2027-12-31',
  channels: [
    { kind: 'EMAIL', value: 'duty@iec.example', preferred: false },
    { kind: 'PHONE', value: '+254711000111', preferred: true },
  ],
};

function renderForm(mocks: MockLink.MockedResponse[]) {
  return renderInApp(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <AddContactForm relationshipId="relationship-1" organizationId="org-authority" />
    </MockedProvider>,
  );
}

/**
 * Puts `text` into a field the way pasting does: one input event. Typing it key by key re-filters
 * the time-zone suggestions (every IANA zone) at each key, which under a loaded machine took these
 * tests past their timeout; what each key does is not what they test.
 */
async function pasteInto(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

async function fillIn() {
  const form = screen.getByRole('form', { name: 'Add a contact' });
  await pasteInto(within(form).getByRole('textbox', { name: 'Name' }), 'Amina Wanjiru');
  await userEvent.type(within(form).getByLabelText('Languages', { selector: 'input' }), 'sw{enter}en{enter}');
  await pasteInto(within(form).getByLabelText('Time zone', { selector: 'input' }), 'Africa/Nairobi');
  fireEvent.change(within(form).getByLabelText('Valid from'), { target: { value: '2027-01-01' } });
  fireEvent.change(within(form).getByLabelText('Valid until'), { target: { value: '2027-12-31' } });
  await pasteInto(
    within(form).getByRole('textbox', { name: 'Number, address or handle 1' }),
    'duty@iec.example',
  );
  await userEvent.click(within(form).getByRole('button', { name: 'Add a channel' }));
  await userEvent.click(within(form).getByLabelText('Channel 2', { selector: 'input' }));
  // Every select's options are in the page: pick from the one this label opened.
  const kinds = await screen.findByRole('listbox', { name: 'Channel 2', hidden: true });
  await userEvent.click(within(kinds).getByRole('option', { name: 'Phone', hidden: true }));
  await pasteInto(
    within(form).getByRole('textbox', { name: 'Number, address or handle 2' }),
    '+254711000111',
  );
  await userEvent.click(within(form).getByRole('radio', { name: 'Prefer channel 2' }));
  await userEvent.click(within(form).getByRole('button', { name: 'Add contact' }));
  return form;
}

describe('the add-contact form', () => {
  it('sends languages, time zone, validity dates and several channels with the chosen one preferred', async () => {
    let added = 0;
    renderForm([
      {
        request: { query: addContactPointMutation, variables: { input: INPUT } },
        result: () => {
          added++;
          return { data: { addContactPoint: CONTACT } };
        },
      },
    ]);
    const form = await fillIn();
    // Saved: the form is empty again, ready for the next contact.
    await waitFor(() =>
      expect((within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(''),
    );
    expect(added).toBe(1);
  });

  it('shows each of the server’s field errors beside the field it names', async () => {
    renderForm([
      {
        request: { query: addContactPointMutation, variables: { input: INPUT } },
        result: {
          errors: badInput([
            { field: 'input.languages.1', message: 'Use a BCP-47 language tag.' },
            { field: 'input.timeZone', message: 'Use an IANA time zone.' },
            { field: 'input.validUntil', message: 'Ends before it starts.' },
            { field: 'input.channels.1.value', message: 'Use an international number.' },
          ]),
        },
      },
    ]);
    const form = await fillIn();
    const expectations: [HTMLElement, string][] = [
      [within(form).getByLabelText('Languages', { selector: 'input' }), 'Use a BCP-47 language tag.'],
      [within(form).getByLabelText('Time zone', { selector: 'input' }), 'Use an IANA time zone.'],
      [within(form).getByLabelText('Valid until'), 'Ends before it starts.'],
      [
        within(form).getByRole('textbox', { name: 'Number, address or handle 2' }),
        'Use an international number.',
      ],
    ];
    for (const [input, message] of expectations) {
      expect(await screen.findByText(message)).toBeTruthy();
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(descriptionOf(input)).toContain(message);
    }
    // Nothing saved, nothing lost: what the person typed is still there to correct.
    expect((within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      'Amina Wanjiru',
    );
  });
});
