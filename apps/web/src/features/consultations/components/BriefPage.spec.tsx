/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ApolloLink } from '@apollo/client';
import {
  AttributionRule,
  BriefEventKind,
  BriefStatus,
  ConsultationEventKind,
  ConsultationStatus,
  ErrorCode,
  MembershipRole,
} from '@ecw/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { createCache } from '../../../apollo/cache';
import { renderInApp } from '../../../testing/render-in-app';
import { addBriefCommentMutation } from '../graphql/add-brief-comment.mutation';
import { briefCommentsQuery } from '../graphql/brief-comments.query';
import { consultationEventsSubscription } from '../graphql/consultation-events.subscription';
import { contextBriefQuery } from '../graphql/context-brief.query';
import { withdrawBriefMutation } from '../graphql/withdraw-brief.mutation';
import { BriefPage } from './BriefPage';
import { BRIEF, WRITER, withBriefEvents } from './brief-mocks';

function briefMock(
  status: BriefStatus,
  viewerRole: MembershipRole | null = MembershipRole.MEMBER,
  viewerCanComment = viewerRole !== MembershipRole.VIEWER,
  convenorRole: MembershipRole | null = null,
) {
  return {
    request: { query: contextBriefQuery, variables: { id: BRIEF.id } },
    result: {
      data: {
        contextBrief: {
          ...BRIEF,
          status,
          submittedAt: status === BriefStatus.DRAFT ? null : '2027-06-01T09:00:00Z',
          attribution: 'Coast Election Monitors',
          viewerCanComment,
          submitter: { ...WRITER, viewerRole },
          response: null,
          consultation: {
            __typename: 'Consultation',
            id: 'consultation-1',
            title: 'Kenya 2027: risks before the vote',
            status: ConsultationStatus.OPEN,
            attributionRule: AttributionRule.CHATHAM_HOUSE,
            convenor: { __typename: 'Organization', id: 'org-platform', viewerRole: convenorRole },
          },
        },
      },
    },
  };
}

const withdrawRequest = { query: withdrawBriefMutation, variables: { id: BRIEF.id } };

/** Comment number `n`, from the convenor. */
const comment = (n: number) => ({
  __typename: 'Comment',
  id: `comment-${n}`,
  body: `Comment number ${n}`,
  createdAt: '2027-06-02T09:00:00Z',
  attribution: 'The convenor',
  author: null,
});

const comments = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => comment(from + i));

/** A page of the brief's comments as the API answers it; `after` absent is the page's own first read. */
function commentsPage(
  nodes: ReturnType<typeof comment>[],
  {
    first = 50,
    after,
    total = nodes.length,
    hasNextPage = false,
  }: Partial<{
    first: number;
    after: string | null;
    total: number;
    hasNextPage: boolean;
  }> = {},
) {
  return {
    request: {
      query: briefCommentsQuery,
      variables: { id: BRIEF.id, first, ...(after === undefined ? {} : { after }) },
    },
    result: {
      data: {
        contextBrief: {
          __typename: 'ContextBrief',
          id: BRIEF.id,
          comments: {
            __typename: 'CommentConnection',
            totalCount: total,
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `cursor-${nodes.at(-1)?.id}` },
            edges: nodes.map((node) => ({ __typename: 'CommentEdge', cursor: `cursor-${node.id}`, node })),
          },
        },
      },
    },
  } satisfies MockLink.MockedResponse;
}

function renderBriefPage(mocks: MockLink.MockedResponse[] | { link: ApolloLink }) {
  // The page also listens for live events and reads the viewer's time zone: unanswered here unless
  // the test pushes events, and not what most of these tests are about. Without comment pages of
  // its own, a test gets a brief nobody has commented on yet.
  const source = Array.isArray(mocks) ? { mocks: [...mocks, commentsPage([])] } : { link: mocks.link };
  return renderInApp(
    <MockedProvider {...source} cache={createCache()} showWarnings={false}>
      <Routes>
        <Route path="consultations/:consultationId/briefs/:briefId" element={<BriefPage />} />
      </Routes>
    </MockedProvider>,
    { path: `/consultations/consultation-1/briefs/${BRIEF.id}` },
  );
}

const commentTexts = () => screen.getAllByText(/^Comment number/).map((text) => text.textContent);

describe('when a brief and its comments were written', () => {
  it('shows an unattributed brief’s and comment’s hour as the hour, not as a minute', async () => {
    const unattributed = briefMock(BriefStatus.SUBMITTED);
    unattributed.result.data.contextBrief.submitter = null as never;
    const { container } = renderBriefPage([unattributed, commentsPage([comment(1)])]);
    await screen.findByText('Comment number 1');
    expect(timesIn(container)).toEqual(['Jun 1, 2027, 9:00 – 10:00 AM', 'Jun 2, 2027, 9:00 – 10:00 AM']);
  });

  it('shows an attributed brief’s minute', async () => {
    const { container } = renderBriefPage([briefMock(BriefStatus.SUBMITTED)]);
    await waitFor(() => expect(timesIn(container)).toEqual(['Jun 1, 2027, 9:00 AM']));
  });
});

const timesIn = (container: HTMLElement) =>
  [...container.querySelectorAll('time')].map((time) => time.textContent?.replace(/\s+/g, ' '));

describe('the comments on a brief', () => {
  it('counts every comment, loads the next page, and keeps both through a live comment', async () => {
    const live = withBriefEvents([
      briefMock(BriefStatus.SUBMITTED),
      commentsPage(comments(1, 50), { total: 60, hasNextPage: true }),
      commentsPage(comments(51, 60), { after: 'cursor-comment-50', total: 60 }),
      // Someone comments while the reader has them all: read again, on to the new end.
      commentsPage(comments(1, 61), { first: 100, after: null, total: 61 }),
    ]);
    renderBriefPage(live);
    expect(await screen.findByRole('heading', { name: '60 comments' })).toBeTruthy();
    expect(commentTexts()).toHaveLength(50);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(commentTexts()).toHaveLength(60));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    live.push(BriefEventKind.COMMENTED, BRIEF.id);

    expect(await screen.findByText('Comment number 61')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '61 comments' })).toBeTruthy();
    expect(commentTexts()).toEqual(comments(1, 61).map((c) => c.body));
  });

  it('reads on to the reader’s own comment, past the pages not loaded yet', async () => {
    renderBriefPage([
      briefMock(BriefStatus.SUBMITTED),
      commentsPage(comments(1, 50), { total: 60, hasNextPage: true }),
      {
        request: {
          query: addBriefCommentMutation,
          variables: { briefId: BRIEF.id, body: 'Comment number 61' },
        },
        result: { data: { addBriefComment: { __typename: 'Comment', id: 'comment-61' } } },
      },
      commentsPage(comments(1, 61), { first: 100, after: null, total: 61 }),
    ]);
    await userEvent.type(
      await screen.findByRole('textbox', { name: 'Your comment (Markdown)' }),
      'Comment number 61',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Comment' }));

    expect(await screen.findByText('Comment number 61', { selector: 'p' })).toBeTruthy();
    expect(commentTexts()).toHaveLength(61);
    expect(screen.getByRole('heading', { name: '61 comments' })).toBeTruthy();
  });
});

describe('the brief page for the brief’s own organisation', () => {
  it('withdraws a submitted brief only once confirmed, then shows it withdrawn', async () => {
    let withdrawn = 0;
    renderBriefPage([
      briefMock(BriefStatus.SUBMITTED),
      {
        request: withdrawRequest,
        result: () => {
          withdrawn++;
          return {
            data: {
              withdrawBrief: { __typename: 'ContextBrief', id: BRIEF.id, status: BriefStatus.WITHDRAWN },
            },
          };
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw this brief?' });
    expect(dialog.textContent).toContain('This cannot be undone.');
    expect(withdrawn).toBe(0);
    expect(screen.getByRole('link', { name: 'Edit' }).getAttribute('href')).toBe(
      `/consultations/consultation-1/briefs/${BRIEF.id}/edit`,
    );

    await userEvent.click(within(dialog).getByRole('button', { name: 'Withdraw the brief' }));
    expect(await screen.findByText('Withdrawn')).toBeTruthy();
    expect(withdrawn).toBe(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });

  it('explains a refused withdrawal and leaves the brief as it was', async () => {
    renderBriefPage([
      briefMock(BriefStatus.SUBMITTED),
      {
        request: withdrawRequest,
        result: {
          errors: [new GraphQLError('You may not do this.', { extensions: { code: ErrorCode.FORBIDDEN } })],
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Withdraw' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Withdraw the brief' }),
    );
    expect(await screen.findByText('You may not do this.')).toBeTruthy();
    expect(screen.getByText('Submitted')).toBeTruthy();
  });

  it('offers to continue a draft, and nothing to a member who only reads', async () => {
    const { unmount } = renderBriefPage([briefMock(BriefStatus.DRAFT)]);
    expect((await screen.findByRole('link', { name: 'Continue the draft' })).getAttribute('href')).toBe(
      `/consultations/consultation-1/briefs/${BRIEF.id}/edit`,
    );
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
    unmount();

    renderBriefPage([briefMock(BriefStatus.SUBMITTED, MembershipRole.VIEWER)]);
    await screen.findByRole('heading', { level: 1, name: BRIEF.title });
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
  });

  it('offers the comment box only to someone who may comment, and tells the others who may', async () => {
    const { unmount } = renderBriefPage([briefMock(BriefStatus.SUBMITTED)]);
    expect(await screen.findByRole('textbox', { name: 'Your comment (Markdown)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Comment' })).toBeTruthy();
    unmount();

    renderBriefPage([briefMock(BriefStatus.SUBMITTED, MembershipRole.VIEWER)]);
    await screen.findByRole('heading', { level: 1, name: BRIEF.title });
    expect(screen.queryByRole('textbox', { name: 'Your comment (Markdown)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Comment' })).toBeNull();
    expect(screen.getByText(/viewers read only/)).toBeTruthy();
  });
});

describe('the Chatham House notice beside what one writes', () => {
  const notes = () => screen.getAllByRole('note').map((note) => note.textContent ?? '');

  it('tells the brief’s own organisation that its name stays hidden, the convenor included', async () => {
    renderBriefPage([briefMock(BriefStatus.SUBMITTED)]);
    await screen.findByRole('textbox', { name: 'Your comment (Markdown)' });
    expect(notes()).toEqual([expect.stringContaining('the convenor included')]);
  });

  it('tells the convenor that its own words read "The convenor", which participants can place', async () => {
    renderBriefPage([briefMock(BriefStatus.SUBMITTED, null, true, MembershipRole.MEMBER)]);
    await screen.findByRole('textbox', { name: 'Your response (Markdown)' });
    expect(notes()).toEqual([
      expect.stringContaining('shown as "The convenor"'),
      expect.stringContaining('shown as "The convenor"'),
    ]);
  });
});

describe('the brief page for another participant', () => {
  it('drops the brief when its organisation withdraws it, told by the consultation’s live events', async () => {
    renderBriefPage([
      briefMock(BriefStatus.SUBMITTED, null),
      {
        request: { query: consultationEventsSubscription, variables: { consultationId: 'consultation-1' } },
        delay: 300,
        result: {
          data: {
            consultationEvents: {
              __typename: 'ConsultationEvent',
              kind: ConsultationEventKind.BRIEF_WITHDRAWN,
              briefId: BRIEF.id,
              consultation: {
                __typename: 'Consultation',
                id: 'consultation-1',
                status: ConsultationStatus.OPEN,
                outcome: null,
              },
            },
          },
        },
      },
      {
        request: { query: contextBriefQuery, variables: { id: BRIEF.id } },
        result: { errors: [new GraphQLError('Not found', { extensions: { code: ErrorCode.NOT_FOUND } })] },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: BRIEF.title });
    expect(await screen.findByRole('heading', { level: 1, name: 'Consultation not found' })).toBeTruthy();
    expect(screen.queryByText(BRIEF.summary)).toBeNull();
  });
});
