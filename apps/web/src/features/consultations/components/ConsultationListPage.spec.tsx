/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { AttributionRule, ConsultationStanding, ConsultationStatus } from '@ecw/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import type { ConsultationFilter } from '../../../gql/graphql';
import { renderInApp } from '../../../testing/render-in-app';
import { consultationsQuery } from '../graphql/consultations.query';
import { ConsultationListPage } from './ConsultationListPage';

const INVITED_TO = {
  __typename: 'Consultation',
  id: 'consultation-invited',
  title: 'Kenya 2027: risks before the vote',
  status: ConsultationStatus.OPEN,
  attributionRule: AttributionRule.CHATHAM_HOUSE,
  closesAt: null,
  convenor: { __typename: 'Organization', id: 'org-platform', name: 'Platform' },
};

/** The list as the API answers for `filter`; `sent` counts the requests. */
function listWith(filter: ConsultationFilter | null, nodes: (typeof INVITED_TO)[], sent = { count: 0 }) {
  return {
    request: { query: consultationsQuery, variables: { first: 50, filter } },
    result: () => {
      sent.count++;
      return {
        data: {
          consultations: {
            __typename: 'ConsultationConnection',
            totalCount: nodes.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: nodes.map((node) => ({ __typename: 'ConsultationEdge', node })),
          },
        },
      };
    },
  } satisfies MockLink.MockedResponse;
}

/** Shows the address's query string, where the filter lives. */
function Address() {
  return <output aria-label="address">{useLocation().search}</output>;
}

function renderListPage(mocks: MockLink.MockedResponse[], query: string) {
  return renderInApp(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <Routes>
        <Route
          path="consultations"
          element={
            <>
              <ConsultationListPage />
              <Address />
            </>
          }
        />
      </Routes>
    </MockedProvider>,
    { path: `/consultations${query}` },
  );
}

describe('the consultations list by the viewer’s side', () => {
  it('reads the side from the address, sends the one chosen, and says when nothing matches', async () => {
    const convening = { count: 0 };
    renderListPage(
      [
        listWith({ standing: ConsultationStanding.INVITED }, [INVITED_TO]),
        listWith({ standing: ConsultationStanding.CONVENING }, [], convening),
      ],
      '?standing=INVITED',
    );
    expect(await screen.findByRole('link', { name: INVITED_TO.title })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Invited' }) as HTMLInputElement).checked).toBe(true);

    await userEvent.click(screen.getByRole('radio', { name: 'Convening' }));

    expect(await screen.findByText('No consultation matches these filters.')).toBeTruthy();
    expect(convening.count).toBe(1);
    expect(screen.getByRole('status', { name: 'address' }).textContent).toBe('?standing=CONVENING');
  });

  it('combines the side with the status, and drops both for "all"', async () => {
    const everything = { count: 0 };
    renderListPage(
      [
        listWith({ standing: ConsultationStanding.CONVENING, status: ConsultationStatus.DRAFT }, []),
        listWith({ standing: ConsultationStanding.CONVENING }, []),
        listWith(null, [], everything),
      ],
      '?standing=CONVENING&status=DRAFT',
    );
    expect(await screen.findByText('No consultation matches these filters.')).toBeTruthy();

    await userEvent.click(screen.getByRole('radio', { name: 'All' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Convening or invited' }));

    expect(await screen.findByText('No consultations yet.')).toBeTruthy();
    expect(everything.count).toBe(1);
    expect(screen.getByRole('status', { name: 'address' }).textContent).toBe('');
  });
});
