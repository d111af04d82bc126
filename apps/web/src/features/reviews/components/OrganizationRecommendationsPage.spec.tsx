/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { MembershipRole, RecommendationStatus } from '@ecw/domain';
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderInApp } from '../../../testing/render-in-app';
import { viewerQuery } from '../../../viewer/graphql/viewer.query';
import { organizationRecommendationsQuery } from '../graphql/organization-recommendations.query';
import { OrganizationRecommendationsPage } from './OrganizationRecommendationsPage';

const ORGANIZATION_ID = 'org-northwind';

const MEMBER = {
  __typename: 'Viewer',
  email: 'ada@example.org',
  locale: 'en',
  timeZone: 'UTC',
  isPlatformAdmin: false,
  mfaEnabled: false,
  emailConfirmed: true,
  user: { __typename: 'User', id: 'user-ada', displayName: 'Ada Okafor' },
  memberships: [
    {
      __typename: 'Membership',
      role: MembershipRole.OWNER,
      organization: { __typename: 'Organization', id: ORGANIZATION_ID, name: 'Northwind Social' },
    },
  ],
};

function recommendation(id: string, text: string, status: RecommendationStatus, dueOn: string | null) {
  return {
    __typename: 'Recommendation',
    id,
    text,
    status,
    dueOn,
    report: { __typename: 'ReviewReport', id: 'report-1', title: 'By-election debrief' },
  };
}

function renderPage() {
  const recommendations = [
    recommendation('r-1', 'Name one contact point each side', RecommendationStatus.OPEN, '2020-01-03'),
    recommendation('r-2', 'Publish a weekly transparency note', RecommendationStatus.IN_PROGRESS, null),
  ];
  return renderInApp(
    <MockedProvider
      mocks={[
        { request: { query: viewerQuery }, result: { data: { me: MEMBER } } },
        {
          request: {
            query: organizationRecommendationsQuery,
            variables: { organizationId: ORGANIZATION_ID },
          },
          result: {
            data: {
              organizationRecommendations: {
                __typename: 'RecommendationConnection',
                edges: recommendations.map((node) => ({ __typename: 'RecommendationEdge', node })),
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          },
        },
      ]}
      showWarnings={false}
    >
      <Routes>
        <Route
          path="organizations/:organizationId/recommendations"
          element={<OrganizationRecommendationsPage />}
        />
      </Routes>
    </MockedProvider>,
    { path: `/organizations/${ORGANIZATION_ID}/recommendations` },
  );
}

describe('the recommendations an organisation owns', () => {
  it('shows each due date in the reader’s language, marks the overdue ones and links each to its review', async () => {
    renderPage();
    const first = (await screen.findByText('Name one contact point each side')).closest('tr') as HTMLElement;
    const due = within(first).getByText('Jan 3, 2020');
    expect(due.tagName).toBe('TIME');
    expect(due.getAttribute('dateTime')).toBe('2020-01-03');
    expect(within(first).getByText('Overdue')).toBeTruthy();
    expect(within(first).getByText('Open')).toBeTruthy();

    const second = screen.getByText('Publish a weekly transparency note').closest('tr') as HTMLElement;
    expect(within(second).getByText('—')).toBeTruthy();
    expect(within(second).queryByText('Overdue')).toBeNull();
    expect(within(second).getByRole('link', { name: 'By-election debrief' }).getAttribute('href')).toBe(
      '/reviews/report-1',
    );
  });

  it('lays each recommendation out in its own writer’s direction (dir="auto")', async () => {
    renderPage();
    const text = await screen.findByText('Name one contact point each side');
    expect(text.getAttribute('dir')).toBe('auto');
  });
});
