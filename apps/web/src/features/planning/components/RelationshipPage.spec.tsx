/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { act, screen, waitFor } from '@testing-library/react';
import { OperationTypeNode } from 'graphql';
import { Route, Routes } from 'react-router';
import { renderInApp } from '../../../testing/render-in-app';
import { relationshipRegistryQuery } from '../graphql/relationship-registry.query';
import { RelationshipPage } from './RelationshipPage';
import { CONTACT } from './contact-mocks';

const ORGANIZATIONS = [
  { __typename: 'Organization', id: 'org-platform', name: 'Open Platform Ltd', viewerRole: 'MEMBER' },
  {
    __typename: 'Organization',
    id: 'org-authority',
    name: 'Independent Electoral Commission',
    viewerRole: null,
  },
];

/** The registry page on a client whose socket the test drives, counting reads of the registry. */
function renderRegistry() {
  const reads = { count: 0 };
  const socket = new MockSubscriptionLink();
  const http = new MockLink(
    [
      {
        request: { query: relationshipRegistryQuery, variables: { id: 'relationship-1' } },
        result: () => {
          reads.count++;
          return {
            data: {
              relationship: {
                __typename: 'Relationship',
                id: 'relationship-1',
                status: 'ACTIVE',
                staleAfterDays: 90,
                requestedBy: { __typename: 'Organization', id: 'org-platform' },
                election: null,
                organizations: ORGANIZATIONS,
                contacts: [CONTACT],
              },
            },
          };
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
    { showWarnings: false, defaultOptions: { delay: 0 } },
  );
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.split(
      ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
      socket,
      http,
    ),
  });
  renderInApp(
    <ApolloProvider client={client}>
      <Routes>
        <Route path="relationships/:relationshipId" element={<RelationshipPage />} />
      </Routes>
    </ApolloProvider>,
    { path: '/relationships/relationship-1' },
  );
  const deliver = (kind: string, contactPointId: string, contactPoint: object | null) =>
    act(() =>
      socket.simulateResult({
        result: {
          data: {
            contactPointChanged: { __typename: 'ContactPointEvent', kind, contactPointId, contactPoint },
          },
        },
      }),
    );
  return { reads, deliver };
}

describe('the registry page, live', () => {
  it('applies each event’s contact to the page without reading the registry again', async () => {
    const { reads, deliver } = renderRegistry();
    expect(await screen.findByText(CONTACT.name)).toBeTruthy();

    const added = { ...CONTACT, id: 'contact-2', name: 'Zawadi Otieno', escalationTier: 'ROUTINE' };
    await deliver('CREATED', added.id, added);
    expect(await screen.findByText('Zawadi Otieno')).toBeTruthy();
    // In the registry's order: the critical contact first.
    const cards = screen.getAllByTestId('contact-card').map((card) => card.textContent ?? '');
    expect(cards.map((text) => text.includes('Zawadi Otieno'))).toEqual([false, true]);

    await deliver('UPDATED', CONTACT.id, { ...CONTACT, title: 'Head of ICT security' });
    expect(await screen.findByText('Head of ICT security')).toBeTruthy();

    await deliver('REMOVED', added.id, null);
    await waitFor(() => expect(screen.queryByText('Zawadi Otieno')).toBeNull());
    expect(screen.getAllByTestId('contact-card')).toHaveLength(1);

    // Each read of a registry is audited for both organisations: the events did not cause one.
    expect(reads.count).toBe(1);
  });
});
