/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ErrorCode } from '@ecw/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderInApp } from '../../../testing/render-in-app';
import { addReviewCoAuthorMutation } from '../graphql/add-review-co-author.mutation';
import { coAuthorCandidatesQuery } from '../graphql/co-author-candidates.query';
import { AddCoAuthorForm } from './AddCoAuthorForm';

const organization = (id: string, name: string) => ({ __typename: 'Organization' as const, id, name });
const DESK = organization('desk', 'Ballot Tech Review Desk');
const MONITORS = organization('monitors', 'Lakeside Citizen Monitors');
const LAKESIDE_COMMISSION = organization('commission', 'Lakeside Electoral Commission');

function directory(search: string | null, found: ReturnType<typeof organization>[]): MockLink.MockedResponse {
  return {
    request: { query: coAuthorCandidatesQuery, variables: { filter: search ? { search } : {} } },
    result: {
      data: {
        organizations: {
          __typename: 'OrganizationConnection',
          edges: found.map((node) => ({ __typename: 'OrganizationEdge', node })),
        },
      },
    },
    // The field asks again as each letter is typed.
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function adding(answer: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: {
      query: addReviewCoAuthorMutation,
      variables: { reportId: 'report-1', organizationId: 'monitors' },
    },
    result: answer,
  };
}

function renderForm(mocks: MockLink.MockedResponse[], language = 'en') {
  renderInApp(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <AddCoAuthorForm reportId="report-1" coAuthorIds={['desk', 'commission']} />
    </MockedProvider>,
    { language },
  );
}

/** Types into the directory search; resolves to the options the server found, once listed. */
async function search(label: string, text: string, expected: string) {
  await userEvent.type(screen.getByRole('combobox', { name: label }), text);
  await screen.findByRole('option', { name: expected, hidden: true });
  return screen.getAllByRole('option', { hidden: true });
}

describe('AddCoAuthorForm', () => {
  it('finds an organisation in the directory, leaves out the co-authors, and adds it', async () => {
    let added = 0;
    renderForm([
      directory(null, [DESK, MONITORS, LAKESIDE_COMMISSION]),
      ...['L', 'La', 'Lak', 'Lake'].map((search) => directory(search, [MONITORS, LAKESIDE_COMMISSION])),
      adding(() => {
        added++;
        return {
          data: {
            addReviewCoAuthor: {
              __typename: 'ReviewReport',
              id: 'report-1',
              updatedAt: '2026-12-04T10:00:00.000Z',
              coAuthors: [DESK, LAKESIDE_COMMISSION, MONITORS],
            },
          },
        };
      }),
    ]);
    const submit = screen.getByRole('button', { name: 'Add co-author' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    const offered = await search('Add a co-author organisation', 'Lake', MONITORS.name);
    expect(offered.map((option) => option.textContent)).toEqual([MONITORS.name]);
    await userEvent.click(offered[0]);
    await userEvent.click(submit);
    await waitFor(() => expect(added).toBe(1));
  });

  it('says plainly why the server refused, in the reader’s language', async () => {
    renderForm(
      [
        directory(null, [MONITORS]),
        ...['L', 'La', 'Lak', 'Lake'].map((search) => directory(search, [MONITORS])),
        adding({
          errors: [
            new GraphQLError(
              'Seuls les propriétaires et administrateurs d’une organisation co-autrice peuvent faire cela.',
              {
                extensions: { code: ErrorCode.FORBIDDEN },
              },
            ),
          ],
        }),
      ],
      'fr',
    );
    const [monitors] = await search('Ajouter une organisation co-autrice', 'Lake', MONITORS.name);
    await userEvent.click(monitors);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter l’organisation' }));
    expect(
      await screen.findByText(
        'Seuls les propriétaires et administrateurs d’une organisation co-autrice peuvent faire cela.',
      ),
    ).toBeTruthy();
  });
});
