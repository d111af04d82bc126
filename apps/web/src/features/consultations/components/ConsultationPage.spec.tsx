/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { BriefStatus, RiskLevel } from '@ecw/domain';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { renderInApp } from '../../../testing/render-in-app';
import { consultationQuery } from '../graphql/consultation.query';
import type { BriefFilter } from '../../../gql/graphql';
import { ConsultationPage } from './ConsultationPage';
import { BRIEF, consultationMock } from './brief-mocks';

const LISTED = {
  ...BRIEF,
  status: BriefStatus.SUBMITTED,
  submittedAt: '2027-06-01T09:00:00Z',
  attribution: 'Coast Election Monitors',
};

/** The consultation as the API answers for `filter`, with these briefs; `sent` counts the requests. */
function consultationWith(filter: BriefFilter | null, briefs: (typeof LISTED)[], sent = { count: 0 }) {
  const base = consultationMock().result as { data: { consultation: Record<string, unknown> } };
  return {
    request: { query: consultationQuery, variables: { id: 'consultation-1', filter } },
    result: () => {
      sent.count++;
      return {
        data: {
          consultation: {
            ...base.data.consultation,
            briefs: {
              __typename: 'ContextBriefConnection',
              totalCount: briefs.length,
              edges: briefs.map((node) => ({ __typename: 'ContextBriefEdge', node })),
            },
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

function renderConsultationPage(mocks: MockLink.MockedResponse[], query = '') {
  // The page also listens for live events: unanswered here, and not what these tests are about.
  return renderInApp(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <Routes>
        <Route
          path="consultations/:consultationId"
          element={
            <>
              <ConsultationPage />
              <Address />
            </>
          }
        />
      </Routes>
    </MockedProvider>,
    { path: `/consultations/consultation-1${query}` },
  );
}

describe('the briefs on the consultation page', () => {
  it('sends the chosen risk level as the briefs’ filter, keeps it in the address, and says when nothing matches', async () => {
    const narrowed = { count: 0 };
    renderConsultationPage([
      consultationWith(null, [LISTED]),
      consultationWith({ riskLevel: RiskLevel.CRITICAL }, [], narrowed),
    ]);
    expect(await screen.findByRole('link', { name: LISTED.title })).toBeTruthy();

    await userEvent.click(screen.getByLabelText('Risk level', { selector: 'input' }));
    // The dropdown is still fading in, which the accessibility tree counts as hidden.
    await userEvent.click(await screen.findByRole('option', { name: 'Critical risk', hidden: true }));

    expect(await screen.findByText('No brief matches these filters.')).toBeTruthy();
    expect(narrowed.count).toBe(1);
    expect(screen.queryByText('No briefs to show.')).toBeNull();
    expect(screen.getByRole('status', { name: 'address' }).textContent).toBe('?risk=CRITICAL');
  });

  it('reads the filter from the address, combined with the search, and clears it all at once', async () => {
    const everything = { count: 0 };
    renderConsultationPage(
      [
        consultationWith(
          { search: 'poll workers', status: BriefStatus.SUBMITTED, region: 'North', language: 'sw' },
          [LISTED],
        ),
        consultationWith(null, [], everything),
      ],
      '?q=poll+workers&status=SUBMITTED&region=North&language=sw&topic=NOT_A_TOPIC',
    );
    expect(await screen.findByRole('link', { name: LISTED.title })).toBeTruthy();
    expect((screen.getByRole('searchbox', { name: 'Search the briefs' }) as HTMLInputElement).value).toBe(
      'poll workers',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByText('No briefs to show.')).toBeTruthy();
    expect(everything.count).toBe(1);
    expect(screen.getByRole('status', { name: 'address' }).textContent).toBe('');
    expect((screen.getByRole('searchbox', { name: 'Search the briefs' }) as HTMLInputElement).value).toBe('');
  });
});
