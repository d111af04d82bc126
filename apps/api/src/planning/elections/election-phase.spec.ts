import {
  ElectionPhase,
  MilestoneKind,
  addDays,
  dateIn,
  electionPeriod,
  electionPhase,
  isCalendarDate,
  isTimeZone,
} from '@ecw/domain';

const DAY = '2026-06-20';
const phaseOn = (today: string, milestones: Parameters<typeof electionPeriod>[1] = []) =>
  electionPhase(electionPeriod(DAY, milestones), today);

describe('calendar dates and zones', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('26-01-01')).toBe(false);
  });

  it('moves across months and years', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });

  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimeZone('Africa/Nairobi')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    // Current IANA names that ICU on Node 20 lists under their old spelling only.
    expect(isTimeZone('Europe/Kyiv')).toBe(true);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(isTimeZone('America/Nuuk')).toBe(true);
    // Not zone names, though Intl would take them.
    expect(isTimeZone('europe/kyiv')).toBe(false);
    expect(isTimeZone('+03:00')).toBe(false);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
  });

  it('takes today in the given zone, not the server’s', () => {
    const instant = new Date('2026-06-19T22:30:00Z');
    expect(dateIn('UTC', instant)).toBe('2026-06-19');
    expect(dateIn('Africa/Nairobi', instant)).toBe('2026-06-20'); // UTC+3
    expect(dateIn('America/Bogota', instant)).toBe('2026-06-19'); // UTC-5
  });
});

describe('election phase', () => {
  it('without milestones: 30 days before election day to 14 days after, inclusive', () => {
    expect(phaseOn('2026-05-20')).toBe(ElectionPhase.PRE_ELECTION);
    expect(phaseOn('2026-05-21')).toBe(ElectionPhase.ELECTION_PERIOD);
    expect(phaseOn(DAY)).toBe(ElectionPhase.ELECTION_PERIOD);
    expect(phaseOn('2026-07-04')).toBe(ElectionPhase.ELECTION_PERIOD);
    expect(phaseOn('2026-07-05')).toBe(ElectionPhase.POST_ELECTION);
  });

  it('starts with early voting when it begins more than 30 days out', () => {
    const early = [{ kind: MilestoneKind.EARLY_VOTING, startsOn: '2026-05-01', endsOn: '2026-06-18' }];
    expect(phaseOn('2026-04-30', early)).toBe(ElectionPhase.PRE_ELECTION);
    expect(phaseOn('2026-05-01', early)).toBe(ElectionPhase.ELECTION_PERIOD);
    const late = [{ kind: MilestoneKind.EARLY_VOTING, startsOn: '2026-06-10', endsOn: '2026-06-18' }];
    expect(phaseOn('2026-05-20', late)).toBe(ElectionPhase.PRE_ELECTION);
  });

  it('ends with the last results, dispute or runoff milestone instead of 14 days after', () => {
    const milestones = [
      { kind: MilestoneKind.RESULTS_ANNOUNCEMENT, startsOn: '2026-06-21', endsOn: '2026-06-25' },
      { kind: MilestoneKind.RUNOFF, startsOn: '2026-07-18', endsOn: '2026-07-18' },
      { kind: MilestoneKind.CAMPAIGN_PERIOD, startsOn: '2026-05-01', endsOn: '2026-09-01' },
    ];
    expect(electionPeriod(DAY, milestones)).toEqual({ startsOn: '2026-05-21', endsOn: '2026-07-18' });
    expect(phaseOn('2026-07-18', milestones)).toBe(ElectionPhase.ELECTION_PERIOD);
    expect(phaseOn('2026-07-19', milestones)).toBe(ElectionPhase.POST_ELECTION);
  });

  it('a closing milestone that ends early still keeps the period to 5 days after (a shorter tail)', () => {
    const milestones = [
      { kind: MilestoneKind.RESULTS_ANNOUNCEMENT, startsOn: '2026-06-21', endsOn: '2026-06-25' },
    ];
    expect(phaseOn('2026-06-26', milestones)).toBe(ElectionPhase.POST_ELECTION);
  });

  it('never ends before election day itself', () => {
    const mistyped = [
      { kind: MilestoneKind.DISPUTE_RESOLUTION, startsOn: '2026-01-01', endsOn: '2026-01-02' },
    ];
    expect(electionPeriod(DAY, mistyped).endsOn).toBe(DAY);
  });
});
