/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInApp } from '../../../testing/render-in-app';
import type { RemovedSection } from '../model/removed-sections';
import { RemovedSections } from './RemovedSections';

const incidents: RemovedSection = {
  id: 'incidents',
  title: 'Incidents',
  versionId: 'v2',
  versionLabel: 'Draft for sign-off',
};

describe('RemovedSections', () => {
  it('names each removed section with the version it comes back from, and restores the one clicked', async () => {
    const restored: RemovedSection[] = [];
    const annex = { ...incidents, id: 'annex', title: 'Annex', versionId: 'v1', versionLabel: 'First' };
    renderInApp(
      <RemovedSections
        sections={[incidents, annex]}
        busy={false}
        onRestore={(section) => restored.push(section)}
      />,
    );
    expect(screen.getByText('“Incidents”, as frozen in “Draft for sign-off”')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Restore “Annex”' }));
    expect(restored).toEqual([annex]);
  });

  it('speaks the reader’s language', () => {
    renderInApp(<RemovedSections sections={[incidents]} busy={false} onRestore={() => undefined} />, {
      language: 'fr',
    });
    expect(screen.getByRole('button', { name: 'Restaurer « Incidents »' })).toBeTruthy();
  });
});
