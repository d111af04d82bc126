/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ErrorCode } from '@ecw/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderInApp } from '../../../testing/render-in-app';
import { updateReviewSectionMutation } from '../graphql/sections.mutations';
import { SectionsPanel } from './SectionsPanel';

type Report = Parameters<typeof SectionsPanel>[0]['report'];

const DESK = { __typename: 'Organization' as const, id: 'desk', name: 'Ballot Tech Review Desk' };
const COMMISSION = {
  __typename: 'Organization' as const,
  id: 'commission',
  name: 'Lakeside Electoral Commission',
};

/** A draft with two sections, the first led by the desk; only what the panel reads. */
const REPORT = {
  id: 'report-1',
  coAuthors: [DESK, COMMISSION],
  versions: [],
  sections: [
    { __typename: 'ReviewSection', id: 'summary', title: 'Summary', position: 0, leadOrganization: DESK },
    { __typename: 'ReviewSection', id: 'incidents', title: 'Incidents', position: 1, leadOrganization: null },
  ],
} as unknown as Report;

function leadChange(
  id: string,
  leadOrganizationId: string | null,
  answer: MockLink.MockedResponse['result'],
) {
  return {
    request: { query: updateReviewSectionMutation, variables: { input: { id, leadOrganizationId } } },
    result: answer,
  };
}

function updated(id: string, title: string, position: number, lead: typeof DESK | null) {
  return {
    data: {
      updateReviewSection: { __typename: 'ReviewSection', id, title, position, leadOrganization: lead },
    },
  };
}

function renderPanel(mocks: MockLink.MockedResponse[], language = 'en') {
  renderInApp(
    <MockedProvider mocks={mocks} showWarnings={false}>
      <SectionsPanel report={REPORT} />
    </MockedProvider>,
    { language },
  );
}

describe('SectionsPanel: lead organisations', () => {
  it('shows each section’s lead and names a co-author as the lead of another', async () => {
    let sent = 0;
    renderPanel([
      leadChange('incidents', 'commission', () => {
        sent++;
        return updated('incidents', 'Incidents', 1, COMMISSION);
      }),
    ]);
    const summaryLead = screen.getByRole('combobox', { name: 'Lead organisation of “Summary”' });
    expect((summaryLead as HTMLInputElement).value).toBe(DESK.name);
    const incidentsLead = screen.getByRole('combobox', { name: 'Lead organisation of “Incidents”' });
    expect((incidentsLead as HTMLInputElement).placeholder).toBe('No lead organisation');

    await userEvent.click(incidentsLead);
    // Every row's list of co-authors is in the page: pick from the one this field opened.
    const choices = document.getElementById(incidentsLead.getAttribute('aria-controls') ?? '');
    if (!choices) throw new Error('the lead field opened no list');
    await userEvent.click(within(choices).getByRole('option', { name: COMMISSION.name, hidden: true }));
    await waitFor(() => expect(sent).toBe(1));
  });

  it('clears a lead, sending null', async () => {
    let sent = 0;
    renderPanel([
      leadChange('summary', null, () => {
        sent++;
        return updated('summary', 'Summary', 0, null);
      }),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove the lead organisation of “Summary”' }));
    await waitFor(() => expect(sent).toBe(1));
  });

  it('says plainly why the server refused, in the reader’s language', async () => {
    renderPanel(
      [
        leadChange('summary', null, {
          errors: [
            new GraphQLError('Vous ne pouvez pas faire cela.', { extensions: { code: ErrorCode.FORBIDDEN } }),
          ],
        }),
      ],
      'fr',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Retirer l’organisation pilote de « Summary »' }),
    );
    expect(await screen.findByText('Vous ne pouvez pas faire cela.')).toBeTruthy();
  });
});
