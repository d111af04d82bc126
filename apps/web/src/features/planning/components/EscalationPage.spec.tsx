/** @jest-environment jsdom */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { act, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderInApp } from '../../../testing/render-in-app';
import { escalationQuery } from '../graphql/escalation.query';
import { EscalationPage } from './EscalationPage';

function setVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

/** Lets the fake clock run, and what it set off (requests, renders) settle. */
const pass = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

describe('the escalation view', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    setVisibility('visible');
  });
  afterEach(() => {
    jest.useRealTimers();
    setVisibility('visible');
  });

  it('reads the contacts every minute while the tab is visible, and not while it is hidden', async () => {
    let reads = 0;
    renderInApp(
      <MockedProvider
        mocks={[
          {
            request: { query: escalationQuery, variables: { electionId: 'election-1' } },
            result: () => {
              reads++;
              return {
                data: {
                  election: {
                    __typename: 'Election',
                    id: 'election-1',
                    name: 'Kenya 2027',
                    phase: 'ELECTION_PERIOD',
                  },
                  escalation: [],
                },
              };
            },
            maxUsageCount: Number.POSITIVE_INFINITY,
            delay: 0,
          },
        ]}
        showWarnings={false}
      >
        <Routes>
          <Route path="elections/:electionId/escalation" element={<EscalationPage />} />
        </Routes>
      </MockedProvider>,
      { path: '/elections/election-1/escalation' },
    );
    await pass(10);
    expect(screen.getByRole('heading', { name: 'Escalation: Kenya 2027' })).toBeTruthy();
    expect(reads).toBe(1);

    await pass(60_000);
    expect(reads).toBe(2);

    setVisibility('hidden');
    await pass(180_000);
    expect(reads).toBe(2);

    setVisibility('visible');
    await pass(60_000);
    expect(reads).toBe(3);
  });
});
