/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { BriefEventKind, BriefStatus, RiskLevel } from '@ecw/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { createCache } from '../../../apollo/cache';
import { renderInApp } from '../../../testing/render-in-app';
import { consultationBriefsQuery } from '../graphql/consultation-briefs.query';
import type { BriefFilter } from '../../../gql/graphql';
import { ConsultationPage } from './ConsultationPage';
import { BRIEF, consultationMock, withBriefEvents } from './brief-mocks';

const LISTED = {
  ...BRIEF,
  status: BriefStatus.SUBMITTED,
  submittedAt: '2027-06-01T09:00:00Z',
  attribution: 'Coast Election Monitors',
};

/** A brief in the list; the convenor reads others' briefs without their organisation. */
type ListedBrief = Omit<typeof LISTED, 'submitter'> & { submitter: (typeof LISTED)['submitter'] | null };

/** Brief number `n` of a long list, as the convenor reads it. */
const numbered = (n: number, status = BriefStatus.SUBMITTED): ListedBrief => ({
  ...LISTED,
  id: `brief-${n}`,
  title: `Brief number ${n}`,
  status,
  attribution: 'A participating organisation',
  submitter: null,
});

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => numbered(from + i));

interface PageRequest {
  filter?: BriefFilter | null;
  first?: number;
  /** Absent: the page's own first read; null: a live event's read from the start. */
  after?: string | null;
  total?: number;
  hasNextPage?: boolean;
  sent?: { count: number };
}

/** A page of briefs as the API answers the request described; `sent` counts the requests. */
function briefsPage(
  briefs: ListedBrief[],
  { filter = null, first = 20, after, total = briefs.length, hasNextPage = false, sent }: PageRequest = {},
) {
  const variables = {
    id: 'consultation-1',
    filter,
    first,
    ...(after === undefined ? {} : { after }),
  };
  return {
    request: { query: consultationBriefsQuery, variables },
    result: () => {
      if (sent) sent.count++;
      return {
        data: {
          consultation: {
            __typename: 'Consultation',
            id: 'consultation-1',
            briefs: {
              __typename: 'ContextBriefConnection',
              totalCount: total,
              pageInfo: {
                __typename: 'PageInfo',
                hasNextPage,
                endCursor: briefs.length ? `cursor-${briefs.at(-1)?.id}` : null,
              },
              edges: briefs.map((node) => ({
                __typename: 'ContextBriefEdge',
                cursor: `cursor-${node.id}`,
                node,
              })),
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

function renderConsultationPage(mocks: MockLink.MockedResponse[] | { link: ApolloLink }, query = '') {
  // The page also listens for live events: unanswered unless the test pushes them. The cache is the
  // app's, with its pagination policies.
  const source = Array.isArray(mocks) ? { mocks } : { link: mocks.link };
  return renderInApp(
    <MockedProvider {...source} cache={createCache()} showWarnings={false}>
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

/** The status badge on a brief's card. */
const statusOf = (title: string) =>
  screen
    .getByRole('link', { name: title })
    .closest('.mantine-Card-root')
    ?.textContent?.match(/Submitted|Acknowledged/)?.[0];

const briefLinks = () =>
  screen.getAllByRole('link', { name: /^Brief number/ }).map((link) => link.textContent);

describe('the briefs on the consultation page', () => {
  it('sends the chosen risk level as the briefs’ filter, keeps it in the address, and says when nothing matches', async () => {
    const narrowed = { count: 0 };
    renderConsultationPage([
      consultationMock(),
      briefsPage([LISTED]),
      briefsPage([], { filter: { riskLevel: RiskLevel.CRITICAL }, sent: narrowed }),
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
        consultationMock(),
        briefsPage([LISTED], {
          filter: { search: 'poll workers', status: BriefStatus.SUBMITTED, region: 'North', language: 'sw' },
        }),
        briefsPage([], { sent: everything }),
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

  it('counts every brief, loads the next page after the last one shown, and starts a new filter from its first page', async () => {
    const critical = { count: 0 };
    renderConsultationPage([
      consultationMock(),
      briefsPage(range(1, 20), { total: 25, hasNextPage: true }),
      briefsPage(range(21, 25), { after: 'cursor-brief-20', total: 25 }),
      briefsPage(range(1, 20), {
        filter: { riskLevel: RiskLevel.CRITICAL },
        total: 30,
        hasNextPage: true,
        sent: critical,
      }),
    ]);
    expect(await screen.findByRole('heading', { name: '25 briefs' })).toBeTruthy();
    expect(briefLinks()).toHaveLength(20);
    expect(screen.getByText('Showing 20 of 25')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(briefLinks()).toHaveLength(25));
    expect(briefLinks()).toEqual(range(1, 25).map((brief) => brief.title));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByText('Showing 25 of 25')).toBeTruthy();

    await userEvent.click(screen.getByLabelText('Risk level', { selector: 'input' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Critical risk', hidden: true }));

    expect(await screen.findByRole('heading', { name: '30 briefs' })).toBeTruthy();
    expect(critical.count).toBe(1);
    expect(briefLinks()).toHaveLength(20);
    expect(screen.getByRole('button', { name: 'Load more' })).toBeTruthy();
  });

  it('keeps every loaded page through a live event, read again with what changed', async () => {
    const live = withBriefEvents([
      consultationMock(),
      briefsPage(range(1, 20), { total: 45, hasNextPage: true }),
      briefsPage(range(21, 40), { after: 'cursor-brief-20', total: 45, hasNextPage: true }),
      // Brief 30 acknowledged: the 40 briefs on screen are read again, in one request.
      briefsPage(
        range(1, 40).map((brief, i) => (i === 29 ? { ...brief, status: BriefStatus.ACKNOWLEDGED } : brief)),
        { first: 40, after: null, total: 45, hasNextPage: true },
      ),
    ]);
    renderConsultationPage(live);
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(briefLinks()).toHaveLength(40));
    expect(statusOf('Brief number 30')).toBe('Submitted');

    live.push(BriefEventKind.ACKNOWLEDGED, 'brief-30');

    await waitFor(() => expect(statusOf('Brief number 30')).toBe('Acknowledged'));
    expect(briefLinks()).toHaveLength(40);
    expect(screen.getByText('Showing 40 of 45')).toBeTruthy();
  });

  it('shows a brief submitted at the end to a reader who had loaded them all', async () => {
    const live = withBriefEvents([
      consultationMock(),
      briefsPage(range(1, 20), { total: 21, hasNextPage: true }),
      briefsPage(range(21, 21), { after: 'cursor-brief-20', total: 21 }),
      briefsPage(range(1, 22), { first: 100, after: null, total: 22 }),
    ]);
    renderConsultationPage(live);
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: 'Brief number 21' })).toBeTruthy();

    live.push(BriefEventKind.SUBMITTED, 'brief-22');

    expect(await screen.findByRole('link', { name: 'Brief number 22' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '22 briefs' })).toBeTruthy();
    expect(briefLinks()).toEqual(range(1, 22).map((brief) => brief.title));
  });
});
