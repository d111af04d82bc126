/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { renderInApp } from '../../../testing/render-in-app';
import { TimelineAxis } from './TimelineAxis';

const BLACKOUT = {
  id: 'blackout-1',
  lane: 'blackout' as const,
  label: 'Results tallying',
  details: [],
  startsOn: '2027-02-17',
  endsOn: '2027-02-20',
};

describe('the timeline axis', () => {
  it('names the days at its ends, so a bar sits where its dates say', () => {
    renderInApp(
      <TimelineAxis items={[BLACKOUT]} electionDay="2027-02-17" timeZone="Africa/Nairobi" locale="en" />,
    );
    const axis = screen.getByTestId('timeline-axis');
    // One day of margin on each side: Feb 16 to Feb 21, six days; the bar starts on the second and lasts four.
    expect(within(axis).getByText('Feb 16, 2027')).toBeTruthy();
    expect(within(axis).getByText('Feb 21, 2027')).toBeTruthy();
    const bar = within(screen.getByTestId('timeline-blackout')).getByText('Blackout: Results tallying')
      .nextElementSibling?.firstElementChild as HTMLElement;
    expect(bar.style.insetInlineStart).toBe('16.667%');
    expect(bar.style.width).toBe('66.667%');
  });

  it('captions election day at its dashed line, from the line in the first half and up to it in the second', () => {
    const caption = (electionDay: string) => {
      const { unmount } = renderInApp(
        <TimelineAxis items={[BLACKOUT]} electionDay={electionDay} timeZone="Africa/Nairobi" locale="en" />,
      );
      const style = (screen.getByTestId('timeline-election-day') as HTMLElement).style;
      const placed = { start: style.paddingInlineStart, end: style.paddingInlineEnd, align: style.textAlign };
      unmount();
      return placed;
    };
    // Feb 16 to Feb 21 again: election day on the second day starts a sixth of the way along.
    expect(caption('2027-02-17')).toEqual({ start: '16.667%', end: '', align: '' });
    // On the fifth day (Feb 20 within Feb 16 to Feb 21), it ends at the line, a third from the end.
    expect(caption('2027-02-20')).toEqual({ start: '', end: '33.333%', align: 'end' });
  });
});
