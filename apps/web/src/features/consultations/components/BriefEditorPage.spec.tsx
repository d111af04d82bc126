/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { BriefStatus } from '@ecw/domain';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderInApp } from '../../../testing/render-in-app';
import { editableBriefQuery } from '../graphql/editable-brief.query';
import { submitBriefMutation } from '../graphql/submit-brief.mutation';
import { updateBriefMutation } from '../graphql/update-brief.mutation';
import { BriefEditorPage } from './BriefEditorPage';
import { BRIEF, consultationMock } from './brief-mocks';

const NOT_FOUND = 'Consultation not found';
const EDIT_PATH = '/consultations/consultation-1/briefs/brief-1/edit';

function briefMock(status: BriefStatus, consultationId = 'consultation-1') {
  return {
    request: { query: editableBriefQuery, variables: { id: BRIEF.id } },
    result: {
      data: {
        contextBrief: { ...BRIEF, status, consultation: { __typename: 'Consultation', id: consultationId } },
      },
    },
  };
}

/** What the editor sends for the brief as loaded, with `title` as typed. */
function fieldsSent(title = BRIEF.title) {
  return {
    id: BRIEF.id,
    title,
    summary: BRIEF.summary,
    body: BRIEF.body,
    topics: BRIEF.topics,
    regions: BRIEF.regions,
    languages: BRIEF.languages,
    riskLevel: BRIEF.riskLevel,
    answers: [{ questionId: 'q-regions', text: 'The northern counties' }],
  };
}

function updateMock(
  title: string,
  onSave: () => void,
  {
    status = BriefStatus.DRAFT,
    delay = 0,
    onStart = () => undefined,
  }: { status?: BriefStatus; delay?: number; onStart?: () => unknown } = {},
) {
  return {
    request: { query: updateBriefMutation, variables: { input: fieldsSent(title) } },
    // Called when the request arrives; `result` when its answer does, `delay` later.
    delay: () => {
      onStart();
      return delay;
    },
    result: () => {
      onSave();
      return { data: { updateBrief: { __typename: 'ContextBrief', id: BRIEF.id, status } } };
    },
  };
}

/** Whether the browser would ask before leaving the page now. */
function leavingAsks(): boolean {
  const leaving = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leaving);
  return leaving.defaultPrevented;
}

const DRAFT_SAVED = 'Draft saved. Only your organisation can see it.';

function renderEditor(mocks: MockLink.MockedResponse[]) {
  return renderInApp(
    <MockedProvider mocks={mocks}>
      <Routes>
        <Route path="consultations/:consultationId/briefs/:briefId/edit" element={<BriefEditorPage />} />
        <Route path="consultations/:consultationId/briefs/:briefId" element={<p>The brief page</p>} />
      </Routes>
    </MockedProvider>,
    { path: EDIT_PATH },
  );
}

describe('the editor at a saved brief’s own address', () => {
  it('loads the draft, saves changes to that brief, and submits it', async () => {
    const saves: string[] = [];
    let submitted = 0;
    renderEditor([
      consultationMock(),
      briefMock(BriefStatus.DRAFT),
      updateMock('Harassment of poll workers', () => saves.push('autosave')),
      updateMock('Harassment of poll workers', () => saves.push('before submitting')),
      {
        request: { query: submitBriefMutation, variables: { id: BRIEF.id } },
        result: () => {
          submitted++;
          return {
            data: {
              submitBrief: {
                __typename: 'ContextBrief',
                id: BRIEF.id,
                status: BriefStatus.SUBMITTED,
                submittedAt: '2027-06-01T09:00:00Z',
              },
            },
          };
        },
      },
    ]);

    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(screen.getByRole('heading', { level: 1, name: 'Edit the context brief' })).toBeTruthy();
    expect(title).toHaveProperty('value', BRIEF.title);
    expect(screen.getByRole('textbox', { name: 'Which regions worry you most?' })).toHaveProperty(
      'value',
      'The northern counties',
    );
    expect(screen.getByText(DRAFT_SAVED)).toBeTruthy();

    await userEvent.clear(title);
    await userEvent.type(title, 'Harassment of poll workers');
    await waitFor(() => expect(saves).toEqual(['autosave']), { timeout: 5_000 });

    await userEvent.click(screen.getByRole('button', { name: 'Submit the brief' }));
    await screen.findByText('The brief page');
    expect(saves).toEqual(['autosave', 'before submitting']);
    expect(submitted).toBe(1);
  });

  // Real pauses (the autosave's and a slow server's) need more than the default time.
  it('on a slow connection, saves what was typed during a save once that save ends, and never says saved before', async () => {
    const started: string[] = [];
    const finished: string[] = [];
    const first = 'Harassment of poll workers';
    const latest = 'Harassment of poll workers in the north';
    renderEditor([
      consultationMock(),
      briefMock(BriefStatus.DRAFT),
      updateMock(first, () => finished.push(first), { delay: 3_000, onStart: () => started.push(first) }),
      updateMock(latest, () => finished.push(latest), { delay: 500, onStart: () => started.push(latest) }),
    ]);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await userEvent.clear(title);
    await userEvent.paste(first);
    await waitFor(() => expect(started).toEqual([first]), { timeout: 5_000 });

    // Typed while the first save is still on its way: its own autosave comes due before that ends.
    await userEvent.paste(' in the north');
    expect(leavingAsks()).toBe(true);
    await waitFor(() => expect(finished).toEqual([first]), { timeout: 5_000 });
    expect(screen.queryByText(DRAFT_SAVED)).toBeNull();

    await waitFor(() => expect(finished).toEqual([first, latest]), { timeout: 5_000 });
    expect(started).toEqual([first, latest]);
    expect(await screen.findByText(DRAFT_SAVED)).toBeTruthy();
    expect(leavingAsks()).toBe(false);
  }, 30_000);

  // Real pauses (longer than the autosave's) need more than the default time.
  it('keeps a submitted brief’s edits on screen until “Save changes”, and saves nothing while it is only opened', async () => {
    const saves: string[] = [];
    const edited = 'Harassment of poll workers';
    renderEditor([
      consultationMock(),
      briefMock(BriefStatus.SUBMITTED),
      updateMock(edited, () => saves.push(edited), { status: BriefStatus.SUBMITTED }),
    ]);
    const title = await screen.findByRole('textbox', { name: 'Title' });
    expect(
      screen.getByText(
        'Save your changes when they are ready; the convenor then sees that the brief was updated.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the brief' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Submit the brief' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', true);
    expect(leavingAsks()).toBe(false);

    await userEvent.clear(title);
    await userEvent.paste(edited);
    // Longer than a draft's autosave pause: a half-typed edit must not reach the convenor.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(saves).toEqual([]);
    expect(
      screen.getByText('Unsaved changes. The convenor sees nothing of them until you save.'),
    ).toBeTruthy();
    expect(leavingAsks()).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(
      await screen.findByText('Changes saved. The convenor sees that the brief was updated.'),
    ).toBeTruthy();
    expect(saves).toEqual([edited]);
    expect(screen.getByRole('button', { name: 'Save changes' })).toHaveProperty('disabled', true);
    expect(leavingAsks()).toBe(false);
  }, 30_000);

  it('refuses a withdrawn brief with a way back to it', async () => {
    renderEditor([consultationMock(), briefMock(BriefStatus.WITHDRAWN)]);
    expect(await screen.findByText('This brief can no longer be changed.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to the brief' })).toBeTruthy();
  });

  it('does not open a brief of another consultation beside this one’s questions', async () => {
    renderEditor([consultationMock(), briefMock(BriefStatus.DRAFT, 'consultation-2')]);
    expect(await screen.findByRole('heading', { level: 1, name: NOT_FOUND })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
  });
});
