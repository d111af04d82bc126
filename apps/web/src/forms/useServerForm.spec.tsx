/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { ErrorCode, type FieldError } from '@ecw/domain';
import { Button, TextInput } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProblemAlert } from '../errors/ProblemAlert';
import type { GraphQLProblem } from '../errors/graphql-problem';
import { renderInApp } from '../testing/render-in-app';
import { useServerForm } from './useServerForm';

function badInput(fieldErrors: FieldError[]): GraphQLProblem {
  return {
    code: ErrorCode.BAD_USER_INPUT,
    reason: null,
    message: 'Check the fields.',
    fieldErrors,
    retryAfterSeconds: null,
  };
}

interface ContactsValues {
  contacts: { name: string; phone: string }[];
}

/** A form with nested values, the shape the planning registry's contact points will have. */
function ContactsForm({
  problem,
  onSubmit,
}: {
  problem: GraphQLProblem | null;
  onSubmit: (values: ContactsValues) => void;
}) {
  const { form, inputProps, placedFields } = useServerForm<ContactsValues>(
    {
      initialValues: {
        contacts: [
          { name: 'Desk', phone: '+254 700 000000' },
          { name: 'Night line', phone: '' },
        ],
      },
      validate: { contacts: { name: (value) => (value.trim() ? null : 'Give the contact a name.') } },
    },
    problem,
  );
  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate>
      <ProblemAlert problem={problem} formFields={placedFields} />
      {form.getValues().contacts.map((_, index) => (
        <fieldset key={index}>
          <TextInput label={`Name ${index + 1}`} {...inputProps(`contacts.${index}.name`)} />
          <TextInput label={`Phone ${index + 1}`} {...inputProps(`contacts.${index}.phone`)} />
        </fieldset>
      ))}
      <Button type="submit">Save</Button>
    </form>
  );
}

function descriptionOf(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('useServerForm', () => {
  it('puts a server error on the nested input its whole path names, and nowhere else', () => {
    renderInApp(
      <ContactsForm
        problem={badInput([{ field: 'input.contacts.1.phone', message: 'Enter a phone number.' }])}
        onSubmit={() => undefined}
      />,
    );
    const secondPhone = screen.getByRole('textbox', { name: 'Phone 2' });
    expect(secondPhone.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(secondPhone)).toContain('Enter a phone number.');
    expect(screen.getByRole('textbox', { name: 'Phone 1' }).getAttribute('aria-invalid')).not.toBe('true');
    // Every error is beside its field: no form-wide alert repeats it.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leaves an error about something the form does not edit to the alert', () => {
    renderInApp(
      <ContactsForm
        problem={badInput([{ field: 'input.relationshipId', message: 'This relationship has ended.' }])}
        onSubmit={() => undefined}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('This relationship has ended.');
  });

  it('submits the nested values, after its own checks pass', async () => {
    const submitted: ContactsValues[] = [];
    renderInApp(<ContactsForm problem={null} onSubmit={(values) => submitted.push(values)} />);
    const firstName = screen.getByRole('textbox', { name: 'Name 1' });
    await userEvent.clear(firstName);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).toEqual([]);
    expect(descriptionOf(firstName)).toContain('Give the contact a name.');

    await userEvent.type(firstName, 'Press desk');
    await userEvent.type(screen.getByRole('textbox', { name: 'Phone 2' }), '+254 711 111111');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(submitted).toEqual([
      {
        contacts: [
          { name: 'Press desk', phone: '+254 700 000000' },
          { name: 'Night line', phone: '+254 711 111111' },
        ],
      },
    ]);
  });
});
