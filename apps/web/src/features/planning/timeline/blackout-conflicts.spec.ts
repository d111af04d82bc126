import { blackoutConflicts, dateIn } from './blackout-conflicts';

const windows = [
  { id: 'a', startsOn: '2026-05-10', endsOn: '2026-05-12' },
  { id: 'b', startsOn: '2026-06-01', endsOn: '2026-06-01' },
];

describe('blackoutConflicts', () => {
  it('reads the day in the election time zone, not UTC', () => {
    // 22:30 UTC on 9 May is already 10 May in Nairobi (UTC+3).
    expect(dateIn(new Date('2026-05-09T22:30:00Z'), 'Africa/Nairobi')).toBe('2026-05-10');
    const hits = blackoutConflicts(
      windows,
      new Date('2026-05-09T22:30:00Z'),
      new Date('2026-05-09T23:30:00Z'),
      'Africa/Nairobi',
    );
    expect(hits.map((w) => w.id)).toEqual(['a']);
    expect(
      blackoutConflicts(windows, new Date('2026-05-09T22:30:00Z'), new Date('2026-05-09T23:30:00Z'), 'UTC'),
    ).toEqual([]);
  });

  it('covers the whole last day of a window and spans across several windows', () => {
    expect(
      blackoutConflicts(
        windows,
        new Date('2026-05-12T23:00:00Z'),
        new Date('2026-05-12T23:59:00Z'),
        'UTC',
      ).map((w) => w.id),
    ).toEqual(['a']);
    expect(
      blackoutConflicts(
        windows,
        new Date('2026-05-11T09:00:00Z'),
        new Date('2026-06-02T09:00:00Z'),
        'UTC',
      ).map((w) => w.id),
    ).toEqual(['a', 'b']);
    expect(
      blackoutConflicts(windows, new Date('2026-05-13T00:00:00Z'), new Date('2026-05-31T23:00:00Z'), 'UTC'),
    ).toEqual([]);
  });
});
