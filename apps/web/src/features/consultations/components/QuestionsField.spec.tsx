/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderInApp } from '../../../testing/render-in-app';
import { QuestionsField } from './QuestionsField';

/** The field as a form holds it: the list of questions lives in the parent's state. */
function Harness({ initial, seen }: { initial: string[]; seen: string[][] }) {
  const [questions, setQuestions] = useState(initial);
  return (
    <QuestionsField
      value={questions}
      onChange={(next) => {
        seen.push(next);
        setQuestions(next);
      }}
    />
  );
}

const prompts = () => screen.getAllByRole('textbox').map((box) => (box as HTMLTextAreaElement).value);

describe('the questions of a new consultation', () => {
  it('keep the order the convenor gives them', async () => {
    const seen: string[][] = [];
    renderInApp(<Harness initial={['Which regions?', 'Which languages?', 'Which platforms?']} seen={seen} />);
    await userEvent.click(screen.getByRole('button', { name: 'Move question 3 up' }));
    expect(prompts()).toEqual(['Which regions?', 'Which platforms?', 'Which languages?']);
    await userEvent.click(screen.getByRole('button', { name: 'Move question 1 down' }));
    expect(prompts()).toEqual(['Which platforms?', 'Which regions?', 'Which languages?']);
    expect(seen.at(-1)).toEqual(prompts());
  });

  it('cannot move the first up or the last down', () => {
    renderInApp(<Harness initial={['a', 'b']} seen={[]} />);
    expect(screen.getByRole('button', { name: 'Move question 1 up' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Move question 2 down' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Move question 1 down' }).hasAttribute('disabled')).toBe(false);
  });

  it('are added at the end, typed, and removed one by one', async () => {
    renderInApp(<Harness initial={['first']} seen={[]} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add a question' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Question 2' }), 'second');
    expect(prompts()).toEqual(['first', 'second']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove question 1' }));
    expect(prompts()).toEqual(['second']);
  });

  it('are numbered in Arabic too', () => {
    renderInApp(<Harness initial={['أ', 'ب']} seen={[]} />, { language: 'ar' });
    expect(screen.getByRole('textbox', { name: 'السؤال 2' })).toBeTruthy();
  });
});
