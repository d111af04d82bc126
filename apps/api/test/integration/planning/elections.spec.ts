import { randomUUID } from 'node:crypto';
import {
  MembershipRole,
  MilestoneKind,
  OrganizationKind,
  PLANNING_LIMITS,
  addDays,
  dateIn,
} from '@ecw/domain';
import { ElectionFactory, addBlackoutWindow, daysFromToday } from '../../factories/election.factory.js';
import {
  OrganizationFactory,
  organizationWithMembers,
  signUpPerson,
  verifyOrganization,
  type Person,
  type Team,
} from '../../factories/organization.factory.js';
import { startTestApi, type TestApi } from '../../support/test-api.js';
import { errorCodes, type GqlResult } from '../../support/test-client.js';

const CREATE = `mutation ($input: CreateElectionInput!) {
  createElection(input: $input) {
    id name countryCode type electionDay timeZone phase authority { id name }
    milestones { kind title startsOn endsOn notes } blackoutWindows { id } engagements { id }
  }
}`;
const ELECTION = `query ($id: ID!) {
  election(id: $id) {
    id phase authority { id } milestones { kind startsOn } blackoutWindows { startsOn endsOn reason }
    engagements { id title organizations { id } conflicts { id } election { id } }
  }
}`;
const LIST = `query ($first: Int, $after: String, $filter: ElectionFilter) {
  elections(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name phase electionDay } }
  }
}`;
const ADD_MILESTONE = `mutation ($electionId: ID!, $input: MilestoneInput!) {
  addMilestone(electionId: $electionId, input: $input) { id kind startsOn endsOn }
}`;
const ADD_BLACKOUT = `mutation ($input: AddBlackoutWindowInput!) { addBlackoutWindow(input: $input) { id startsOn endsOn reason } }`;
const SCHEDULE = `mutation ($input: ScheduleEngagementInput!) {
  scheduleEngagement(input: $input) { id title startsAt endsAt organizations { id } conflicts { id startsOn } election { id } }
}`;

function fieldsOf(result: Pick<GqlResult, 'errors'>): string[] {
  const fieldErrors = (result.errors?.[0]?.extensions?.['fieldErrors'] ?? []) as { field: string }[];
  return fieldErrors.map((error) => error.field);
}
const reasonOf = (result: Pick<GqlResult, 'errors'>) => result.errors?.[0]?.extensions?.['reason'];

interface Election {
  id: string;
  phase: string;
}

describe('elections: create, read, list, timeline and engagements', () => {
  let t: TestApi;
  let platformAdmin: Person;
  let authority: Team;
  let company: Team;
  let stranger: Person;
  let authorityMember: Person;
  let companyMember: Person;

  const countElections = async () =>
    Number(((await t.db.query(`SELECT count(*) AS n FROM elections`)) as [{ n: string }])[0].n);

  beforeAll(async () => {
    t = await startTestApi();
    platformAdmin = await signUpPerson(t);
    authority = await organizationWithMembers(t, [MembershipRole.MEMBER, MembershipRole.VIEWER], {
      factory: OrganizationFactory.create({ kind: OrganizationKind.ELECTION_AUTHORITY }),
      verifiedBy: platformAdmin.client,
    });
    company = await organizationWithMembers(t, [MembershipRole.MEMBER], {
      factory: OrganizationFactory.create({ kind: OrganizationKind.TECH_COMPANY }),
      verifiedBy: platformAdmin.client,
    });
    authorityMember = authority.withRole(MembershipRole.MEMBER);
    companyMember = company.withRole(MembershipRole.MEMBER);
    stranger = await signUpPerson(t);
  });
  afterAll(() => t.close());

  describe('createElection', () => {
    it('an authority MEMBER creates one its authority owns, with ordered milestones, readable by anyone signed in, and audited', async () => {
      const electionDay = daysFromToday(120);
      const input = ElectionFactory.create({
        countryCode: 'ke',
        authorityOrganizationId: authority.organization.id,
        electionDay,
        milestones: [
          {
            kind: MilestoneKind.RESULTS_ANNOUNCEMENT,
            title: 'Results',
            startsOn: daysFromToday(121),
            endsOn: daysFromToday(127),
          },
          {
            kind: MilestoneKind.VOTER_REGISTRATION,
            title: 'Registration',
            startsOn: daysFromToday(10),
            endsOn: daysFromToday(40),
            notes: 'At every ward office',
          },
        ],
      }).build();
      const created = await authorityMember.client.ok<{ createElection: Record<string, unknown> }>(CREATE, {
        input,
      });
      expect(created.createElection).toMatchObject({
        countryCode: 'KE',
        electionDay,
        timeZone: 'Africa/Nairobi',
        phase: 'PRE_ELECTION',
        authority: { id: authority.organization.id, name: authority.organization.name },
        milestones: [
          { kind: 'VOTER_REGISTRATION', notes: 'At every ward office' },
          { kind: 'RESULTS_ANNOUNCEMENT', notes: null },
        ],
        blackoutWindows: [],
        engagements: [],
      });
      const id = created.createElection['id'] as string;
      const read = await stranger.client.ok<{ election: { id: string; milestones: unknown[] } }>(ELECTION, {
        id,
      });
      expect(read.election.milestones).toHaveLength(2);
      const audit = (await t.db.query(
        `SELECT action, organization_id, actor_id FROM audit_events WHERE target_id = $1`,
        [id],
      )) as { action: string; organization_id: string; actor_id: string }[];
      expect(audit).toEqual([
        {
          action: 'election.created',
          organization_id: authority.organization.id,
          actor_id: authorityMember.userId,
        },
      ]);
    });

    it('a member of any verified organisation creates one without an authority', async () => {
      const created = await ElectionFactory.create().createBy(companyMember.client);
      expect(created.phase).toBe('PRE_ELECTION');
    });

    it('refuses someone with no verified organisation (FORBIDDEN), saving nothing', async () => {
      const before = await countElections();
      const result = await stranger.client.gql(CREATE, { input: ElectionFactory.create().build() });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      expect(reasonOf(result)).toBe('PLANNING_NEEDS_VERIFIED_MEMBERSHIP');
      expect(result.data).toBeNull();
      expect(await countElections()).toBe(before);
    });

    it('refuses the OWNER of an organisation not yet verified (FORBIDDEN), saving nothing', async () => {
      const owner = await signUpPerson(t);
      await OrganizationFactory.create({ kind: OrganizationKind.CIVIL_SOCIETY }).createBy(owner.client);
      const before = await countElections();
      const result = await owner.client.gql(CREATE, { input: ElectionFactory.create().build() });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      expect(reasonOf(result)).toBe('PLANNING_NEEDS_VERIFIED_MEMBERSHIP');
      expect(await countElections()).toBe(before);
    });

    it('refuses a VIEWER of the authority as creator: it must belong to it as MEMBER or above', async () => {
      const viewer = authority.withRole(MembershipRole.VIEWER);
      const result = await viewer.client.gql(CREATE, {
        input: ElectionFactory.create({ authorityOrganizationId: authority.organization.id }).build(),
      });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
    });

    it('refuses naming an authority the creator does not belong to, and an organisation that is not an authority', async () => {
      const notMine = await companyMember.client.gql(CREATE, {
        input: ElectionFactory.create({ authorityOrganizationId: authority.organization.id }).build(),
      });
      expect(errorCodes(notMine.errors)).toEqual(['FORBIDDEN']);
      expect(reasonOf(notMine)).toBe('PLANNING_NOT_AN_AUTHORITY_MEMBER');
      const notAuthority = await companyMember.client.gql(CREATE, {
        input: ElectionFactory.create({ authorityOrganizationId: company.organization.id }).build(),
      });
      expect(errorCodes(notAuthority.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(notAuthority)).toEqual(['authorityOrganizationId']);
    });

    it('refuses an authority not yet verified, even to its own OWNER from a verified organisation (FORBIDDEN)', async () => {
      const selfMade = await OrganizationFactory.create({
        kind: OrganizationKind.ELECTION_AUTHORITY,
      }).createBy(companyMember.client);
      const before = await countElections();
      const result = await companyMember.client.gql(CREATE, {
        input: ElectionFactory.create({ authorityOrganizationId: selfMade.id }).build(),
      });
      expect(errorCodes(result.errors)).toEqual(['FORBIDDEN']);
      expect(reasonOf(result)).toBe('PLANNING_NEEDS_VERIFIED_MEMBERSHIP');
      expect(fieldsOf(result)).toEqual(['authorityOrganizationId']);
      expect(result.data).toBeNull();
      expect(await countElections()).toBe(before);

      await verifyOrganization(platformAdmin.client, selfMade.id);
      const verified = await companyMember.client.ok<{
        createElection: { authority: { id: string; name: string } };
      }>(CREATE, {
        input: ElectionFactory.create({ authorityOrganizationId: selfMade.id }).build(),
      });
      expect(verified.createElection.authority).toEqual({ id: selfMade.id, name: selfMade.name });
    });

    it('names every bad field (country, zone, milestone order, length) and saves nothing', async () => {
      const before = await countElections();
      const result = await companyMember.client.gql(CREATE, {
        input: ElectionFactory.create({
          name: 'x'.repeat(201),
          countryCode: 'XX',
          timeZone: 'Mars/Olympus',
          milestones: [
            { kind: MilestoneKind.OTHER, title: 'Backwards', startsOn: '2026-05-02', endsOn: '2026-05-01' },
            {
              kind: MilestoneKind.OTHER,
              title: 'Wordy',
              startsOn: '2026-05-01',
              endsOn: '2026-05-01',
              notes: 'x'.repeat(PLANNING_LIMITS.notesMax + 1),
            },
          ],
        }).build(),
      });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result).sort()).toEqual([
        'countryCode',
        'milestones.0.endsOn',
        'milestones.1.notes',
        'name',
        'timeZone',
      ]);
      expect(await countElections()).toBe(before);
    });

    it('refuses a date that is not on the calendar (2026-02-30), naming the field', async () => {
      const result = await companyMember.client.gql(CREATE, {
        input: ElectionFactory.create({ electionDay: '2026-02-30' }).build(),
      });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.message).toContain('electionDay');
    });
  });

  describe('phase, computed from the milestones and today in the election’s zone', () => {
    it('is ELECTION_PERIOD within 30 days of election day, POST_ELECTION 14 days after, PRE_ELECTION before', async () => {
      const near = await ElectionFactory.create({ electionDay: daysFromToday(10) }).createBy(
        companyMember.client,
      );
      const past = await ElectionFactory.create({ electionDay: daysFromToday(-20) }).createBy(
        companyMember.client,
      );
      const far = await ElectionFactory.create({ electionDay: daysFromToday(45) }).createBy(
        companyMember.client,
      );
      expect([near.phase, past.phase, far.phase]).toEqual([
        'ELECTION_PERIOD',
        'POST_ELECTION',
        'PRE_ELECTION',
      ]);
    });

    it('starts with early voting, and a runoff milestone added later extends the period', async () => {
      const early = await ElectionFactory.create({
        electionDay: daysFromToday(45),
        milestones: [
          {
            kind: MilestoneKind.EARLY_VOTING,
            title: 'Early voting',
            startsOn: daysFromToday(-1),
            endsOn: daysFromToday(40),
          },
        ],
      }).createBy(companyMember.client);
      expect(early.phase).toBe('ELECTION_PERIOD');

      const past = await ElectionFactory.create({ electionDay: daysFromToday(-20) }).createBy(
        companyMember.client,
      );
      await companyMember.client.ok(ADD_MILESTONE, {
        electionId: past.id,
        input: { kind: 'RUNOFF', title: 'Runoff', startsOn: daysFromToday(5), endsOn: daysFromToday(5) },
      });
      const read = await stranger.client.ok<{ election: Election }>(ELECTION, { id: past.id });
      expect(read.election.phase).toBe('ELECTION_PERIOD');
    });
  });

  describe('phase, where the two ends of the date line disagree about today', () => {
    // Kiritimati (UTC+14) is always one or two calendar days ahead of Pago Pago (UTC−11). With
    // election day 30 days after Kiritimati's today, the period has begun there (its first day) and
    // not yet in Pago Pago, whatever the real clock says: only each election's own zone decides.
    const electionDay = () => addDays(dateIn('Pacific/Kiritimati', new Date()), 30);
    let ahead: Election;
    let behind: Election;

    beforeAll(async () => {
      const day = electionDay();
      ahead = await ElectionFactory.create({
        countryCode: 'KI',
        timeZone: 'Pacific/Kiritimati',
        electionDay: day,
      }).createBy(companyMember.client);
      behind = await ElectionFactory.create({
        countryCode: 'AS',
        timeZone: 'Pacific/Pago_Pago',
        electionDay: day,
      }).createBy(companyMember.client);
    });

    it('reads ELECTION_PERIOD from its first day in a zone already there, PRE_ELECTION in one not yet', async () => {
      const read = async (election: Election) =>
        (await stranger.client.ok<{ election: Election }>(ELECTION, { id: election.id })).election.phase;
      expect([await read(ahead), await read(behind)]).toEqual(['ELECTION_PERIOD', 'PRE_ELECTION']);
    });

    it('filters the directory by phase with today in each election’s own zone', async () => {
      const ids = async (countryCode: string, phase: string) =>
        (
          await stranger.client.ok<{ elections: { edges: { node: Election }[] } }>(LIST, {
            filter: { countryCode, phase },
          })
        ).elections.edges.map((edge) => edge.node.id);
      expect(await ids('KI', 'ELECTION_PERIOD')).toEqual([ahead.id]);
      expect(await ids('KI', 'PRE_ELECTION')).toEqual([]);
      expect(await ids('AS', 'ELECTION_PERIOD')).toEqual([]);
      expect(await ids('AS', 'PRE_ELECTION')).toEqual([behind.id]);
    });
  });

  describe('elections (directory)', () => {
    it('filters by country, date range and phase, and pages with cursors', async () => {
      const made: Election[] = [];
      for (const days of [5, 50, 100]) {
        made.push(
          await ElectionFactory.create({
            countryCode: 'SN',
            timeZone: 'Africa/Dakar',
            electionDay: daysFromToday(days),
          }).createBy(companyMember.client),
        );
      }
      const all = await stranger.client.ok<{
        elections: { totalCount: number; edges: { node: Election }[] };
      }>(LIST, { filter: { countryCode: 'sn' } });
      expect(all.elections.totalCount).toBe(3);
      expect(all.elections.edges.map((edge) => edge.node.id)).toEqual(made.map((election) => election.id));

      const ranged = await stranger.client.ok<{ elections: { edges: { node: Election }[] } }>(LIST, {
        filter: { countryCode: 'SN', from: daysFromToday(40), to: daysFromToday(60) },
      });
      expect(ranged.elections.edges.map((edge) => edge.node.id)).toEqual([made[1]?.id]);

      const inPeriod = await stranger.client.ok<{ elections: { edges: { node: Election }[] } }>(LIST, {
        filter: { countryCode: 'SN', phase: 'ELECTION_PERIOD' },
      });
      expect(inPeriod.elections.edges.map((edge) => edge.node.id)).toEqual([made[0]?.id]);

      const first = await stranger.client.ok<{
        elections: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Election }[] };
      }>(LIST, { first: 2, filter: { countryCode: 'SN' } });
      expect(first.elections.pageInfo.hasNextPage).toBe(true);
      const second = await stranger.client.ok<{
        elections: { pageInfo: { hasNextPage: boolean }; edges: { node: Election }[] };
      }>(LIST, {
        first: 2,
        after: first.elections.pageInfo.endCursor,
        filter: { countryCode: 'SN' },
      });
      expect(second.elections.edges.map((edge) => edge.node.id)).toEqual([made[2]?.id]);
      expect(second.elections.pageInfo.hasNextPage).toBe(false);
    });

    it('finds elections by part of the name in any case, or by country code, with LIKE wildcards taken literally', async () => {
      const tag = randomUUID().slice(0, 8);
      const named = async (name: string, countryCode: string, days: number) =>
        ElectionFactory.create({ name, countryCode, electionDay: daysFromToday(days) }).createBy(
          companyMember.client,
        );
      const presidential = await named(`Ghana Presidential ${tag}`, 'GH', 2000);
      const local = await named(`Ghana local_${tag}`, 'GH', 30);
      const percent = await named(`Turnout 100% ${tag}`, 'UY', 10);
      const found = async (search: string) =>
        (
          await stranger.client.ok<{ elections: { edges: { node: Election }[] } }>(LIST, {
            first: 100,
            filter: { search },
          })
        ).elections.edges.map((edge) => edge.node.id);
      // Ordered by election day, as every list of elections is.
      expect(await found(`ghana PRESIDENTIAL ${tag}`)).toEqual([presidential.id]);
      expect(await found(tag)).toEqual([percent.id, local.id, presidential.id]);
      expect(await found(`local_${tag}`)).toEqual([local.id]);
      expect(await found(`l_cal_${tag}`)).toEqual([]);
      expect(await found(`100% ${tag}`)).toEqual([percent.id]);
      expect((await found('uy')).includes(percent.id)).toBe(true);
      const tooLong = await stranger.client.gql(LIST, { filter: { search: 'x'.repeat(201) } });
      expect(errorCodes(tooLong.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(tooLong)).toEqual(['filter.search']);
    });

    it('refuses an unknown country in the filter, naming it', async () => {
      const result = await stranger.client.gql(LIST, { filter: { countryCode: 'QQ' } });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['filter.countryCode']);
    });

    it('answers null + NOT_FOUND for an unknown id', async () => {
      const result = await stranger.client.gql<{ election: null }>(ELECTION, { id: randomUUID() });
      expect(errorCodes(result.errors)).toEqual(['NOT_FOUND']);
      expect(result.data?.election).toBeNull();
    });
  });

  describe('timeline: milestones and blackout windows', () => {
    let election: Election;
    beforeAll(async () => {
      election = await ElectionFactory.create({
        authorityOrganizationId: authority.organization.id,
      }).createBy(authorityMember.client);
    });

    it('authority members add milestones; others are FORBIDDEN; an end before the start is refused', async () => {
      const added = await authorityMember.client.ok<{ addMilestone: { kind: string } }>(ADD_MILESTONE, {
        electionId: election.id,
        input: {
          kind: 'CAMPAIGN_SILENCE',
          title: 'Silence',
          startsOn: daysFromToday(118),
          endsOn: daysFromToday(119),
        },
      });
      expect(added.addMilestone.kind).toBe('CAMPAIGN_SILENCE');
      const refused = await companyMember.client.gql(ADD_MILESTONE, {
        electionId: election.id,
        input: { kind: 'OTHER', title: 'Mine', startsOn: daysFromToday(1), endsOn: daysFromToday(1) },
      });
      expect(errorCodes(refused.errors)).toEqual(['FORBIDDEN']);
      const backwards = await authorityMember.client.gql(ADD_MILESTONE, {
        electionId: election.id,
        input: { kind: 'OTHER', title: 'Backwards', startsOn: daysFromToday(3), endsOn: daysFromToday(2) },
      });
      expect(fieldsOf(backwards)).toEqual(['input.endsOn']);
    });

    it('only the authority’s members set blackout windows: its VIEWER, another organisation and the creator of an authority-less election are FORBIDDEN', async () => {
      const window = await authorityMember.client.ok<{
        addBlackoutWindow: { startsOn: string; reason: string };
      }>(ADD_BLACKOUT, {
        input: {
          electionId: election.id,
          startsOn: daysFromToday(100),
          endsOn: daysFromToday(101),
          reason: 'Ballot printing',
        },
      });
      expect(window.addBlackoutWindow).toMatchObject({
        startsOn: daysFromToday(100),
        reason: 'Ballot printing',
      });
      const refusedInput = await authorityMember.client.gql(ADD_BLACKOUT, {
        input: {
          electionId: election.id,
          startsOn: daysFromToday(90),
          endsOn: daysFromToday(89),
          reason: 'x'.repeat(PLANNING_LIMITS.blackoutReasonMax + 1),
        },
      });
      expect(errorCodes(refusedInput.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(refusedInput).sort()).toEqual(['endsOn', 'reason']);
      const input = { electionId: election.id, startsOn: daysFromToday(90), endsOn: daysFromToday(90) };
      for (const person of [authority.withRole(MembershipRole.VIEWER), companyMember]) {
        const refused = await person.client.gql(ADD_BLACKOUT, { input });
        expect(errorCodes(refused.errors)).toEqual(['FORBIDDEN']);
      }
      const withoutAuthority = await ElectionFactory.create().createBy(companyMember.client);
      const own = await companyMember.client.gql(ADD_BLACKOUT, {
        input: { ...input, electionId: withoutAuthority.id },
      });
      expect(errorCodes(own.errors)).toEqual(['FORBIDDEN']);
      const read = await stranger.client.ok<{ election: { blackoutWindows: unknown[] } }>(ELECTION, {
        id: election.id,
      });
      expect(read.election.blackoutWindows).toEqual([
        { startsOn: daysFromToday(100), endsOn: daysFromToday(101), reason: 'Ballot printing' },
      ]);
    });
  });

  describe('engagements', () => {
    it('lists the blackout windows an engagement overlaps, in whole days of the election’s zone', async () => {
      const election = await ElectionFactory.create({
        authorityOrganizationId: authority.organization.id,
        timeZone: 'Africa/Nairobi',
      }).createBy(authorityMember.client);
      const day = daysFromToday(60);
      const window = await addBlackoutWindow(authorityMember.client, election.id, day, day);
      const previousDay = daysFromToday(59);
      const input = (startsAt: string, endsAt: string) => ({
        electionId: election.id,
        kind: 'BRIEFING',
        title: 'Platform briefing',
        startsAt,
        endsAt,
        organizationIds: [company.organization.id, authority.organization.id],
      });
      // 21:30Z the day before is 00:30 in Nairobi (UTC+3) on the blackout day.
      const inside = await companyMember.client.ok<{
        scheduleEngagement: { id: string; conflicts: { id: string }[]; organizations: { id: string }[] };
      }>(SCHEDULE, {
        input: input(`${previousDay}T21:30:00Z`, `${previousDay}T22:30:00Z`),
      });
      expect(inside.scheduleEngagement.conflicts).toEqual([{ id: window.id, startsOn: day }]);
      expect(inside.scheduleEngagement.organizations.map((o) => o.id).sort()).toEqual(
        [company.organization.id, authority.organization.id].sort(),
      );
      // 20:00Z–20:59Z the day before is still the day before in Nairobi.
      const clear = await companyMember.client.ok<{ scheduleEngagement: { conflicts: unknown[] } }>(
        SCHEDULE,
        {
          input: input(`${previousDay}T20:00:00Z`, `${previousDay}T20:59:00Z`),
        },
      );
      expect(clear.scheduleEngagement.conflicts).toEqual([]);
      // The window's last minute: 20:30Z–20:59Z on the day is 23:30–23:59 in Nairobi, still inside it.
      const lastMinutes = await companyMember.client.ok<{ scheduleEngagement: { conflicts: unknown[] } }>(
        SCHEDULE,
        { input: input(`${day}T20:30:00Z`, `${day}T20:59:00Z`) },
      );
      expect(lastMinutes.scheduleEngagement.conflicts).toEqual([{ id: window.id, startsOn: day }]);
      // From 21:00Z it is the next day in Nairobi: clear, though it is still the window's day in UTC.
      const nextDay = await companyMember.client.ok<{ scheduleEngagement: { conflicts: unknown[] } }>(
        SCHEDULE,
        { input: input(`${day}T21:00:00Z`, `${day}T22:00:00Z`) },
      );
      expect(nextDay.scheduleEngagement.conflicts).toEqual([]);

      const seen = await authorityMember.client.ok<{ election: { engagements: { id: string }[] } }>(
        ELECTION,
        { id: election.id },
      );
      expect(seen.election.engagements).toHaveLength(4);
      const unseen = await stranger.client.ok<{ election: { engagements: unknown[] } }>(ELECTION, {
        id: election.id,
      });
      expect(unseen.election.engagements).toEqual([]);
    });

    it('refuses an end before the start (BAD_USER_INPUT on endsAt) and a scheduler not taking part (FORBIDDEN)', async () => {
      const election = await ElectionFactory.create().createBy(companyMember.client);
      const base = {
        electionId: election.id,
        kind: 'TRAINING',
        title: 'Training',
        organizationIds: [company.organization.id],
      };
      const backwards = await companyMember.client.gql(SCHEDULE, {
        input: { ...base, startsAt: '2026-09-01T10:00:00Z', endsAt: '2026-09-01T09:00:00Z' },
      });
      expect(errorCodes(backwards.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(backwards)).toEqual(['endsAt']);
      // Ending when it starts is not ending after it.
      const instant = await companyMember.client.gql(SCHEDULE, {
        input: { ...base, startsAt: '2026-09-01T10:00:00Z', endsAt: '2026-09-01T10:00:00Z' },
      });
      expect(fieldsOf(instant)).toEqual(['endsAt']);
      const outsider = await authorityMember.client.gql(SCHEDULE, {
        input: { ...base, startsAt: '2026-09-01T10:00:00Z', endsAt: '2026-09-01T11:00:00Z' },
      });
      expect(errorCodes(outsider.errors)).toEqual(['FORBIDDEN']);
      expect(reasonOf(outsider)).toBe('PLANNING_NOT_TAKING_PART');
    });

    it('refuses a start PostgreSQL cannot store (found by the mutation fuzzer: it was a 500), saving nothing', async () => {
      const election = await ElectionFactory.create().createBy(companyMember.client);
      const result = await companyMember.client.gql(SCHEDULE, {
        input: {
          electionId: election.id,
          kind: 'BRIEFING',
          title: 'Briefing',
          organizationIds: [company.organization.id],
          // Year 0: an ISO 8601 instant, outside the years 1 to 9999 the API keeps to.
          startsAt: '0000-12-31T23:59:59.999Z',
          endsAt: '2000-01-01T00:00:00.000Z',
        },
      });
      expect(errorCodes(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(result)).toEqual(['startsAt']);
      const saved = await t.db.query(`SELECT count(*)::int AS n FROM engagements WHERE election_id = $1`, [
        election.id,
      ]);
      expect(saved).toEqual([{ n: 0 }]);
    });
  });
});
