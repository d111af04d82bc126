import { instantInZone } from './zoned-time';

describe('instantInZone', () => {
  it('turns a wall-clock time in the election zone into the instant', () => {
    expect(instantInZone('2026-05-10T09:00', 'Africa/Nairobi').toISOString()).toBe(
      '2026-05-10T06:00:00.000Z',
    );
    expect(instantInZone('2026-01-10T09:00', 'America/New_York').toISOString()).toBe(
      '2026-01-10T14:00:00.000Z',
    );
  });
});
