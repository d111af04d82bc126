/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { AttributionRule, ConsultationStanding, ConsultationStatus } from '@ecw/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../apollo/cache';
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

/** Consultation number `n` of a long list. */
const numbered = (n: number) => ({
  ...INVITED_TO,
  id: `consultation-${n}`,
  title: `Consultation number ${n}`,
});

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => numbered(from + i));

/**
 * A page of the list as the API answers for `filter` (after `after`, when given); `sent` counts the
 * requests.
 */
function listWith(
  filter: ConsultationFilter | null,
  nodes: (typeof INVITED_TO)[],
  sent = { count: 0 },
  {
    after,
    total = nodes.length,
    hasNextPage = false,
  }: { after?: string; total?: number; hasNextPage?: boolean } = {},
) {
  return {
    request: { query: consultationsQuery, variables: { first: 50, filter, ...(after ? { after } : {}) } },
    result: () => {
      sent.count++;
      return {
        data: {
          consultations: {
            __typename: 'ConsultationConnection',
            totalCount: total,
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `cursor-${nodes.at(-1)?.id}` },
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
    <MockedProvider mocks={mocks} cache={createCache()} showWarnings={false}>
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

  it('loads the consultations past the first 50, and reads a new side from its first page', async () => {
    const convening = { count: 0 };
    renderListPage(
      [
        listWith(null, range(1, 50), undefined, { total: 60, hasNextPage: true }),
        listWith(null, range(51, 60), undefined, { after: 'cursor-consultation-50', total: 60 }),
        listWith({ standing: ConsultationStanding.CONVENING }, range(1, 50), convening, {
          total: 55,
          hasNextPage: true,
        }),
      ],
      '',
    );
    const titles = () => screen.getAllByRole('link', { name: /^Consultation number/ });
    await waitFor(() => expect(titles()).toHaveLength(50));
    expect(screen.getByText('Showing 50 of 60')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(titles()).toHaveLength(60));
    expect(titles().at(-1)?.textContent).toBe('Consultation number 60');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    await userEvent.click(screen.getByRole('radio', { name: 'Convening' }));

    expect(await screen.findByText('Showing 50 of 55')).toBeTruthy();
    expect(convening.count).toBe(1);
    expect(titles()).toHaveLength(50);
  });
});
