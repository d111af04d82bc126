/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderInApp } from '../../../testing/render-in-app';
import { endRelationshipMutation } from '../graphql/relationship-decision.mutation';
import { relationshipsQuery } from '../graphql/relationships.query';
import { RelationshipsPage } from './RelationshipsPage';

const RELATIONSHIPS = {
  request: { query: relationshipsQuery, variables: { organizationId: 'org-platform' } },
  result: {
    data: {
      organization: {
        __typename: 'Organization',
        id: 'org-platform',
        name: 'Open Platform Ltd',
        viewerRole: 'ADMIN',
      },
      relationships: [
        {
          __typename: 'Relationship',
          id: 'relationship-1',
          status: 'ACTIVE',
          createdAt: '2027-05-01T09:00:00Z',
          requestedBy: { __typename: 'Organization', id: 'org-platform' },
          organizations: [
            { __typename: 'Organization', id: 'org-platform', name: 'Open Platform Ltd' },
            { __typename: 'Organization', id: 'org-authority', name: 'Independent Electoral Commission' },
          ],
          election: null,
        },
      ],
    },
  },
};

describe('the relationships page', () => {
  it('ends a relationship only once the person confirms it', async () => {
    let ended = 0;
    renderInApp(
      <MockedProvider
        mocks={[
          RELATIONSHIPS,
          {
            request: { query: endRelationshipMutation, variables: { id: 'relationship-1' } },
            result: () => {
              ended++;
              return {
                data: {
                  endRelationship: { __typename: 'Relationship', id: 'relationship-1', status: 'ENDED' },
                },
              };
            },
          },
        ]}
        showWarnings={false}
      >
        <Routes>
          <Route path="organizations/:organizationId/relationships" element={<RelationshipsPage />} />
        </Routes>
      </MockedProvider>,
      { path: '/organizations/org-platform/relationships' },
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'End relationship with Independent Electoral Commission' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'End this relationship?' });
    expect(dialog.textContent).toContain('it cannot be reopened');
    expect(ended).toBe(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'End the relationship' }));
    expect(await screen.findByText('Ended')).toBeTruthy();
    expect(ended).toBe(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
