/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderInApp } from '../../../testing/render-in-app';
import { electionChoicesQuery } from '../graphql/election-choices.query';
import { ElectionSelect } from './ElectionSelect';

type Filter = { search?: string; from?: string };

function election(id: string, name: string, countryCode: string, electionDay: string) {
  return { __typename: 'ElectionEdge', node: { __typename: 'Election', id, name, countryCode, electionDay } };
}

function choices(matches: (filter: Filter) => boolean, edges: ReturnType<typeof election>[]) {
  return {
    request: { query: electionChoicesQuery, variables: ({ filter }: { filter: Filter }) => matches(filter) },
    result: { data: { elections: { __typename: 'ElectionConnection', edges } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const RECENT = choices(
  (filter) => filter.from !== undefined && filter.search === undefined,
  [election('e-ke', 'Kenya General Election', 'KE', '2027-08-10')],
);
// An election years ahead: not among the recent and upcoming ones, found by what the user types.
const SEARCHED = choices(
  (filter) => filter.search === 'Ghana',
  [election('e-gh', 'Ghana Presidential Election', 'GH', '2032-12-07')],
);
const NOTHING = choices((filter) => filter.search === 'Atlantis', []);

function Picker() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <ElectionSelect
        label="Election"
        nothingFoundMessage="No election matches"
        value={value}
        onChange={setValue}
      />
      <output>{value ?? 'none'}</output>
    </>
  );
}

describe('ElectionSelect', () => {
  it('offers recent and upcoming elections, finds any other on the server, and keeps the picked one', async () => {
    const user = userEvent.setup();
    renderInApp(
      <MockedProvider mocks={[RECENT, SEARCHED, NOTHING]}>
        <Picker />
      </MockedProvider>,
    );
    const input = screen.getByRole('combobox', { name: 'Election' });
    await user.click(input);
    expect(
      await screen.findByRole('option', { name: 'Kenya General Election (KE, 2027-08-10)', hidden: true }),
    ).toBeTruthy();

    await user.type(input, 'Ghana');
    await user.click(
      await screen.findByRole('option', {
        name: 'Ghana Presidential Election (GH, 2032-12-07)',
        hidden: true,
      }),
    );
    expect(screen.getByRole('status').textContent).toBe('e-gh');
    // The picked election keeps its label, though the list went back to the recent ones.
    await waitFor(() =>
      expect((input as HTMLInputElement).value).toBe('Ghana Presidential Election (GH, 2032-12-07)'),
    );

    await user.clear(input);
    await user.type(input, 'Atlantis');
    expect(await screen.findByText('No election matches')).toBeTruthy();
  });
});
