import { describe, expect, it } from '@jest/globals';
import { placeFieldErrors } from './field-error-placement';

const values = {
  name: 'Open Ballot Watch',
  countries: ['KE', 'TZ', 'UG'],
  contacts: [
    { phone: '+254700000000', languages: ['sw'] },
    { phone: '', languages: ['en', 'fr'] },
  ],
};

describe('placeFieldErrors', () => {
  it('puts an error beside the input of the same name, with or without the argument prefix', () => {
    const { placed, placedFields, unplaced } = placeFieldErrors(
      [
        { field: 'name', message: 'Too long' },
        { field: 'input.countries', message: 'Pick one' },
      ],
      values,
    );
    expect(placed).toEqual({ name: 'Too long', countries: 'Pick one' });
    expect(placedFields).toEqual(['name', 'input.countries']);
    expect(unplaced).toEqual([]);
  });

  it('keeps the whole path into a list of objects', () => {
    const { placed } = placeFieldErrors([{ field: 'input.contacts.1.phone', message: 'Required' }], values);
    expect(placed).toEqual({ 'contacts.1.phone': 'Required' });
  });

  it('gives an item of a list of plain values to the input editing the list', () => {
    const { placed } = placeFieldErrors(
      [
        { field: 'countries.2', message: 'Unknown country' },
        { field: 'contacts.1.languages.0', message: 'Unknown language' },
      ],
      values,
    );
    expect(placed).toEqual({ countries: 'Unknown country', 'contacts.1.languages': 'Unknown language' });
  });

  it('leaves errors about things the form does not edit for the alert', () => {
    const { placed, unplaced } = placeFieldErrors(
      [
        { field: 'token', message: 'Expired link' },
        { field: 'contacts.7.phone', message: 'Required' },
      ],
      values,
    );
    expect(placed).toEqual({});
    expect(unplaced.map((error) => error.field)).toEqual(['token', 'contacts.7.phone']);
  });

  it('shows the first message when the server names a field twice', () => {
    const { placed } = placeFieldErrors(
      [
        { field: 'name', message: 'First' },
        { field: 'name', message: 'Second' },
      ],
      values,
    );
    expect(placed).toEqual({ name: 'First' });
  });
});
