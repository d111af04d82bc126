/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import {
  CONSULTATION_AUDIT_ACTIONS,
  ORGANIZATION_AUDIT_ACTIONS,
  PLANNING_AUDIT_ACTIONS,
  REVIEW_AUDIT_ACTIONS,
} from '@ecw/domain';
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

  // The API's features record exactly these lists: an action missing here shows as a bare code in
  // an organisation's audit log.
  it.each(['en', 'fr', 'es', 'ar'])('names every action the API records (%s)', (language) => {
    const recorded = [
      ...ORGANIZATION_AUDIT_ACTIONS,
      ...PLANNING_AUDIT_ACTIONS,
      ...CONSULTATION_AUDIT_ACTIONS,
      ...REVIEW_AUDIT_ACTIONS,
    ];
    renderInApp(
      <>
        {recorded.map((action) => (
          <ActionName key={action} action={action} />
        ))}
      </>,
      { language },
    );
    expect(screen.queryAllByText(/^code:/).map((line) => line.textContent)).toEqual([]);
  });

  it('leaves an action no feature labels to be shown as its code', () => {
    renderInApp(<ActionName action="weather.changed" />);
    expect(screen.getByText('code:weather.changed')).toBeTruthy();
  });
});
