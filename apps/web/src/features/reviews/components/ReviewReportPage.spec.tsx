/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { Route, Routes } from 'react-router';
import { renderInApp } from '../../../testing/render-in-app';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { reviewReportQuery } from '../graphql/review-report.query';
import { ReviewReportPage } from './ReviewReportPage';

const REPORT_ID = 'report-1';

/** A signed-in reader who belongs to no co-author organisation of the report. */
const READER = {
  __typename: 'Viewer',
  email: 'reader@example.org',
  locale: 'en',
  timeZone: 'UTC',
  isPlatformAdmin: false,
  mfaEnabled: false,
  emailConfirmed: true,
  user: { __typename: 'User', id: 'user-reader', displayName: 'Rea Der' },
  memberships: [],
};

/** A PUBLIC published report as the server shows it to that reader: its published version only. */
const PUBLISHED_REPORT = {
  __typename: 'ReviewReport',
  id: REPORT_ID,
  title: 'Lakeside 2026 debrief',
  status: 'PUBLISHED',
  visibility: 'PUBLIC',
  collabDocument: `review-report.${REPORT_ID}`,
  updatedAt: '2026-12-04T04:25:00.000Z',
  election: null,
  coAuthors: [{ __typename: 'Organization', id: 'desk', name: 'Ballot Tech Review Desk' }],
  versions: [
    {
      __typename: 'ReviewVersion',
      id: 'v-final',
      label: 'Final',
      contentHash: 'a'.repeat(64),
      createdAt: '2026-12-01T10:00:00.000Z',
      markdown: '# Lakeside 2026 debrief\n\n## Summary\n\nThe signed summary.\n',
      sections: [{ __typename: 'FrozenReviewSection', id: 'section-1', title: 'Summary' }],
      createdBy: null,
    },
  ],
  signOffs: [],
  recommendations: [],
  sections: [
    { __typename: 'ReviewSection', id: 'section-1', title: 'Summary', position: 0, leadOrganization: null },
  ],
};

/** The page at its address, with the viewer signed in and the server's answer to the report query. */
function renderPage(answer: { data: { reviewReport: unknown }; errors?: GraphQLError[] }) {
  renderInApp(
    <MockedProvider
      mocks={[
        { request: { query: viewerQuery }, result: { data: { me: READER } } },
        { request: { query: reviewReportQuery, variables: { id: REPORT_ID } }, result: answer },
      ]}
      showWarnings={false}
    >
      <Routes>
        <Route path="reviews/:reportId" element={<ReviewReportPage />} />
      </Routes>
    </MockedProvider>,
    { path: `/reviews/${REPORT_ID}` },
  );
}

describe('the review report page for a reader outside the co-authors', () => {
  it('shows the published version’s text and never opens the live editor', async () => {
    renderPage({ data: { reviewReport: PUBLISHED_REPORT } });
    expect(await screen.findByText('The signed summary.')).toBeTruthy();
    expect(screen.getByText('Published text, as signed in version “Final”')).toBeTruthy();
    expect(screen.queryByText('Loading the editor…')).toBeNull();
  });
});

describe('the review report page for a report the reader may not see', () => {
  it('says once that it does not exist or is not visible, without an error alert', async () => {
    renderPage({
      data: { reviewReport: null },
      errors: [new GraphQLError('Not found.', { extensions: { code: 'NOT_FOUND' } })],
    });
    expect(await screen.findByText('This review does not exist, or you cannot see it.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: 'All reviews' })).toBeTruthy();
  });

  it('shows any other failure as an alert', async () => {
    renderPage({
      data: { reviewReport: null },
      errors: [new GraphQLError('Try again later.', { extensions: { code: 'SERVICE_UNAVAILABLE' } })],
    });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText('This review does not exist, or you cannot see it.')).toBeNull();
  });
});
