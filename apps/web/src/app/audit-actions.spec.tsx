/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { renderInApp } from '../testing/render-in-app';
import { useAuditActionLabel } from './audit-actions';

function ActionName({ action }: { action: string }) {
  const label = useAuditActionLabel();
  return <p>{label(action) ?? `code:${action}`}</p>;
}

describe('useAuditActionLabel', () => {
  it.each([
    ['en', 'Member joined'],
    ['fr', 'Membre arrivé'],
    ['es', 'Miembro incorporado'],
    ['ar', 'انضم عضو'],
  ])("names an action in the reader's language (%s)", (language, expected) => {
    renderInApp(<ActionName action="member.joined" />, { language });
    expect(screen.getByText(expected)).toBeTruthy();
  });

  it('leaves an action no feature labels to be shown as its code', () => {
    renderInApp(<ActionName action="relationship.ended" />);
    expect(screen.getByText('code:relationship.ended')).toBeTruthy();
  });
});
