/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { renderInApp } from '../../../testing/render-in-app';
import { SignOffPanel } from './SignOffPanel';

type Report = Parameters<typeof SignOffPanel>[0]['report'];

/** A report under sign-off whose latest version one co-author has signed; only what the panel reads. */
const REPORT = {
  id: 'report-1',
  status: 'IN_SIGNOFF',
  coAuthors: [
    { id: 'desk', name: 'Ballot Tech Review Desk' },
    { id: 'commission', name: 'Lakeside Electoral Commission' },
  ],
  versions: [{ id: 'v2', label: 'Second draft' }],
  signOffs: [
    {
      organization: { id: 'desk' },
      version: { id: 'v2', label: 'Second draft' },
      user: { displayName: 'Ada Mwangi' },
      signedAt: '2026-12-04T04:25:00.000Z',
    },
  ],
} as unknown as Report;

function renderPanel(canPublish: boolean) {
  renderInApp(
    <MockedProvider mocks={[]} showWarnings={false}>
      <SignOffPanel report={REPORT} canAct canPublish={canPublish} signingOrganizationIds={['commission']} />
    </MockedProvider>,
  );
}

describe('SignOffPanel', () => {
  it('offers a co-author MEMBER its signature, not publication, which the server keeps for OWNERs and ADMINs', () => {
    renderPanel(false);
    expect(screen.getByRole('button', { name: 'Sign Second draft for my organisation' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
  });

  it('offers an OWNER or ADMIN of a co-author publication, with its visibility', () => {
    renderPanel(true);
    expect(screen.getByRole('button', { name: 'Publish' })).toBeTruthy();
    expect(screen.getAllByLabelText('Publish for').length).toBeGreaterThan(0);
  });
});
